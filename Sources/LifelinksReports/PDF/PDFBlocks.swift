import CPangoCairo

/// How each kind of block is set on the page.
enum PDFBlocks {
    static let bodySize = 10.0
    static let gap = 8.0

    static func draw(_ block: ReportBlock, followedBy next: ReportBlock?, with pen: inout PDFPen)
        throws(ReportError)
    {
        switch block {
        case .heading(let text):
            // A heading over a diagram that goes on a page of its own goes with it.
            if case .figures(let figures) = next, try turns(figures, on: pen) {
                pen.carriedHeading = text
                return
            }
            drawHeading(text, followedBy: next, with: &pen)
        case .paragraph(let text):
            let layout = pen.text(text, size: bodySize)
            pen.ensure(layout.height)
            pen.draw(layout)
            pen.advance(layout.height + gap)
        case .facts(let facts):
            drawFacts(facts, with: &pen)
        case .list(let items):
            for item in items {
                let layout = pen.text(item, size: bodySize, width: pen.contentWidth - 14)
                pen.ensure(layout.height)
                pen.draw(pen.text("•", size: bodySize))
                pen.draw(layout, x: pen.left + 14)
                pen.advance(layout.height + 2)
            }
            pen.advance(gap)
        case .table(let table):
            PDFTable.draw(table, with: &pen)
        case .figures(let figures):
            try drawFigures(figures, with: &pen)
        }
    }

    static func drawHeading(_ text: String, followedBy next: ReportBlock?, with pen: inout PDFPen) {
        let layout = pen.text(text, size: 13.5, bold: true)
        // A heading stays with at least the start of what follows it.
        pen.ensure(layout.height + 6 + minimumStart(of: next))
        pen.advance(6)
        pen.draw(layout)
        pen.advance(layout.height + 2)
        pen.rule(x: pen.left, y: pen.y, width: pen.contentWidth, grey: 0, lineWidth: 1.2)
        pen.advance(gap)
    }

    /// Whether the (first) figure goes on a page turned on its side: a wide diagram that upright A4
    /// would shrink below half its size. Wide figures never share a page, so that is the first's own.
    static func turns(_ figures: [ReportFigure], on pen: PDFPen) throws(ReportError) -> Bool {
        guard let first = figures.first, !pen.landscape else { return false }
        let picture = try pen.figures.figure(first.svg)

        return picture.width > picture.height * 1.2 && pen.contentWidth / picture.width < 0.5
    }

    /// Room to leave under a heading for the block after it.
    static func minimumStart(of block: ReportBlock?) -> Double {
        switch block {
        case .figures: 220
        case .table: 60
        default: 30
        }
    }

    static func drawFacts(_ facts: [ReportFact], with pen: inout PDFPen) {
        let labelWidth = 150.0
        for fact in facts {
            let label = pen.text(fact.label, size: bodySize, bold: true, width: labelWidth - 8)
            let value = pen.text(fact.value, size: bodySize, width: pen.contentWidth - labelWidth)
            let height = max(label.height, value.height)
            pen.ensure(height)
            pen.draw(label)
            pen.draw(value, x: pen.left + labelWidth)
            pen.advance(height + 3)
        }
        pen.advance(gap)
    }

    /// Figures side by side share the width; each keeps its proportions and fits on one page.
    static func drawFigures(_ figures: [ReportFigure], with pen: inout PDFPen) throws(ReportError) {
        guard !figures.isEmpty else { return }
        let spacing = 12.0
        let slot = (pen.contentWidth - spacing * Double(figures.count - 1)) / Double(figures.count)
        var pictures: [PDFFigure] = []
        for figure in figures { pictures.append(try pen.figures.figure(figure.svg)) }
        // Wide pictures (ecomaps with their key) would be too small side by side on A4: one under the other.
        if figures.count > 1 && pictures.contains(where: { $0.width > $0.height }) {
            for figure in figures { try drawFigures([figure], with: &pen) }
            return
        }
        let turn = try turns(figures, on: pen)
        if turn {
            pen.newPage(landscape: true)
            if let heading = pen.carriedHeading { drawHeading(heading, followedBy: nil, with: &pen) }
        }
        pen.carriedHeading = nil

        let captions = figures.map { pen.text($0.caption, size: 9.5, bold: true, width: slot) }
        let captionHeight = captions.map(\.height).max() ?? 0
        // On a turned page the diagram takes what the heading leaves.
        let room = (turn ? pen.remaining : pen.contentHeight) - captionHeight - 12

        let widths = pictures.map { picture in
            min(slot, picture.width, room * picture.width / picture.height)
        }
        let pictureHeight = zip(pictures, widths).map { $0.height * $1 / $0.width }.max() ?? 0
        pen.ensure(pictureHeight + captionHeight + 6)
        for (index, picture) in pictures.enumerated() {
            let x = pen.left + Double(index) * (slot + spacing) + (slot - widths[index]) / 2
            if pen.drawing { try picture.draw(on: pen.cairo, x: x, y: pen.y, width: widths[index]) }
            pen.draw(captions[index], x: pen.left + Double(index) * (slot + spacing), dy: pictureHeight + 4)
        }
        pen.advance(pictureHeight + captionHeight + 10)
        if turn { pen.newPage() }
        // The text alternative follows, as it does in the HTML.

        for figure in figures {
            for sentence in figure.sentences {
                let layout = pen.text(sentence, size: 8.5, width: pen.contentWidth - 12)
                pen.ensure(layout.height)
                pen.draw(pen.text("–", size: 8.5))
                pen.draw(layout, x: pen.left + 12)
                pen.advance(layout.height + 1)
            }
        }
        pen.advance(gap)
    }
}
