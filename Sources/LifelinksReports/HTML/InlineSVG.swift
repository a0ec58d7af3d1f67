import Foundation

/// An SVG document made ready to sit inside an HTML page beside others.
enum InlineSVG {
    /// The `<svg>` element alone (no XML declaration, doctype or comments), with every id
    /// and reference to one prefixed so that two figures on a page cannot share an id.
    static func element(_ svg: String, prefix: String) -> String {
        guard let start = svg.range(of: "<svg") else { return "" }
        var body = String(svg[start.lowerBound...])
        body = removingComments(body)
        for (old, new) in [
            (" id=\"", " id=\"\(prefix)"), ("url(#", "url(#\(prefix)"), ("href=\"#", "href=\"#\(prefix)"),
            ("aria-labelledby=\"", "aria-labelledby=\"\(prefix)"),
        ] {
            body = body.replacingAll(old, with: new)
        }
        return body
    }

    static func removingComments(_ text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let open = rest.range(of: "<!--") {
            result += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "-->") else { return result }
            rest = rest[close.upperBound...]
        }
        return result + rest
    }
}

extension String {
    /// Every occurrence of `target` replaced, without Foundation.
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var result = ""
        var rest = Substring(self)
        while let found = rest.range(of: target) {
            result += rest[..<found.lowerBound]
            result += replacement
            rest = rest[found.upperBound...]
        }
        return result + rest
    }
}
