/// Text made safe for XML and HTML: one set of rules for every output (SVG, Graphviz labels, GraphML,
/// HTML reports), with the few choices in which those outputs differ.
public enum MarkupEscaping {
    /// What becomes of tabs and line breaks.
    public enum Whitespace: Sendable {
        /// Kept as they are (element content, where they are only spacing).
        case keep
        /// Each becomes a space (labels, where a line break would break the layout).
        case spaces
        /// Each becomes a character reference, so a parser gives it back, in attributes too.
        case characterReferences
    }

    /// `text` with the five special characters escaped and every character XML 1.0 cannot hold
    /// (other control characters, U+FFFE, U+FFFF) and the C1 controls dropped.
    public static func escape(_ text: String, whitespace: Whitespace, doublingBackslashes: Bool = false) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            // Graphviz expands \N, \G and friends even in HTML-like labels, after entities; it reads \\ as \.
            case "\\" where doublingBackslashes: escaped += "\\\\"
            case "\t", "\n", "\r":
                switch whitespace {
                case .keep: escaped.unicodeScalars.append(scalar)
                case .spaces: escaped += " "
                case .characterReferences: escaped += "&#\(scalar.value);"
                }
            default:
                if isAllowed(scalar) { escaped.unicodeScalars.append(scalar) }
            }
        }
        return escaped
    }

    /// XML 1.0's `Char` production, less tab and line breaks (handled above) and the C1 controls.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x7F...0x9F: false
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}
