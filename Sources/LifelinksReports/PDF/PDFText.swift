import CPangoCairo

/// Plain text laid out by pango (never read as markup), wrapped to a width, ready to measure or draw.
final class PDFText {
    let layout: OpaquePointer

    /// `font` is a pango description such as "DejaVu Sans Bold 10"; `width` is in points.
    init(_ text: String, font: String, width: Double, on cairo: OpaquePointer) {
        layout = pango_cairo_create_layout(cairo)
        let description = pango_font_description_from_string(font)
        pango_layout_set_font_description(layout, description)
        pango_font_description_free(description)
        pango_layout_set_width(layout, Int32(width * Double(PANGO_SCALE)))
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        pango_layout_set_text(layout, text, -1)
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(layout)) }

    /// Height in points.
    var height: Double {
        var width: Int32 = 0
        var height: Int32 = 0
        pango_layout_get_size(layout, &width, &height)
        return Double(height) / Double(PANGO_SCALE)
    }

    /// Width of the widest line, in points.
    var width: Double {
        var width: Int32 = 0
        var height: Int32 = 0
        pango_layout_get_size(layout, &width, &height)
        return Double(width) / Double(PANGO_SCALE)
    }

    func draw(on cairo: OpaquePointer, x: Double, y: Double, grey: Double = 0) {
        cairo_save(cairo)
        cairo_set_source_rgb(cairo, grey, grey, grey)
        cairo_move_to(cairo, x, y)
        pango_cairo_show_layout(cairo, layout)
        cairo_restore(cairo)
    }
}
