/// The young person's wishes about contact with a connection; `noContact` is a gate.
public enum Wishes: String, PracticeTerm {
    case wantsContact = "wants-contact"
    case unsure
    case noContact = "no-contact"
}
