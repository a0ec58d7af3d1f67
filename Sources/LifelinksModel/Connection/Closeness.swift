/// The quality of the tie, drawn as the ecomap line (Hartman).
public enum Closeness: String, PracticeTerm {
    case strong
    case moderate
    case tenuous
    case stressful
    case lost
}
