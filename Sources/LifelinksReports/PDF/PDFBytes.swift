import CPangoCairo

/// Collects what cairo writes for a PDF surface, in memory.
final class PDFBytes {
    var bytes: [UInt8] = []

    /// The callback cairo calls with each piece of the file; `closure` is an unretained `PDFBytes`.
    static let write: cairo_write_func_t = { closure, data, length in
        guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
        let sink = Unmanaged<PDFBytes>.fromOpaque(closure).takeUnretainedValue()
        sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
        return CAIRO_STATUS_SUCCESS
    }
}
