import Foundation

/// The character encodings a GEDCOM file arrives in, named as `GedcomDocument.encoding` reports them.
enum GedcomEncoding: String, Sendable {
    case utf8 = "UTF-8"
    case utf16LittleEndian = "UTF-16LE"
    case utf16BigEndian = "UTF-16BE"
    case ansel = "ANSEL"
    case ascii = "ASCII"
    case windows1252 = "Windows-1252"

    /// The encoding a HEAD CHAR value names, or nil when it names none we know.
    ///
    /// UNICODE and UTF-16 land on UTF-8 because by the time the header is consulted the bytes are known
    /// not to be UTF-16 (no byte order mark and no zero bytes), and programs that write UNICODE for UTF-8 exist.
    init?(declared value: String) {
        switch value.uppercased().filter({ !$0.isWhitespace }) {
        case "ANSEL", "ANSIZ39.47", "ANSI-Z39.47", "MARC8", "MARC-8": self = .ansel
        case "UTF-8", "UTF8", "UNICODE", "UTF-16", "UTF16": self = .utf8
        case "ASCII", "US-ASCII", "USASCII": self = .ascii
        case "ANSI", "IBMWINDOWS", "IBM-WINDOWS", "WINDOWS", "WINDOWS-1252", "WINDOWS1252", "CP1252", "CP-1252",
            "IBMPC", "IBM-PC", "LATIN1", "LATIN-1", "ISO-8859-1", "ISO8859-1", "ISO-8859-15", "ISO8859-15":
            self = .windows1252
        default: return nil
        }
    }
}

/// A file's bytes as UTF-8, with the encoding they were read in.
struct GedcomDecodedBytes {
    var bytes: [UInt8]
    var encoding: GedcomEncoding
}

/// Finds a file's encoding and turns its bytes into UTF-8, so the parser only ever sees one encoding.
///
/// The order of evidence: a byte order mark, then the zero bytes that UTF-16 gives `0 HEAD`, then the
/// header's CHAR line, and last the bytes themselves (valid UTF-8 with non-ASCII bytes is UTF-8 whatever
/// the header says, because legacy encodings almost never form valid UTF-8 by accident).
enum GedcomDecoding {
    static func decode(_ raw: [UInt8]) throws(GedcomFault) -> GedcomDecodedBytes {
        if raw.allSatisfy(isBlank) { throw GedcomFault(nil, "the file is empty") }
        if raw.starts(with: [0x50, 0x4B, 0x03, 0x04]) || raw.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            throw GedcomFault(
                nil,
                "this is a zip archive (a GEDZIP .gdz package?), not a GEDCOM file; unzip it and read the .ged inside")
        }
        let decoded: GedcomDecodedBytes
        if raw.starts(with: [0xEF, 0xBB, 0xBF]) {
            decoded = GedcomDecodedBytes(bytes: GedcomTranscoding.utf8Repairing(raw[3...]), encoding: .utf8)
        } else if raw.starts(with: [0xFF, 0xFE]) {
            decoded = GedcomDecodedBytes(
                bytes: GedcomTranscoding.utf16(raw[2...], bigEndian: false), encoding: .utf16LittleEndian)
        } else if raw.starts(with: [0xFE, 0xFF]) {
            decoded = GedcomDecodedBytes(
                bytes: GedcomTranscoding.utf16(raw[2...], bigEndian: true), encoding: .utf16BigEndian)
        } else if raw.count >= 2, raw[0] == 0, raw[1] != 0 {
            decoded = GedcomDecodedBytes(
                bytes: GedcomTranscoding.utf16(raw[...], bigEndian: true), encoding: .utf16BigEndian)
        } else if raw.count >= 2, raw[0] != 0, raw[1] == 0 {
            decoded = GedcomDecodedBytes(
                bytes: GedcomTranscoding.utf16(raw[...], bigEndian: false), encoding: .utf16LittleEndian)
        } else {
            decoded = decodeSingleByteFamily(raw)
        }
        if decoded.bytes.allSatisfy(isBlank) { throw GedcomFault(nil, "the file is empty") }
        return decoded
    }

    /// ASCII-compatible files: the header's CHAR decides, checked against the bytes.
    static func decodeSingleByteFamily(_ raw: [UInt8]) -> GedcomDecodedBytes {
        let declared = declaredCharacterSet(raw).flatMap { GedcomEncoding(declared: $0) }
        guard raw.contains(where: { $0 >= 0x80 }) else {
            // Pure ASCII reads the same in every candidate; report what the header claims.
            return GedcomDecodedBytes(bytes: raw, encoding: declared ?? .utf8)
        }
        if GedcomTranscoding.isValidUTF8(raw[...]) { return GedcomDecodedBytes(bytes: raw, encoding: .utf8) }
        switch declared {
        case .ansel: return GedcomDecodedBytes(bytes: GedcomAnsel.utf8(raw[...]), encoding: .ansel)
        case .ascii, .windows1252:
            return GedcomDecodedBytes(bytes: GedcomWindows1252.utf8(raw[...]), encoding: .windows1252)
        case .utf8, .utf16LittleEndian, .utf16BigEndian, nil:
            return GedcomDecodedBytes(bytes: GedcomTranscoding.utf8Repairing(raw[...]), encoding: .utf8)
        }
    }

    /// The value of the header's `1 CHAR` line, read from the raw bytes before any decoding.
    static func declaredCharacterSet(_ raw: [UInt8]) -> String? {
        var start = 0
        var first = true
        while start < raw.count {
            var end = start
            while end < raw.count, raw[end] != 0x0A, raw[end] != 0x0D { end += 1 }
            var index = start
            while index < end, raw[index] == 0x20 || raw[index] == 0x09 { index += 1 }
            if index < end {
                if !first, raw[index] == 0x30, index + 1 < end, raw[index + 1] == 0x20 { return nil }
                first = false
                if let value = value(of: Array("1 CHAR".utf8), in: raw[index..<end]) { return value }
            }
            start = end + 1
        }
        return nil
    }

    /// The rest of `line` after `prefix` and spaces, when the line starts with it.
    private static func value(of prefix: [UInt8], in line: ArraySlice<UInt8>) -> String? {
        guard line.starts(with: prefix) else { return nil }
        let rest = line.dropFirst(prefix.count)
        guard let first = rest.first, first == 0x20 || first == 0x09 else { return nil }
        let value = rest.drop { $0 == 0x20 || $0 == 0x09 }
        return String(decoding: value, as: UTF8.self).trimmingCharacters(in: .whitespaces)
    }

    /// Whitespace, and the DOS end-of-file mark some old programs leave at the end.
    static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x1A
    }
}
