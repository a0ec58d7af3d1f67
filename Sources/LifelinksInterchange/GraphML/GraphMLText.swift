import LifelinksModel

/// Text made safe for a GraphML file: escaped, and stripped of what XML 1.0 cannot hold at all.
enum GraphMLText {
    /// `text` for XML character data or a quoted attribute value: tabs and line breaks become
    /// character references, so parsers give them back as they were, in attributes too.
    static func escape(_ text: String) -> String {
        MarkupEscaping.escape(text, whitespace: .characterReferences)
    }
}
