/// One thing wrong with an input file, located so a coordinator can find and fix it.
public struct ImportProblem: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    /// 1-based line in the file; nil when the problem is with the file as a whole.
    public var line: Int?
    public var column: String?
    public var message: String

    public init(file: String, line: Int?, column: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `FILE:LINE: column NAME: what is wrong`.
    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        text += ": "
        if let column { text += "column \(column): " }
        return text + message
    }
}

/// An import that was refused; nothing was written.
public struct ImportFailure: Error, Sendable, CustomStringConvertible {
    /// At most `limit` problems per file are kept; `omitted` counts the rest.
    public var problems: [ImportProblem]
    public var omitted: Int

    public static let limit = 50

    public init(problems: [ImportProblem], omitted: Int = 0) {
        self.problems = problems
        self.omitted = omitted
    }

    public var description: String {
        var lines = problems.map(\.description)
        if omitted > 0 { lines.append("… and \(omitted) more problems") }
        lines.append("Nothing was imported; the database is unchanged.")
        return lines.joined(separator: "\n")
    }
}

/// Collects problems for one file, keeping the first `ImportFailure.limit`.
struct ProblemList {
    let file: String
    private(set) var kept: [ImportProblem] = []
    private(set) var omitted = 0

    init(file: String) { self.file = file }

    var isEmpty: Bool { kept.isEmpty }
    var total: Int { kept.count + omitted }
    var isFull: Bool { kept.count >= ImportFailure.limit }

    mutating func add(line: Int?, column: String? = nil, _ message: String) {
        if isFull {
            omitted += 1
        } else {
            kept.append(ImportProblem(file: file, line: line, column: column, message: message))
        }
    }
}
