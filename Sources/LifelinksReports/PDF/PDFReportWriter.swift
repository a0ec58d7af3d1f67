import CPangoCairo

/// Writes a report as an A4 PDF with cairo and pango, in this process: real, searchable text,
/// diagrams as vectors, a header saying who it is for on every page, and page numbers.
public enum PDFReportWriter {
    public static func pdf(for document: ReportDocument) throws(ReportError) -> [UInt8] {
        // First pass: measure only, to count the pages.

        let figures = PDFFigures()
        let pages = try layOut(document, on: nil, pageCount: 0, figures: figures)
        let sink = PDFBytes()
        let box = Unmanaged.passRetained(sink)
        defer { box.release() }
        guard
            let surface = cairo_pdf_surface_create_for_stream(
                PDFBytes.write, box.toOpaque(), PDFPen.portrait.width, PDFPen.portrait.height)
        else { throw ReportError("the PDF could not be started") }
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, document.title)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Lifelinks")
        // The report's own day, so the same data gives the same file.
        cairo_pdf_surface_set_metadata(
            surface, CAIRO_PDF_METADATA_CREATE_DATE, "\(document.madeOn)T00:00:00Z")
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, "\(document.madeOn)T00:00:00Z")
        _ = try layOut(document, on: surface, pageCount: pages, figures: figures)
        cairo_surface_finish(surface)
        let status = cairo_surface_status(surface)
        cairo_surface_destroy(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw ReportError("the PDF could not be written (\(String(cString: cairo_status_to_string(status))))")
        }
        return sink.bytes
    }

    /// Runs the pen over every block; with no surface it only measures. Returns the number of pages.
    static func layOut(
        _ document: ReportDocument, on surface: OpaquePointer?, pageCount: Int, figures: PDFFigures
    ) throws(ReportError)
        -> Int
    {
        // Measuring uses a PDF surface too (its output thrown away), so text measures exactly as it will print.
        let target =
            surface ?? cairo_pdf_surface_create_for_stream(nil, nil, PDFPen.portrait.width, PDFPen.portrait.height)!
        defer { if surface == nil { cairo_surface_destroy(target) } }
        let cairo = cairo_create(target)!
        defer { cairo_destroy(cairo) }
        var pen = PDFPen(
            cairo: cairo, drawing: surface != nil, header: document.header, pageCount: pageCount, figures: figures)
        let title = pen.text(document.title, size: 18, bold: true)
        pen.draw(title)
        pen.advance(title.height + 10)
        for (index, block) in document.blocks.enumerated() {
            let next = document.blocks.indices.contains(index + 1) ? document.blocks[index + 1] : nil
            try PDFBlocks.draw(block, followedBy: next, with: &pen)
        }
        if surface != nil { cairo_show_page(cairo) }
        return pen.page
    }
}
