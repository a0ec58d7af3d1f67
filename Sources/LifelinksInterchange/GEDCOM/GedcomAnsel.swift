/// ANSEL (ANSI Z39.47), the GEDCOM 5.x default character set, with the GEDCOM additions.
///
/// ANSEL writes a combining diacritic *before* the letter it sits on; Unicode writes it after. Marks are
/// therefore held until their base character arrives and emitted behind it; `GedcomText` composes the
/// result to NFC when it makes strings, so "e" + acute becomes "é".
enum GedcomAnsel {
    /// 0xA0–0xCF: spacing characters. Zero means unassigned.
    private static let spacing: [UInt32] = [
        /* A0 */ 0, 0x0141, 0x00D8, 0x0110, 0x00DE, 0x00C6, 0x0152, 0x02B9,
        /* A8 */ 0x00B7, 0x266D, 0x00AE, 0x00B1, 0x01A0, 0x01AF, 0x02BE, 0,
        /* B0 */ 0x02BF, 0x0142, 0x00F8, 0x0111, 0x00FE, 0x00E6, 0x0153, 0x02BA,
        /* B8 */ 0x0131, 0x00A3, 0x00F0, 0, 0x01A1, 0x01B0, 0x25A1, 0x25A0,
        /* C0 */ 0x00B0, 0x2113, 0x2117, 0x00A9, 0x266F, 0x00BF, 0x00A1, 0x00DF,
        /* C8 */ 0x20AC, 0, 0, 0, 0, 0x0065, 0x006F, 0x00DF,
    ]

    /// 0xE0–0xFE: combining marks. Zero means unassigned.
    private static let combining: [UInt32] = [
        /* E0 */ 0x0309, 0x0300, 0x0301, 0x0302, 0x0303, 0x0304, 0x0306, 0x0307,
        /* E8 */ 0x0308, 0x030C, 0x030A, 0xFE20, 0xFE21, 0x0315, 0x030B, 0x0310,
        /* F0 */ 0x0327, 0x0328, 0x0323, 0x0324, 0x0325, 0x0333, 0x0332, 0x0326,
        /* F8 */ 0x031C, 0x032E, 0xFE22, 0xFE23, 0, 0, 0x0313,
    ]

    /// The combining mark a byte stands for, if it is one.
    static func combiningMark(_ byte: UInt8) -> UInt32? {
        guard byte >= 0xE0, byte <= 0xFE else { return nil }
        let mark = combining[Int(byte - 0xE0)]
        return mark == 0 ? nil : mark
    }

    /// The character a byte from 0x80 up stands for when it is not a combining mark.
    static func spacingCharacter(_ byte: UInt8) -> UInt32 {
        switch byte {
        case 0x8D: return 0x200D  // zero width joiner
        case 0x8E: return 0x200C  // zero width non-joiner
        case 0xA0...0xCF:
            let scalar = spacing[Int(byte - 0xA0)]
            return scalar == 0 ? 0xFFFD : scalar
        default: return 0xFFFD
        }
    }

    static func utf8(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 4)
        var marks: [UInt32] = []
        func flush() {
            guard !marks.isEmpty else { return }
            for mark in marks { GedcomTranscoding.appendUTF8(mark, to: &output) }
            marks.removeAll(keepingCapacity: true)
        }
        for byte in bytes {
            if byte < 0x80 {
                if byte == 0x0A || byte == 0x0D {
                    flush()  // a mark never reaches across a line end
                    output.append(byte)
                } else {
                    output.append(byte)
                    flush()
                }
            } else if let mark = combiningMark(byte) {
                marks.append(mark)
            } else if byte == 0x88 || byte == 0x89 {
                continue  // MARC non-sort markers: no text of their own
            } else {
                GedcomTranscoding.appendUTF8(spacingCharacter(byte), to: &output)
                flush()
            }
        }
        flush()
        return output
    }
}
