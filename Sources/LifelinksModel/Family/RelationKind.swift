/// A family tie between two people in a case (either may be the young person).
public enum RelationKind: String, PracticeTerm {
    /// `from` is the birth parent of `to`.
    case parent
    case adoptiveParent = "adoptive-parent"
    case stepParent = "step-parent"
    case fosterParent = "foster-parent"
    case partner
    case exPartner = "ex-partner"
    case sibling
    case halfSibling = "half-sibling"
    case stepSibling = "step-sibling"
    /// Married, and still together.
    case spouse
    case separated
    case divorced
    /// Not family: the two know each other (friends, a teacher who knows a carer), for network measures.
    case knows

    /// Partner, sibling and knowing ties read the same both ways.
    public var isSymmetric: Bool {
        switch self {
        case .partner, .exPartner, .sibling, .halfSibling, .stepSibling, .spouse, .separated, .divorced, .knows: true
        case .parent, .adoptiveParent, .stepParent, .fosterParent: false
        }
    }
}
