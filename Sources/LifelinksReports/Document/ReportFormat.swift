/// The formats a report is written in.
public enum ReportFormat: String, CaseIterable, Sendable {
    /// One self-contained file: inline SVG and CSS, no scripts, nothing fetched.
    case html
    /// A4 pages made in-process with cairo and pango.
    case pdf

    public var fileExtension: String { rawValue }

    /// The report in this format.
    public func render(_ document: ReportDocument) throws(ReportError) -> [UInt8] {
        switch self {
        case .html: Array(HTMLReportWriter.html(for: document).utf8)
        case .pdf: try PDFReportWriter.pdf(for: document)
        }
    }
}

/// A report that could not be made; says what failed, never what the report holds.
public struct ReportError: Error, CustomStringConvertible, Sendable {
    public let description: String

    init(_ description: String) {
        self.description = description
    }
}
