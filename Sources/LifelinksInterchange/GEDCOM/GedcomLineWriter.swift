/// Writes GEDCOM 5.5.1 lines: text escaped (`@` doubled), line breaks as CONT, long lines split with CONC.
///
/// Splits fall between characters that are not spaces, because many readers trim the spaces at the
/// ends of lines and CONC adds none back; they never fall inside a character or an `@@` pair.
struct GedcomLineWriter {
    /// Lines stay within 248 bytes so every 5.5.1 reader (limit 255) takes them, whatever it counts.
    static let maximumLength = 248

    private(set) var text = ""

    /// A line whose value is written as is (a pointer, `Y`, a keyword or a date).
    mutating func line(_ level: Int, _ tag: String, _ value: String? = nil) {
        text += "\(level) \(tag)"
        if let value, !value.isEmpty { text += " " + value }
        text += "\n"
    }

    /// A record's first line, `0 @xref@ TAG`.
    mutating func record(_ xref: String, _ tag: String) {
        text += "0 @\(xref)@ \(tag)\n"
    }

    /// A text value: `@` doubled, each line break a CONT line, each over-long line continued with CONC.
    mutating func text(_ level: Int, _ tag: String, _ value: String) {
        let paragraphs = value.split(omittingEmptySubsequences: false) {
            $0 == "\n" || $0 == "\r" || $0 == "\r\n"
        }
        for (index, paragraph) in paragraphs.enumerated() {
            let lineTag = index == 0 ? tag : "CONT"
            let lineLevel = index == 0 ? level : level + 1
            let chunks = Self.chunks(
                Array(paragraph), firstBudget: Self.maximumLength - "\(lineLevel) \(lineTag) ".utf8.count,
                budget: Self.maximumLength - "\(level + 1) CONC ".utf8.count)
            line(lineLevel, lineTag, chunks.first ?? "")
            for chunk in chunks.dropFirst() { line(level + 1, "CONC", chunk) }
        }
    }

    /// The bytes a character takes once escaped.
    private static func escapedLength(_ character: Character) -> Int {
        character == "@" ? 2 : character.utf8.count
    }

    private static func escaped(_ characters: ArraySlice<Character>) -> String {
        var result = ""
        for character in characters { result += character == "@" ? "@@" : String(character) }
        return result
    }

    /// `characters`, escaped, in pieces that fit the budgets (the first piece shares its line with a tag).
    static func chunks(_ characters: [Character], firstBudget: Int, budget: Int) -> [String] {
        var pieces: [String] = []
        var start = 0
        var limit = firstBudget
        while start < characters.count {
            var end = start
            var length = 0
            while end < characters.count, length + escapedLength(characters[end]) <= limit {
                length += escapedLength(characters[end])
                end += 1
            }
            if end < characters.count {
                end = max(end, start + 1)
                var split = end
                while split > start + 1, characters[split - 1] == " " || characters[split] == " " { split -= 1 }
                if characters[split - 1] != " ", characters[split] != " " { end = split }
            }
            pieces.append(escaped(characters[start..<end]))
            start = end
            limit = budget
        }
        return pieces
    }
}
