import Foundation

/// Turning line values (byte ranges) into text: `@@` escapes, trimming, case-blind comparison, and NFC.
enum GedcomText {
    /// A String from UTF-8 bytes, composed to NFC when it holds anything beyond ASCII.
    ///
    /// NFC puts ANSEL's reordered marks back onto their letters and makes names from decomposed
    /// (macOS) and composed sources compare equal.
    static func string(_ bytes: ArraySlice<UInt8>) -> String {
        bytes.withUnsafeBufferPointer { buffer in
            let text = String(decoding: buffer, as: UTF8.self)
            return buffer.contains(where: { $0 >= 0x80 }) ? text.precomposedStringWithCanonicalMapping : text
        }
    }

    static func string(_ bytes: [UInt8]) -> String {
        string(bytes[...])
    }

    /// A String from the bytes exactly as they are (xrefs, which must match byte for byte).
    static func exact(_ bytes: ArraySlice<UInt8>) -> String {
        bytes.withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
    }

    /// The trimmed value, lower-cased (ASCII only): for enumerated values such as PEDI and `_FREL`.
    static func keyword(_ range: Range<Int>, in bytes: [UInt8]) -> String {
        exact(bytes[trimmed(range, in: bytes)].map(lowercase)[...])
    }

    /// `range` without leading and trailing spaces and tabs.
    static func trimmed(_ range: Range<Int>, in bytes: [UInt8]) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, bytes[lower] == 0x20 || bytes[lower] == 0x09 { lower += 1 }
        while upper > lower, bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09 { upper -= 1 }
        return lower..<upper
    }

    /// The trimmed value equals `word`, ignoring ASCII case.
    static func equals(_ range: Range<Int>, in bytes: [UInt8], _ word: StaticString) -> Bool {
        let value = trimmed(range, in: bytes)
        guard value.count == word.utf8CodeUnitCount else { return false }
        return word.withUTF8Buffer { expected in
            var offset = 0
            for index in value {
                if lowercase(bytes[index]) != lowercase(expected[offset]) { return false }
                offset += 1
            }
            return true
        }
    }

    @inline(__always)
    static func uppercase(_ byte: UInt8) -> UInt8 {
        byte >= 0x61 && byte <= 0x7A ? byte - 0x20 : byte
    }

    @inline(__always)
    static func lowercase(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
    }

    /// Appends a text value with its `@@` escapes undone.
    ///
    /// GEDCOM 5.5.1 doubles every `@` in text; GEDCOM 7 doubles only a leading one, so there `@@` inside a
    /// value is two at signs.
    static func appendUnescaped(_ range: Range<Int>, of bytes: [UInt8], version7: Bool, to output: inout [UInt8]) {
        var index = range.lowerBound
        if version7 {
            if range.count >= 2, bytes[index] == 0x40, bytes[index + 1] == 0x40 { index += 1 }
            output.append(contentsOf: bytes[index..<range.upperBound])
            return
        }
        while index < range.upperBound {
            let byte = bytes[index]
            output.append(byte)
            index += byte == 0x40 && index + 1 < range.upperBound && bytes[index + 1] == 0x40 ? 2 : 1
        }
    }

    /// The xref a pointer value names: `@I1@` → "I1"; `.void` for `@VOID@`; nil when the value is no pointer.
    static func pointer(_ range: Range<Int>, in bytes: [UInt8]) -> GedcomPointer? {
        let value = trimmed(range, in: bytes)
        guard value.count >= 3, bytes[value.lowerBound] == 0x40, bytes[value.upperBound - 1] == 0x40 else {
            return nil
        }
        let inner = value.lowerBound + 1..<value.upperBound - 1
        if inner.contains(where: { bytes[$0] == 0x40 }) { return nil }
        if equals(inner, in: bytes, "VOID") { return .void }
        return .xref(exact(bytes[inner]))
    }
}

/// What a pointer value says: a record's xref, or GEDCOM 7's `@VOID@` (a link to nobody).
enum GedcomPointer: Equatable {
    case xref(String)
    case void
}
