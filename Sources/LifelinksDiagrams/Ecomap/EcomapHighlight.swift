import LifelinksModel

/// Marks a person on the ecomap whom a gap is about: a warning sign and the gap's code in the label, a red border.
///
/// The words carry the meaning in black and white; the colour only repeats it.
enum EcomapHighlight {
    static func mark(_ node: inout GraphDocument.Node, _ connection: Connection, _ gaps: [Gap]) {
        let worst = gaps.map(\.severity).min() ?? .info
        let codes = gaps.map(\.code).sorted().map(HTMLLabel.escape).joined(separator: "<BR/>")
        node.attributes["label"] = .html(
            Ecomap.label(connection) + "<BR/><FONT POINT-SIZE=\"8\" COLOR=\"#A50000\"><B>⚠ \(codes)</B></FONT>")
        node.attributes["color"] = .text(worst == .critical ? "#A50000" : "#B35900")
        if case .text(let width)? = node.attributes["penwidth"], let value = Double(width) {
            node.attributes["penwidth"] = .text(String(max(value, 2.4)))
        }
    }
}
