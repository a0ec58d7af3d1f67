/// Gives every SVG a `<title>` and a `<desc>` text alternative right after its opening tag.
enum SVGAccessibility {
    static func addTitle(to svg: [UInt8], document: GraphDocument) -> [UInt8] {
        let text = String(decoding: svg, as: UTF8.self)
        guard let open = text.range(of: "<svg"), let close = text[open.upperBound...].firstIndex(of: ">") else {
            return svg
        }
        let insertAt = text.index(after: close)
        let accessible =
            "\n<title>\(XMLText.escape(document.title))</title>\n<desc>\(XMLText.escape(document.summary))</desc>"
        var result = text
        result.insert(contentsOf: accessible, at: insertAt)
        return Array(result.utf8)
    }
}
