/// Sex as recorded (for genogram symbols and kinship words); gender identity is kept apart, as free text.
public enum Sex: String, PracticeTerm {
    case female
    case male
    case unknown
}
