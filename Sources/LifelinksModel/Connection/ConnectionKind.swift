/// A connection is a person, or an organisation such as a community group.
public enum ConnectionKind: String, PracticeTerm {
    case person
    case organisation
}
