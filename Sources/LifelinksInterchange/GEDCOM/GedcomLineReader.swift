/// One GEDCOM line, `LEVEL [@XREF@] TAG [VALUE]`, as offsets into the decoded bytes.
///
/// Offsets rather than strings: most lines are read past, so most values never become Strings.
struct GedcomLine {
    /// 1-based physical line number in the file.
    var number: Int
    var level: Int
    /// The xref between its `@`s, when the line has one.
    var xref: Range<Int>?
    var tag: GedcomTagCode
    /// Everything after the one space that follows the tag; empty when there is no value.
    var value: Range<Int>
}

/// Splits UTF-8 bytes into GEDCOM lines and checks each line's syntax.
///
/// Accepts CR, LF, CRLF and LF-CR line ends, leading spaces or tabs (indented files), runs of spaces
/// between fields, and blank lines (skipped). Refuses what cannot be a GEDCOM line: no level number,
/// no tag, an unclosed xref, a tag with characters no tag has, or a NUL byte.
struct GedcomLineReader {
    let bytes: [UInt8]
    private var position = 0
    /// The number of the line most recently read (including blank lines).
    private(set) var lineNumber = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The next non-blank line, or nil at the end of the bytes.
    mutating func next() throws(GedcomFault) -> GedcomLine? {
        while position < bytes.count {
            lineNumber += 1
            let start = position
            let end = Self.lineEnd(bytes, from: start)
            if end < bytes.count, bytes[end] == 0 {
                throw GedcomFault(lineNumber, "this line holds a NUL byte: the file is not text")
            }
            position = end
            if end < bytes.count {
                let terminator = bytes[end]
                position += 1
                if position < bytes.count, bytes[position] == 0x0A || bytes[position] == 0x0D,
                    bytes[position] != terminator
                {
                    position += 1  // CRLF or LF-CR: one line end, not two
                }
            }
            if let line = try parse(start, end) { return line }
        }
        return nil
    }

    /// The index of the first CR, LF or NUL at or after `start` (or the end): the one loop that sees every
    /// byte, so it runs on a raw buffer without bounds checks.
    private static func lineEnd(_ bytes: [UInt8], from start: Int) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            var end = start
            while end < buffer.count {
                let byte = buffer[end]
                if byte <= 0x0D, byte == 0x0A || byte == 0x0D || byte == 0 { break }
                end += 1
            }
            return end
        }
    }

    private func isDelimiter(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

    private func parse(_ start: Int, _ end: Int) throws(GedcomFault) -> GedcomLine? {
        var index = start
        while index < end, isDelimiter(bytes[index]) || bytes[index] == 0x1A { index += 1 }
        if index == end { return nil }

        var level = 0
        let digitsStart = index
        while index < end, bytes[index] >= 0x30, bytes[index] <= 0x39 {
            level = level * 10 + Int(bytes[index] - 0x30)
            index += 1
            if index - digitsStart > 4 { throw GedcomFault(lineNumber, "the level number is too large") }
        }
        if index == digitsStart { throw GedcomFault(lineNumber, "this line does not begin with a level number") }
        if index == end { throw GedcomFault(lineNumber, "this line has a level number but no tag") }
        if !isDelimiter(bytes[index]) {
            throw GedcomFault(lineNumber, "the level number is not followed by a space")
        }
        while index < end, isDelimiter(bytes[index]) { index += 1 }

        var xref: Range<Int>?
        if index < end, bytes[index] == 0x40 {
            var close = index + 1
            while close < end, bytes[close] != 0x40 { close += 1 }
            if close == end { throw GedcomFault(lineNumber, "a cross-reference id opened with @ is not closed") }
            if close == index + 1 { throw GedcomFault(lineNumber, "the cross-reference id is empty (@@)") }
            xref = index + 1..<close
            index = close + 1
            if index == end { throw GedcomFault(lineNumber, "this line has a cross-reference id but no tag") }
            if !isDelimiter(bytes[index]) {
                throw GedcomFault(lineNumber, "the cross-reference id is not followed by a space")
            }
            while index < end, isDelimiter(bytes[index]) { index += 1 }
        }
        if index == end { throw GedcomFault(lineNumber, "this line has a level number but no tag") }

        let tagStart = index
        while index < end, !isDelimiter(bytes[index]) {
            let byte = bytes[index]
            let isTagCharacter =
                (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
                || byte == 0x5F
            if !isTagCharacter {
                throw GedcomFault(lineNumber, "the tag holds characters a GEDCOM tag cannot have")
            }
            index += 1
        }
        let tag = GedcomTagCode(bytes[tagStart..<index])
        let valueStart = index < end ? index + 1 : end
        return GedcomLine(number: lineNumber, level: level, xref: xref, tag: tag, value: valueStart..<end)
    }
}
