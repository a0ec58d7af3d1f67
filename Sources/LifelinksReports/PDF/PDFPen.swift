import CPangoCairo

/// Moves down A4 pages, starting a new page when the next piece does not fit.
///
/// The writer runs it twice over the same document: first only measuring, to
/// count the pages, then drawing, so every footer can say "page n of m".
struct PDFPen {
    static let pageWidth = 595.276
    static let pageHeight = 841.89
    static let left = 50.0
    static let right = pageWidth - 50.0
    static let top = 64.0
    static let bottom = pageHeight - 58.0
    static var contentWidth: Double { right - left }
    static var contentHeight: Double { bottom - top }

    static let font = "DejaVu Sans"

    let cairo: OpaquePointer
    /// False while measuring: nothing is drawn and no page is emitted.
    let drawing: Bool
    let header: String
    /// Known on the drawing pass.
    let pageCount: Int
    private(set) var page = 1
    private(set) var y = top

    init(cairo: OpaquePointer, drawing: Bool, header: String, pageCount: Int) {
        self.cairo = cairo
        self.drawing = drawing
        self.header = header
        self.pageCount = pageCount
        decoratePage()
    }

    var remaining: Double { PDFPen.bottom - y }

    /// Starts a new page unless `height` still fits on this one (or the page is still empty).
    mutating func ensure(_ height: Double) {
        if height > remaining && y > PDFPen.top { newPage() }
    }

    mutating func newPage() {
        if drawing { cairo_show_page(cairo) }
        page += 1
        y = PDFPen.top
        decoratePage()
    }

    mutating func advance(_ height: Double) { y += height }

    func text(_ text: String, size: Double, bold: Bool = false, width: Double = PDFPen.contentWidth) -> PDFText {
        PDFText(text, font: "\(PDFPen.font)\(bold ? " Bold" : "") \(size)", width: width, on: cairo)
    }

    /// Draws `layout` at `x` on the current line when drawing.
    func draw(_ layout: PDFText, x: Double = PDFPen.left, dy: Double = 0, grey: Double = 0) {
        if drawing { layout.draw(on: cairo, x: x, y: y + dy, grey: grey) }
    }

    func rule(x: Double, y: Double, width: Double, grey: Double = 0.4, lineWidth: Double = 0.6) {
        guard drawing else { return }
        cairo_save(cairo)
        cairo_set_source_rgb(cairo, grey, grey, grey)
        cairo_set_line_width(cairo, lineWidth)
        cairo_move_to(cairo, x, y)
        cairo_line_to(cairo, x + width, y)
        cairo_stroke(cairo)
        cairo_restore(cairo)
    }

    func box(x: Double, y: Double, width: Double, height: Double, fill: Double?, stroke: Double?) {
        guard drawing else { return }
        cairo_save(cairo)
        cairo_rectangle(cairo, x, y, width, height)
        if let fill {
            cairo_set_source_rgb(cairo, fill, fill, fill)
            if stroke == nil { cairo_fill(cairo) } else { cairo_fill_preserve(cairo) }
        }
        if let stroke {
            cairo_set_source_rgb(cairo, stroke, stroke, stroke)
            cairo_set_line_width(cairo, 0.5)
            cairo_stroke(cairo)
        }
        cairo_restore(cairo)
    }

    /// Who the report is for and when it was made at the top; the page number at the foot.
    private func decoratePage() {
        guard drawing else { return }
        let top = text(header, size: 8)
        top.draw(on: cairo, x: PDFPen.left, y: 30, grey: 0.25)
        rule(x: PDFPen.left, y: 30 + top.height + 3, width: PDFPen.contentWidth)
        let foot = text("Page \(page) of \(pageCount)", size: 8)
        foot.draw(on: cairo, x: PDFPen.left + (PDFPen.contentWidth - foot.width) / 2, y: PDFPen.bottom + 24, grey: 0.25)
    }
}
