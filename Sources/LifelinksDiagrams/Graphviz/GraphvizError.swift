/// A failure inside Graphviz, with what Graphviz said (which never holds labels: nodes are named by safe ids).
public struct GraphvizError: Error, Sendable, CustomStringConvertible {
    public var operation: String
    public var messages: [String]

    public var description: String {
        let said = messages.isEmpty ? "" : ": " + messages.joined(separator: "; ")
        return "Graphviz could not \(operation)\(said)"
    }
}
