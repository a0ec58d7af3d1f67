/// Byte-level conversions to UTF-8 for the encodings that need no table: UTF-8 itself and UTF-16.
enum GedcomTranscoding {
    /// True when every byte sequence is well-formed UTF-8 (no overlongs, no surrogates).
    static func isValidUTF8(_ bytes: ArraySlice<UInt8>) -> Bool {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if bytes[index] < 0x80 {
                index += 1
            } else if let length = sequenceLength(bytes, at: index) {
                index += length
            } else {
                return false
            }
        }
        return true
    }

    /// UTF-8 with any byte that does not start a valid sequence read as Windows-1252.
    ///
    /// A file that says UTF-8 but holds a few Latin-1 bytes (pasted from an older program) keeps its
    /// letters instead of losing them or refusing the whole tree.
    static func utf8Repairing(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        if isValidUTF8(bytes) { return Array(bytes) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 8)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte < 0x80 {
                output.append(byte)
                index += 1
            } else if let length = sequenceLength(bytes, at: index) {
                output.append(contentsOf: bytes[index..<index + length])
                index += length
            } else {
                appendUTF8(GedcomWindows1252.scalar(byte), to: &output)
                index += 1
            }
        }
        return output
    }

    /// The length of the valid multi-byte UTF-8 sequence starting at `index`, or nil.
    static func sequenceLength(_ bytes: ArraySlice<UInt8>, at index: Int) -> Int? {
        let lead = bytes[index]
        func continuation(_ offset: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
            index + offset < bytes.endIndex && range.contains(bytes[index + offset])
        }
        switch lead {
        case 0xC2...0xDF: return continuation(1) ? 2 : nil
        case 0xE0: return continuation(1, 0xA0...0xBF) && continuation(2) ? 3 : nil
        case 0xE1...0xEC, 0xEE...0xEF: return continuation(1) && continuation(2) ? 3 : nil
        case 0xED: return continuation(1, 0x80...0x9F) && continuation(2) ? 3 : nil
        case 0xF0: return continuation(1, 0x90...0xBF) && continuation(2) && continuation(3) ? 4 : nil
        case 0xF1...0xF3: return continuation(1) && continuation(2) && continuation(3) ? 4 : nil
        case 0xF4: return continuation(1, 0x80...0x8F) && continuation(2) && continuation(3) ? 4 : nil
        default: return nil
        }
    }

    /// UTF-16 code units (after any byte order mark) as UTF-8; unpaired surrogates become U+FFFD and an
    /// odd last byte is dropped.
    static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count / 2 + bytes.count / 16)
        var index = bytes.startIndex
        var pendingHigh: UInt32?
        while index + 1 < bytes.endIndex {
            let first = UInt32(bytes[index])
            let second = UInt32(bytes[index + 1])
            let unit = bigEndian ? first << 8 | second : second << 8 | first
            index += 2
            if let high = pendingHigh {
                pendingHigh = nil
                if (0xDC00...0xDFFF).contains(unit) {
                    appendUTF8(0x10000 + ((high - 0xD800) << 10) + (unit - 0xDC00), to: &output)
                    continue
                }
                appendUTF8(0xFFFD, to: &output)
            }
            switch unit {
            case 0xD800...0xDBFF: pendingHigh = unit
            case 0xDC00...0xDFFF: appendUTF8(0xFFFD, to: &output)
            default: appendUTF8(unit, to: &output)
            }
        }
        if pendingHigh != nil { appendUTF8(0xFFFD, to: &output) }
        return output
    }

    /// Appends one Unicode scalar value as UTF-8.
    @inline(__always)
    static func appendUTF8(_ scalar: UInt32, to output: inout [UInt8]) {
        switch scalar {
        case 0..<0x80:
            output.append(UInt8(scalar))
        case 0x80..<0x800:
            output.append(UInt8(0xC0 | scalar >> 6))
            output.append(UInt8(0x80 | scalar & 0x3F))
        case 0x800..<0x10000:
            output.append(UInt8(0xE0 | scalar >> 12))
            output.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            output.append(UInt8(0x80 | scalar & 0x3F))
        default:
            output.append(UInt8(0xF0 | scalar >> 18))
            output.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            output.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            output.append(UInt8(0x80 | scalar & 0x3F))
        }
    }
}
