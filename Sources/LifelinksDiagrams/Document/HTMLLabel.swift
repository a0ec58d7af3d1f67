import LifelinksModel

/// Builds Graphviz HTML-like labels, escaping every piece of text put into them.
///
/// Names and notes only ever reach Graphviz through here, as character data
/// inside an HTML-like label: quotes, backslashes (which Graphviz would read as
/// `\N`-style escapes), angle brackets and DOT syntax in a name stay text.
public enum HTMLLabel {
    /// `text` as character data in a Graphviz HTML-like label.
    public static func escape(_ text: String) -> String {
        XMLText.escape(text, doublingBackslashes: true)
    }

    /// Splits `text` into lines of at most `width` characters at spaces, breaking long words.
    public static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var word = Substring(word)
            while word.count > width {
                if !current.isEmpty {
                    lines.append(current)
                    current = ""
                }
                lines.append(String(word.prefix(width)))
                word = word.dropFirst(width)
            }
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}

/// Escaping for XML character data and attribute values (SVG, and the text inside HTML-like labels).
public enum XMLText {
    /// `text` with XML's special characters escaped; line breaks and tabs become spaces; other controls dropped.
    public static func escape(_ text: String, doublingBackslashes: Bool = false) -> String {
        MarkupEscaping.escape(text, whitespace: .spaces, doublingBackslashes: doublingBackslashes)
    }
}
