/// Windows code page 1252, which GEDCOM files from Windows programs call ANSI or IBM WINDOWS.
///
/// A superset of ISO 8859-1 in what it prints, so LATIN1 files read through it too.
enum GedcomWindows1252 {
    /// 0x80–0x9F, where 1252 differs from Latin-1; the five unassigned bytes keep their Latin-1 (C1) value.
    private static let high: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    /// The Unicode scalar value of one byte.
    static func scalar(_ byte: UInt8) -> UInt32 {
        (0x80...0x9F).contains(byte) ? high[Int(byte - 0x80)] : UInt32(byte)
    }

    static func utf8(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 8)
        for byte in bytes {
            if byte < 0x80 {
                output.append(byte)
            } else {
                GedcomTranscoding.appendUTF8(scalar(byte), to: &output)
            }
        }
        return output
    }
}
