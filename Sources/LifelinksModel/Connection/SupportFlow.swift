/// Which way support flows between the young person and a connection, drawn as arrows.
public enum SupportFlow: String, PracticeTerm {
    case toYoungPerson = "to-young-person"
    case fromYoungPerson = "from-young-person"
    case both
    case none
}
