import LifelinksModel

/// The words reports and pages use for the practice's terms.
public enum ReportWords {
    public static func frequency(_ frequency: Frequency?) -> String {
        switch frequency {
        case .weekly: "Every week"
        case .fortnightly: "Every two weeks"
        case .monthly: "Every month"
        case .quarterly: "Every three months"
        case .yearly: "Once a year"
        case .birthdaysAndHolidays: "Birthdays and holidays"
        case .asNeeded: "When needed"
        case nil: "Not agreed yet"
        }
    }

    /// Who makes sure a commitment happens, by name where it is one of the network.
    public static func responsible(_ responsible: Responsible?, in network: CaseNetwork) -> String {
        switch responsible {
        case .socialWorker: network.youngPerson.socialWorker.map { "\($0) (social worker)" } ?? "The social worker"
        case .coordinator: network.youngPerson.coordinator.map { "\($0) (coordinator)" } ?? "The coordinator"
        case .carer: "The carer"
        case .youngPerson: network.youngPerson.displayName
        case .connection(let id): network.connection(id)?.name ?? "Not decided yet"
        case nil: "Not decided yet"
        }
    }

    /// How close a tie is, in everyday words.
    public static func closeness(_ closeness: Closeness?) -> String {
        switch closeness {
        case .strong: "close"
        case .moderate: "fairly close"
        case .tenuous: "not very close yet"
        case .stressful: "a difficult relationship"
        case .lost: "lost touch"
        case nil: "how close is not known yet"
        }
    }

    /// A person as the report names them: their name, and the young person's words for them.
    public static func person(_ connection: Connection) -> String {
        guard let words = connection.relationship, words != connection.name else { return connection.name }
        return "\(connection.name) (\(words))"
    }

    /// One sentence per person in the network, for a diagram's text alternative.
    public static func networkSentences(_ network: CaseNetwork) -> [String] {
        let people = network.connections.sorted { ($0.category.rawValue, $0.name) < ($1.category.rawValue, $1.name) }
        guard !people.isEmpty else { return ["\(network.youngPerson.displayName) has nobody in the network yet."] }
        return people.map { connection in
            var sentence = "\(person(connection)): \(closeness(connection.closeness))"
            if !network.disclosure.plainWords { sentence += "; \(connection.stage.title)" }
            return sentence + "."
        }
    }

    /// The text with its first letter a capital, for the start of a table cell.
    public static func capitalised(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }

    public static func count(
        _ number: Int, _ noun: String, _ plural: String? = nil
    ) -> String {
        "\(number) \(number == 1 ? noun : plural ?? noun + "s")"
    }
}
