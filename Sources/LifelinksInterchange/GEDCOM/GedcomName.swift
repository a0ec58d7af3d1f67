/// A personal name as GEDCOM writes it: `Given Names /Surname/ Suffix`.
///
/// Worked out on bytes, not Characters: names are the most frequent values a reader keeps, and
/// Unicode-aware splitting of thousands of them would cost more than parsing the whole file.
struct GedcomName: Equatable {
    var display: String?
    var given: String?
    var surname: String?

    /// Reads a NAME value and its GIVN and SURN parts, which win over what the slashes say when present.
    init(value: [UInt8]?, given givenPart: [UInt8]?, surname surnamePart: [UInt8]?) {
        let text = value ?? []
        let firstSlash = text.firstIndex(of: 0x2F)
        var slashedGiven = text[...]
        var slashedSurname: ArraySlice<UInt8>?
        if let firstSlash {
            slashedGiven = text[..<firstSlash]
            let rest = text[(firstSlash + 1)...]
            slashedSurname = rest[..<(rest.firstIndex(of: 0x2F) ?? rest.endIndex)]
        }
        given = Self.collapsed(givenPart?[...]) ?? Self.collapsed(slashedGiven)
        surname = Self.collapsed(surnamePart?[...]) ?? Self.collapsed(slashedSurname)
        display =
            Self.collapsed(text[...], slashIsSpace: true)
            ?? Self.collapsed(Array([given, surname].compactMap { $0 }.joined(separator: " ").utf8)[...])
    }

    /// Whitespace runs (line breaks from CONT included) as single spaces; nil when nothing is left.
    static func collapsed(_ bytes: ArraySlice<UInt8>?, slashIsSpace: Bool = false) -> String? {
        guard let bytes else { return nil }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var pendingSpace = false
        for byte in bytes {
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || (slashIsSpace && byte == 0x2F) {
                pendingSpace = !output.isEmpty
            } else {
                if pendingSpace { output.append(0x20) }
                pendingSpace = false
                output.append(byte)
            }
        }
        return output.isEmpty ? nil : GedcomText.string(output)
    }
}
