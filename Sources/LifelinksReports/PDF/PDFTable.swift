/// A table set row by row, breaking between rows and repeating the header on each new page.
enum PDFTable {
    static let size = 8.5
    static let padding = 3.0

    static func draw(_ table: ReportTable, with pen: inout PDFPen) {
        let caption = pen.text(table.caption, size: 10, bold: true)
        guard !table.rows.isEmpty else {
            let empty = pen.text("\(table.caption): \(table.emptyText)", size: 10)
            pen.ensure(empty.height)
            pen.draw(empty)
            pen.advance(empty.height + PDFBlocks.gap)
            return
        }
        let total = table.widths.reduce(0, +)
        let widths = table.widths.map { pen.contentWidth * $0 / total }
        let header = cells(table.columns, widths, bold: true, pen: pen)
        let firstRow = cells(table.rows[0], widths, bold: false, pen: pen)
        pen.ensure(caption.height + 4 + height(header) + height(firstRow))
        pen.draw(caption)
        pen.advance(caption.height + 4)
        drawRow(header, widths, shaded: true, with: &pen)
        for (index, row) in table.rows.enumerated() {
            let laidOut = index == 0 ? firstRow : cells(row, widths, bold: false, pen: pen)
            if height(laidOut) > pen.remaining {
                pen.newPage()
                drawRow(cells(table.columns, widths, bold: true, pen: pen), widths, shaded: true, with: &pen)
            }
            drawRow(laidOut, widths, shaded: false, with: &pen, boldFirst: true)
        }
        pen.advance(PDFBlocks.gap + 4)
    }

    static func cells(_ texts: [String], _ widths: [Double], bold: Bool, pen: PDFPen) -> [PDFText] {
        zip(texts, widths).enumerated().map { index, pair in
            pen.text(pair.0, size: size, bold: bold, width: pair.1 - 2 * padding)
        }
    }

    static func height(_ cells: [PDFText]) -> Double {
        (cells.map(\.height).max() ?? 0) + 2 * padding
    }

    static func drawRow(
        _ cells: [PDFText], _ widths: [Double], shaded: Bool, with pen: inout PDFPen, boldFirst: Bool = false
    ) {
        let rowHeight = height(cells)
        var x = pen.left
        for (cell, width) in zip(cells, widths) {
            pen.box(x: x, y: pen.y, width: width, height: rowHeight, fill: shaded ? 0.9 : nil, stroke: 0.4)
            pen.draw(cell, x: x + padding, dy: padding)
            x += width
        }
        pen.advance(rowHeight)
    }
}
