/// The formats a diagram can be written in.
public enum OutputFormat: String, CaseIterable, Sendable {
    case svg
    case png
    case pdf
    case dot

    /// Graphviz's name for the renderer; DOT is written with the computed layout.
    var renderer: String {
        switch self {
        case .svg: "svg"
        case .png: "png:cairo"
        case .pdf: "pdf:cairo"
        case .dot: "dot"
        }
    }

    public var fileExtension: String { rawValue }
}
