/// How often a commitment is kept.
public enum Frequency: String, PracticeTerm {
    case weekly
    case fortnightly
    case monthly
    case quarterly
    case yearly
    case birthdaysAndHolidays = "birthdays-and-holidays"
    case asNeeded = "as-needed"
}
