import CPangoCairo

/// Moves down A4 pages, starting a new page when the next piece does not fit.
///
/// The writer runs it twice over the same document: first only measuring, to
/// count the pages, then drawing, so every footer can say "page n of m".
struct PDFPen {
    static let portrait = (width: 595.276, height: 841.89)
    static let margin = 50.0
    static let top = 64.0
    static let footerRoom = 58.0

    /// The page in hand: A4 upright, or on its side for a wide diagram.
    private(set) var landscape = false
    /// A heading held back to go at the top of the page turned for the diagram under it.
    var carriedHeading: String?

    var pageWidth: Double { landscape ? PDFPen.portrait.height : PDFPen.portrait.width }
    var pageHeight: Double { landscape ? PDFPen.portrait.width : PDFPen.portrait.height }
    var left: Double { PDFPen.margin }
    var right: Double { pageWidth - PDFPen.margin }
    var bottom: Double { pageHeight - PDFPen.footerRoom }
    var contentWidth: Double { right - left }
    var contentHeight: Double { bottom - PDFPen.top }

    static let font = "DejaVu Sans"

    let cairo: OpaquePointer
    /// False while measuring: nothing is drawn and no page is emitted.
    let drawing: Bool
    let header: String
    /// Known on the drawing pass.
    let pageCount: Int
    private(set) var page = 1
    private(set) var y = PDFPen.top

    /// The document's diagrams, read once for both passes.
    let figures: PDFFigures

    init(cairo: OpaquePointer, drawing: Bool, header: String, pageCount: Int, figures: PDFFigures) {
        self.cairo = cairo
        self.figures = figures
        self.drawing = drawing
        self.header = header
        self.pageCount = pageCount
        decoratePage()
    }

    var remaining: Double { bottom - y }

    /// Starts a new page unless `height` still fits on this one (or the page is still empty).
    mutating func ensure(_ height: Double) {
        if height > remaining && y > PDFPen.top { newPage() }
    }

    /// Ends this page and starts the next, upright or (`landscape`) on its side.
    mutating func newPage(landscape: Bool = false) {
        if drawing {
            cairo_show_page(cairo)
            let size = landscape ? (PDFPen.portrait.height, PDFPen.portrait.width) : PDFPen.portrait
            cairo_pdf_surface_set_size(cairo_get_target(cairo), size.0, size.1)
        }
        self.landscape = landscape
        page += 1
        y = PDFPen.top
        decoratePage()
    }

    mutating func advance(_ height: Double) { y += height }

    func text(_ text: String, size: Double, bold: Bool = false, width: Double? = nil) -> PDFText {
        PDFText(text, font: "\(PDFPen.font)\(bold ? " Bold" : "") \(size)", width: width ?? contentWidth, on: cairo)
    }

    /// Draws `layout` at `x` on the current line when drawing.
    func draw(_ layout: PDFText, x: Double? = nil, dy: Double = 0, grey: Double = 0) {
        if drawing { layout.draw(on: cairo, x: x ?? left, y: y + dy, grey: grey) }
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
        top.draw(on: cairo, x: left, y: 30, grey: 0.25)
        rule(x: left, y: 30 + top.height + 3, width: contentWidth)
        let foot = text("Page \(page) of \(pageCount)", size: 8)
        foot.draw(on: cairo, x: left + (contentWidth - foot.width) / 2, y: bottom + 24, grey: 0.25)
    }
}
