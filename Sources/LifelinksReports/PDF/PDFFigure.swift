import CPangoCairo
import CRsvg

/// An SVG diagram read by librsvg and drawn into a PDF page as vectors, its text kept as text.
final class PDFFigure {
    private let handle: UnsafeMutablePointer<RsvgHandle>
    /// The picture's own size, in points.
    let width: Double
    let height: Double

    init(svg: String) throws(ReportError) {
        var error: UnsafeMutablePointer<GError>?
        let bytes = Array(svg.utf8)
        guard
            let handle = bytes.withUnsafeBufferPointer({ buffer in
                rsvg_handle_new_from_data(buffer.baseAddress, gsize(buffer.count), &error)
            })
        else {
            if let error { g_error_free(error) }
            throw ReportError("a diagram could not be read to place it in the PDF")
        }
        self.handle = handle
        // At 72 dots per inch, one pixel is one point.
        rsvg_handle_set_dpi(handle, 72)
        var width: Double = 0
        var height: Double = 0
        if rsvg_handle_get_intrinsic_size_in_pixels(handle, &width, &height) == 0 || width <= 0 || height <= 0 {
            g_object_unref(UnsafeMutableRawPointer(handle))
            throw ReportError("a diagram has no size to place it in the PDF")
        }
        self.width = width
        self.height = height
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(handle)) }

    /// Draws the picture into the box at (x, y), `width` wide, keeping its proportions.
    func draw(on cairo: OpaquePointer, x: Double, y: Double, width boxWidth: Double) throws(ReportError) {
        var viewport = RsvgRectangle(x: x, y: y, width: boxWidth, height: boxWidth * height / width)
        var error: UnsafeMutablePointer<GError>?
        cairo_save(cairo)
        let drawn = rsvg_handle_render_document(handle, cairo, &viewport, &error)
        cairo_restore(cairo)
        if drawn == 0 {
            if let error { g_error_free(error) }
            throw ReportError("a diagram could not be drawn into the PDF")
        }
    }
}

/// Each diagram of a document read once, for both the measuring and the drawing pass.
final class PDFFigures {
    private var read: [String: PDFFigure] = [:]

    func figure(_ svg: String) throws(ReportError) -> PDFFigure {
        if let known = read[svg] { return known }
        let figure = try PDFFigure(svg: svg)
        read[svg] = figure
        return figure
    }
}
