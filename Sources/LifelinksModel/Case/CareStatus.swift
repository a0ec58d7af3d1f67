/// Whether the young person is still looked after or has left care.
public enum CareStatus: String, PracticeTerm {
    case inCare = "in-care"
    case careLeaver = "care-leaver"
}
