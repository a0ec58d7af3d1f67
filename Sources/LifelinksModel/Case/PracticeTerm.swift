/// A closed vocabulary from the practice, spelt in files exactly as its raw value.
///
/// Import messages list `spellings` so a coordinator sees what is allowed.
public protocol PracticeTerm: RawRepresentable, CaseIterable, Hashable, Sendable, Codable
where RawValue == String {}

extension PracticeTerm {
    /// Every allowed spelling, in the order the practice lists them, joined for a message.
    public static var spellings: String {
        allCases.map(\.rawValue).joined(separator: " | ")
    }

    /// The value spelt `text`, ignoring case and surrounding spaces.
    public static func parse(_ text: String) -> Self? {
        if let exact = Self(rawValue: text) { return exact }
        let folded = text.trimmingSpaces().lowercased()
        return Self(rawValue: folded)
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and line breaks.
    public func trimmingSpaces() -> String {
        String(self).trimmedOfSpaces
    }
}

extension String {
    fileprivate var trimmedOfSpaces: String {
        // Fast path: most fields start and end with a visible ASCII character.
        guard let head = utf8.first, let tail = utf8.last else { return "" }
        if head > 0x20 && head < 0x7F && tail > 0x20 && tail < 0x7F { return self }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else {
            return ""
        }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
