import Foundation

/// A horizontal bar chart drawn as SVG: a label, a bar and the value in words on each row.
///
/// One dark grey with a black outline, so it reads the same in colour, greyscale and print;
/// every value is also written as text, and the sentences are the chart's text alternative.
public struct BarChart: Hashable, Sendable {
    public struct Bar: Hashable, Sendable {
        public var label: String
        public var value: Double
        /// How the value is written beside the bar.
        public var text: String

        public init(_ label: String, _ value: Double, text: String? = nil) {
            self.label = label
            self.value = value
            self.text = text ?? BarChart.number(value)
        }
    }

    public var title: String
    public var bars: [Bar]

    public init(title: String, bars: [Bar]) {
        self.title = title
        self.bars = bars
    }

    static let width = 520.0
    static let labelWidth = 190.0
    static let rowHeight = 24.0
    static let top = 34.0

    /// The chart as a complete SVG document.
    public var svg: String {
        let height = BarChart.top + Double(max(bars.count, 1)) * BarChart.rowHeight + 12
        let largest = max(bars.map(\.value).max() ?? 0, 1)
        let room = BarChart.width - BarChart.labelWidth - 70
        var rows: [String] = []
        for (index, bar) in bars.enumerated() {
            let y = BarChart.top + Double(index) * BarChart.rowHeight
            let length = max(room * bar.value / largest, bar.value > 0 ? 1 : 0)
            rows.append(
                """
                <text x="\(BarChart.labelWidth - 8)" y="\(format(y + 16))" text-anchor="end">\(HTMLText.escape(bar.label))</text>
                <rect x="\(BarChart.labelWidth)" y="\(format(y + 4))" width="\(format(length))" height="16" fill="#555555" stroke="#000000" stroke-width="0.8"/>
                <text x="\(format(BarChart.labelWidth + length + 6))" y="\(format(y + 16))">\(HTMLText.escape(bar.text))</text>
                """)
        }
        if bars.isEmpty {
            rows.append("<text x=\"10\" y=\"\(format(BarChart.top + 16))\">Nothing to show yet.</text>")
        }
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" width="\(format(BarChart.width))pt" height="\(format(height))pt" viewBox="0 0 \(format(BarChart.width)) \(format(height))" font-family="DejaVu Sans, sans-serif" font-size="11">
            <title>\(HTMLText.escape(title))</title>
            <desc>\(HTMLText.escape(sentences.joined(separator: " ")))</desc>
            <rect x="0" y="0" width="\(format(BarChart.width))" height="\(format(height))" fill="#ffffff"/>
            <text x="10" y="20" font-size="13" font-weight="bold">\(HTMLText.escape(title))</text>
            \(rows.joined(separator: "\n"))
            </svg>

            """
    }

    /// One sentence per bar.
    public var sentences: [String] {
        bars.map { "\($0.label): \($0.text)." }
    }

    /// The chart as a report figure.
    public var figure: ReportFigure {
        ReportFigure(caption: title, svg: svg, sentences: sentences)
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }

    private func format(_ value: Double) -> String {
        String(format: "%.1f", value)
    }
}
