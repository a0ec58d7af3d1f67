import LifelinksModel

/// A report as headings, paragraphs, tables and figures, written once and printed as HTML or PDF.
///
/// A document holds only what its audience may see: the builders make it from
/// networks already passed through `Audience.view(of:on:)`.
public struct ReportDocument: Hashable, Sendable {
    /// The report's title, at the top of the first page and in the file's metadata.
    public var title: String
    /// Who it is for; every page's header says so.
    public var audience: Audience
    /// The day the report describes and was made on; every page's header says so.
    public var madeOn: Day
    public var blocks: [ReportBlock]

    public init(title: String, audience: Audience, madeOn: Day, blocks: [ReportBlock] = []) {
        self.title = title
        self.audience = audience
        self.madeOn = madeOn
        self.blocks = blocks
    }

    /// The words of every page header.
    public var header: String {
        "For: \(audience.title) · Made \(madeOn) · Lifelinks"
    }

    public mutating func heading(_ text: String) { blocks.append(.heading(text)) }
    public mutating func paragraph(_ text: String) { blocks.append(.paragraph(text)) }
    public mutating func facts(_ facts: [ReportFact]) { blocks.append(.facts(facts)) }
    public mutating func table(_ table: ReportTable) { blocks.append(.table(table)) }
    public mutating func figures(_ figures: [ReportFigure]) { blocks.append(.figures(figures)) }
    public mutating func list(_ items: [String]) { blocks.append(.list(items)) }
}

/// One part of a report, in reading order.
public enum ReportBlock: Hashable, Sendable {
    /// A section heading (the title is the only first-level heading).
    case heading(String)
    case paragraph(String)
    /// Labelled facts, such as a person's age or the review date.
    case facts([ReportFact])
    case table(ReportTable)
    /// One figure, or several side by side.
    case figures([ReportFigure])
    /// A bulleted list.
    case list([String])
}

public struct ReportFact: Hashable, Sendable {
    public var label: String
    public var value: String

    public init(_ label: String, _ value: String) {
        self.label = label
        self.value = value
    }
}

/// A table with a caption, a header row, and rows of text.
public struct ReportTable: Hashable, Sendable {
    public var caption: String
    public var columns: [String]
    public var rows: [[String]]
    /// Relative widths of the columns for print (equal when empty).
    public var widths: [Double]
    /// Shown in place of the table when it has no rows.
    public var emptyText: String

    public init(
        caption: String, columns: [String], rows: [[String]], widths: [Double] = [], emptyText: String = "None yet."
    ) {
        self.caption = caption
        self.columns = columns
        self.rows = rows.map { row in
            row.count >= columns.count
                ? Array(row.prefix(columns.count))
                : row + Array(repeating: "", count: columns.count - row.count)
        }
        self.widths = widths.count == columns.count ? widths : Array(repeating: 1, count: columns.count)
        self.emptyText = emptyText
    }
}

/// A diagram or chart, as SVG, with words for readers who cannot see it.
public struct ReportFigure: Hashable, Sendable {
    public var caption: String
    /// A complete SVG document.
    public var svg: String
    /// The text alternative: one sentence for each thing the picture shows.
    public var sentences: [String]

    public init(caption: String, svg: String, sentences: [String]) {
        self.caption = caption
        self.svg = svg
        self.sentences = sentences
    }
}
