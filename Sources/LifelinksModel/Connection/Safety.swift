/// The safety assessment of a connection; unassessed and unsafe are gates.
public enum Safety: String, PracticeTerm {
    case unassessed
    case safe
    case conditional
    case unsafe

    /// Contact may go ahead only after an assessment that found it safe, or safe with conditions.
    public var allowsContact: Bool { self == .safe || self == .conditional }
}
