/// Everyday British words for kin, worked out from generations rather than listed, so a great-great-uncle or
/// a third cousin twice removed needs no table entry.
enum KinWords {
    /// What someone `up` generations below a common ancestor is to someone `down` generations below it:
    /// `blood(up: 1, down: 2, …)` is an aunt or uncle. `half` marks a common ancestor shared through one
    /// parent only.
    static func blood(up: Int, down: Int, sex: Sex, half: Bool) -> String {
        let halfMark = half ? "half-" : ""
        switch (up, down) {
        case (0, 0):
            return "same person"
        case (0, let generations):
            return lineal(generations, sex, female: "mother", male: "father", either: "parent")
        case (let generations, 0):
            return lineal(generations, sex, female: "daughter", male: "son", either: "child")
        case (1, 1):
            return halfMark + pick(sex, female: "sister", male: "brother", either: "sibling")
        case (1, let generations):
            return eitherWord(halfMark + greats(generations - 2), sex, female: "aunt", male: "uncle")
        case (let generations, 1):
            return eitherWord(halfMark + greats(generations - 2), sex, female: "niece", male: "nephew")
        default:
            let cousin = ordinal(min(up, down) - 1) + " cousin"
            let removed = abs(up - down)
            let name = removed == 0 ? cousin : cousin + " " + times(removed) + " removed"
            return half ? "half " + name : name
        }
    }

    /// A word with its adoptive, step or foster qualifier: "adoptive son", "stepfather", "step-grandmother".
    static func qualified(_ word: String, by qualifier: PathReading.Qualifier) -> String {
        switch qualifier {
        case .none: word
        case .adoptive: "adoptive " + word
        case .foster: "foster " + word
        case .step: closedStepWords.contains(word) ? "step" + word : "step-" + word
        }
    }

    /// Step words written solid in British usage; the rest take a hyphen.
    private static let closedStepWords: Set<String> = [
        "mother", "father", "parent", "son", "daughter", "child", "brother", "sister", "sibling",
    ]

    static func pick(_ sex: Sex, female: String, male: String, either: String) -> String {
        switch sex {
        case .female: female
        case .male: male
        case .unknown: either
        }
    }

    /// Parent or child words `generations` apart: mother, grandmother, great-grandmother.
    private static func lineal(_ generations: Int, _ sex: Sex, female: String, male: String, either: String)
        -> String
    {
        let word = pick(sex, female: female, male: male, either: either)
        return generations == 1 ? word : greats(generations - 2) + "grand" + word
    }

    /// "aunt", "uncle", or "aunt or uncle" with the same prefix on both when the sex is not recorded.
    private static func eitherWord(_ prefix: String, _ sex: Sex, female: String, male: String) -> String {
        pick(sex, female: prefix + female, male: prefix + male, either: prefix + female + " or " + prefix + male)
    }

    /// "great-" up to three times, then "4x great-", as family historians write it.
    private static func greats(_ count: Int) -> String {
        count <= 3 ? String(repeating: "great-", count: max(count, 0)) : "\(count)x great-"
    }

    private static let ordinals = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    ]

    static func ordinal(_ number: Int) -> String {
        if number >= 1 && number <= ordinals.count { return ordinals[number - 1] }
        let suffix: String
        switch (number % 100, number % 10) {
        case (11...13, _): suffix = "th"
        case (_, 1): suffix = "st"
        case (_, 2): suffix = "nd"
        case (_, 3): suffix = "rd"
        default: suffix = "th"
        }
        return "\(number)\(suffix)"
    }

    private static let counts = ["once", "twice", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]

    /// "once", "twice", "three times" … for cousins removed.
    static func times(_ number: Int) -> String {
        switch number {
        case 1, 2: counts[number - 1]
        case 3...counts.count: counts[number - 1] + " times"
        default: "\(number) times"
        }
    }
}
