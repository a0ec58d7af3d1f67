/// One pass over a CSV file's bytes that finds the delimiter and where quoting goes wrong.
///
/// It follows RFC 4180's quoting only far enough to locate errors; the CSV
/// library does the parsing.
struct QuoteScan {
    private(set) var delimiter: UnicodeScalar = ","
    private(set) var unclosedQuoteLine: Int?
    private(set) var textAfterClosingQuoteLine: Int?
    private(set) var hasLineBreaksInFields = false

    init(_ bytes: [UInt8]) {
        delimiter = QuoteScan.headerDelimiter(bytes)
        let separator = UInt8(delimiter.value)
        let quote = UInt8(ascii: "\"")
        enum State { case fieldStart, unquoted, quoted, afterQuote }
        var state = State.fieldStart
        var line = 1
        var openedOn = 1
        var index = 0
        let count = bytes.count
        bytes.withUnsafeBufferPointer { buffer in
            while index < count {
                let byte = buffer[index]
                let isBreak = byte == 0x0A || (byte == 0x0D && (index + 1 >= count || buffer[index + 1] != 0x0A))
                switch state {
                case .fieldStart, .unquoted:
                    if byte == quote && state == .fieldStart {
                        state = .quoted
                        openedOn = line
                    } else if byte == separator || isBreak {
                        state = .fieldStart
                    } else if byte != 0x0D {
                        state = .unquoted
                    }
                case .quoted:
                    if byte == quote {
                        state = .afterQuote
                    } else if isBreak {
                        hasLineBreaksInFields = true
                    }
                case .afterQuote:
                    if byte == quote {
                        state = .quoted
                    } else if byte == separator || isBreak {
                        state = .fieldStart
                    } else if byte != 0x0D && byte != 0x20 && byte != 0x09 {
                        if textAfterClosingQuoteLine == nil { textAfterClosingQuoteLine = line }
                        state = .unquoted
                    }
                }
                if isBreak { line += 1 }
                index += 1
            }
        }
        if state == .quoted { unclosedQuoteLine = openedOn }
    }

    /// Comma, unless the header row holds more semicolons than commas (European Excel).
    static func headerDelimiter(_ bytes: [UInt8]) -> UnicodeScalar {
        var commas = 0
        var semicolons = 0
        var quoted = false
        for byte in bytes {
            if byte == UInt8(ascii: "\"") {
                quoted.toggle()
            } else if !quoted {
                if byte == 0x0A || byte == 0x0D { break }
                if byte == UInt8(ascii: ",") { commas += 1 }
                if byte == UInt8(ascii: ";") { semicolons += 1 }
            }
        }
        return semicolons > commas ? ";" : ","
    }
}
