import LifelinksModel

/// Text made safe to place in HTML, as element content or inside a quoted attribute.
enum HTMLText {
    static func escape(_ text: String) -> String {
        MarkupEscaping.escape(text, whitespace: .keep)
    }
}
