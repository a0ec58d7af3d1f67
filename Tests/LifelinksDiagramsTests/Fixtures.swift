import Foundation
import LifelinksModel

/// Small named networks for diagram tests.
enum Fixtures {
    static let youngPerson = YoungPersonCase(
        reference: "T-1", name: "Test Person", preferredName: "Tess", dateOfBirth: Day("2009-04-01")!,
        status: .inCare, referralDate: Day("2026-01-05")!,
        consent: Consent(parentalResponsibility: Day("2026-01-06")!, youngPerson: Day("2026-01-06")!))

    /// Two people: a strong tie who supports the young person, and an unassessed school contact.
    static let small = CaseNetwork(
        youngPerson: youngPerson,
        connections: [
            Connection(
                id: "nan", name: "Nan Example", relationship: "my nan", category: .family, side: .maternal,
                wishes: .wantsContact, safety: .safe, closeness: .strong, supportFlow: .toYoungPerson,
                stage: .committed, notes: "private note"),
            Connection(
                id: "club", name: "Example Boxing Club", kind: .organisation, category: .community,
                closeness: .tenuous, supportFlow: SupportFlow.none, stage: .identified),
        ])

    /// Names that try to break out of every format they are written into.
    static let hostileNames = [
        "Dan \"the man\" O'Neil",
        "<b>Nan</b>",
        "a\\\"];x[label=\"pwned",
        "\"]; <script>alert(1)</script>",
        "نور الهدى",
        "שלום עליכם",
        "Auntie 🌈 Bev 👩🏽‍🦱",
        "&amp; &lt;tag&gt; \\N \\G \\L",
        String(repeating: "Longname ", count: 33) + "End",
    ]

    /// A network with one connection per hostile name.
    static var hostile: CaseNetwork {
        CaseNetwork(
            youngPerson: youngPerson,
            connections: hostileNames.enumerated().map { index, name in
                Connection(
                    id: "h\(index)", name: name, relationship: name, category: .friend, safety: .safe,
                    closeness: .moderate, stage: .contacted, notes: name)
            })
    }

    /// An invented network of `count` people across every category, closeness and stage.
    static func large(_ count: Int) -> CaseNetwork {
        let categories = Category.allCases
        let closenesses: [Closeness?] = Closeness.allCases + [nil]
        let stages = SearchStage.allCases
        let people = (0..<count).map { index in
            let category = categories[index % categories.count]
            return Connection(
                id: String(format: "p%03d", index), name: "Person \(index) Example-Surname",
                relationship: index % 3 == 0 ? "someone I knew when I was little" : "my friend",
                category: category, side: category == .family ? (index % 2 == 0 ? .maternal : .paternal) : nil,
                safety: .safe, closeness: closenesses[index % closenesses.count],
                supportFlow: SupportFlow.allCases[index % 4], stage: stages[index % stages.count])
        }
        return CaseNetwork(youngPerson: youngPerson, connections: people)
    }
}
