/// A GEDCOM file that was refused, with where: `FILE:LINE: message`.
///
/// Messages quote at most a tag or an xref, never a name, a note or any other value, because a
/// family tree is personal data and errors end up in logs and on screens.
public struct GedcomError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file as the caller named it.
    public var file: String
    /// 1-based line in the file; nil when the problem is with the file as a whole.
    public var line: Int?
    public var message: String

    public init(file: String, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}

/// A problem found while reading, before the file's name is attached by `GedcomReader`.
///
/// Keeping the file name out lets the decoding and parsing stages stay independent of where the bytes came from.
struct GedcomFault: Error {
    var line: Int?
    var message: String

    init(_ line: Int?, _ message: String) {
        self.line = line
        self.message = message
    }
}
