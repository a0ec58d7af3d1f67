/// The side of the family a relative is on: the mother's, the father's, or both.
public enum FamilySide: String, PracticeTerm {
    case maternal
    case paternal
    case both
}
