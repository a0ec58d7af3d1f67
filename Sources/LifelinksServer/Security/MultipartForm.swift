import Hummingbird
import MultipartKit

/// The parts of a `multipart/form-data` body (a form with a file upload), read with MultipartKit.
struct MultipartForm {
    struct Part {
        var name: String
        var fileName: String?
        var bytes: [UInt8]
    }

    var parts: [Part]

    /// The boundary from the request's content type, or nil when it is not multipart.
    static func boundary(_ contentType: String?) -> String? {
        guard let contentType, contentType.lowercased().hasPrefix("multipart/form-data") else { return nil }
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingSpaces() }
            if pair.count == 2, pair[0].lowercased() == "boundary" {
                return pair[1].trimmingCharacters(in: ["\""])
            }
        }
        return nil
    }

    init(_ body: ByteBuffer, boundary: String) throws {
        let parser = MultipartParser(boundary: boundary)
        var parts: [Part] = []
        var headers: [(String, String)] = []
        var bytes: [UInt8] = []
        parser.onHeader = { name, value in headers.append((name, value)) }
        parser.onBody = { buffer in bytes += buffer.readBytes(length: buffer.readableBytes) ?? [] }
        parser.onPartComplete = {
            let disposition = headers.first { $0.0.lowercased() == "content-disposition" }?.1 ?? ""
            parts.append(
                Part(
                    name: MultipartForm.parameter("name", in: disposition) ?? "",
                    fileName: MultipartForm.parameter("filename", in: disposition), bytes: bytes))
            headers = []
            bytes = []
        }
        try parser.execute(body)
        self.parts = parts
    }

    /// A parameter of a Content-Disposition header, such as `name="files"`.
    static func parameter(_ key: String, in header: String) -> String? {
        for piece in header.split(separator: ";") {
            let pair = piece.split(separator: "=", maxSplits: 1).map { $0.trimmingSpaces() }
            if pair.count == 2, pair[0].lowercased() == key { return pair[1].trimmingCharacters(in: ["\""]) }
        }
        return nil
    }

    func field(_ name: String) -> String? {
        parts.first { $0.name == name && $0.fileName == nil }.map { String(decoding: $0.bytes, as: UTF8.self) }
    }

    var files: [Part] { parts.filter { $0.fileName.map { !$0.isEmpty } ?? false } }
}
