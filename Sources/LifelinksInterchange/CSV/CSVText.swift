import Foundation

/// A CSV file's text, checked before parsing: decoded to UTF-8, its delimiter found, its quotes balanced.
///
/// The checks here locate what the CSV library would otherwise read silently
/// wrong: binary or non-UTF-8 bytes, and a quoted field left open.
struct CSVText {
    let text: String
    let delimiter: UnicodeScalar
    /// True when some quoted field holds a line break, so records can span lines.
    let hasLineBreaksInFields: Bool

    /// Reads and checks `path`; problems are reported against `file`, the name the user gave.
    static func load(path: String, file: String) throws(ImportFailure) -> CSVText {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ImportFailure(problems: [ImportProblem(file: file, line: nil, message: "cannot read the file")])
        }
        return try check(data, file: file)
    }

    static func check(_ data: Data, file: String) throws(ImportFailure) -> CSVText {
        func fail(_ line: Int?, _ message: String) -> ImportFailure {
            ImportFailure(problems: [ImportProblem(file: file, line: line, message: message)])
        }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            guard let decoded = String(data: data, encoding: .utf16) else {
                throw fail(nil, "the file says it is UTF-16 but is not valid UTF-16 text")
            }
            bytes = Array(decoded.utf8)
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw fail(nil, "the file is empty; it needs a header row naming the columns")
        }
        if let (line, reason) = firstUndecodable(bytes) {
            throw fail(line, "\(reason); save the spreadsheet as \"CSV UTF-8\"")
        }
        let scan = QuoteScan(bytes)
        if let line = scan.unclosedQuoteLine {
            throw fail(line, "a quoted field opens on this line and is never closed (unbalanced quotes)")
        }
        if let line = scan.textAfterClosingQuoteLine {
            throw fail(
                line,
                "text follows a closing quote; inside a quoted field write a quote as two quotes (\"\")")
        }
        return CSVText(
            text: String(decoding: bytes, as: UTF8.self), delimiter: scan.delimiter,
            hasLineBreaksInFields: scan.hasLineBreaksInFields)
    }

    /// The line of the first byte that is not UTF-8 text, or of a NUL byte, and why.
    static func firstUndecodable(_ bytes: [UInt8]) -> (Int, String)? {
        if String(validating: bytes, as: UTF8.self) != nil {
            if let nul = bytes.firstIndex(of: 0) {
                return (lineNumber(of: nul, in: bytes), "this line holds a NUL byte: the file is not text")
            }
            return nil
        }
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar.value == 0 {
                    return (lineNumber(of: offset, in: bytes), "this line holds a NUL byte: the file is not text")
                }
                offset += UTF8.width(scalar)
            case .emptyInput:
                return nil
            case .error:
                return (lineNumber(of: offset, in: bytes), "this line is not UTF-8 text")
            }
        }
    }

    static func lineNumber(of offset: Int, in bytes: [UInt8]) -> Int {
        var line = 1
        var index = 0
        while index < offset {
            if bytes[index] == 0x0A || (bytes[index] == 0x0D && (index + 1 >= bytes.count || bytes[index + 1] != 0x0A))
            {
                line += 1
            }
            index += 1
        }
        return line
    }
}
