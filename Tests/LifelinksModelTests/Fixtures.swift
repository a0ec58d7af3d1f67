@testable import LifelinksModel

/// Small, named values shared by the model tests. Every person here is invented.
enum Fixture {
    /// A day from `YYYY-MM-DD`; a typo in a fixture stops the run at once.
    static func day(_ text: String) -> Day {
        guard let day = Day(text) else { preconditionFailure("fixture date \(text) is not a real day") }
        return day
    }

    // MARK: - Dates of one case

    static let birth = day("2010-05-14")
    static let dayBeforeReferral = day("2026-01-11")
    static let referral = day("2026-01-12")
    static let parentalConsent = day("2026-01-20")
    static let youngPersonAgreed = day("2026-01-22")
    /// The day most proposed changes are dated.
    static let changeDay = day("2026-03-02")
    static let afterChangeDay = day("2026-04-01")

    // MARK: - Consent

    static let fullConsent = Consent(parentalResponsibility: parentalConsent, youngPerson: youngPersonAgreed)
    static let noConsent = Consent()

    // MARK: - People

    static let youngPersonName = "Tamsin Rowe"
    static let youngPersonPreferredName = "Tamsin R"

    static func youngPerson(consent: Consent = fullConsent) -> YoungPersonCase {
        YoungPersonCase(
            reference: "LL-0042", name: youngPersonName, preferredName: youngPersonPreferredName,
            dateOfBirth: birth, status: .inCare, socialWorker: "Priya Nair", coordinator: "Owen Hale",
            referralDate: referral, consent: consent)
    }

    static let connectionName = "Patricia Quill"

    /// The young person's nan, by default assessed safe and wanted, at `stage`.
    static func nan(
        stage: SearchStage = .identified, safety: Safety = .safe, wishes: Wishes = .wantsContact
    ) -> Connection {
        Connection(
            id: "nan-pat", name: connectionName, relationship: "my nan", category: .family, side: .maternal,
            foundVia: .youngPerson, wishes: wishes, safety: safety, closeness: .strong, stage: stage,
            notes: "Lives two streets from the children's home.")
    }

    /// A proposal to move the nan from `from` to `to`.
    static func proposal(
        from: SearchStage, to: SearchStage, safety: Safety = .safe, wishes: Wishes = .wantsContact,
        consent: Consent = fullConsent, date: Day = changeDay, correction: Bool = false, reason: String? = nil
    ) -> StageRules.Proposal {
        StageRules.Proposal(
            youngPerson: youngPerson(consent: consent), connection: nan(stage: from, safety: safety, wishes: wishes),
            stage: to, date: date, correction: correction, reason: reason)
    }
}

/// A small network with one person for each way of being left out of the family view.
enum MixedNetwork {
    /// Assessed safe, wanted, committed: the family sees her.
    static let nan = Connection(
        id: "nan-pat", name: "Patricia Quill", relationship: "my nan", category: .family, side: .maternal,
        foundVia: .youngPerson, wishes: .wantsContact, safety: .safe, closeness: .strong, supportFlow: .both,
        stage: .committed, stageDate: Fixture.day("2026-05-20"), notes: "Worried about Uncle Bob's visits.")
    /// Safe with conditions, found through the uncle (who is left out).
    static let cousin = Connection(
        id: "cousin-amy", name: "Amy Quill", relationship: "cousin Amy", category: .family, side: .maternal,
        foundVia: .connection("uncle-bob"), wishes: .unsure, safety: .conditional, closeness: .moderate,
        stage: .visited, stageDate: Fixture.day("2026-04-02"), notes: "Only meets in a public place.")
    /// A former foster carer found through the nan (who stays).
    static let carer = Connection(
        id: "carer-lou", name: "Louise Marsh", relationship: "Lou, my old foster carer", category: .formerCarer,
        foundVia: .connection("nan-pat"), wishes: .wantsContact, safety: .safe, closeness: .strong,
        stage: .willing, notes: nil)
    /// Assessed unsafe: left out.
    static let uncle = Connection(
        id: "uncle-bob", name: "Robert Quill", relationship: "Uncle Bob", category: .family, side: .maternal,
        foundVia: .records, wishes: .unsure, safety: .unsafe, closeness: .stressful, stage: .located,
        notes: "Police records: do not share an address.")
    /// The young person does not want contact: left out.
    static let dad = Connection(
        id: "dad", name: "Gareth Rowe", relationship: "my dad", category: .family, side: .paternal,
        foundVia: .youngPerson, wishes: .noContact, safety: .safe, closeness: .lost, stage: .identified,
        notes: "Tamsin asked that he is never told where she lives.")
    /// At do-not-contact: left out.
    static let aunt = Connection(
        id: "aunt-sue", name: "Susan Rowe", relationship: "Auntie Sue", category: .family, side: .paternal,
        foundVia: .connection("dad"), wishes: .unsure, safety: .conditional, stage: .doNotContact,
        notes: "Court order in place.")

    /// In the network's order (by id).
    static let kept = [carer, cousin, nan]
    static let removed = [aunt, dad, uncle]

    static let relations = [
        FamilyRelation(from: "nan-pat", to: "uncle-bob", kind: .parent),
        FamilyRelation(from: "uncle-bob", to: "cousin-amy", kind: .parent),
        FamilyRelation(from: "dad", to: Connection.youngPersonID, kind: .parent),
        FamilyRelation(from: "aunt-sue", to: "dad", kind: .sibling),
        FamilyRelation(from: "cousin-amy", to: "nan-pat", kind: .fosterParent),
        FamilyRelation(from: "carer-lou", to: Connection.youngPersonID, kind: .fosterParent),
        FamilyRelation(from: Connection.youngPersonID, to: "cousin-amy", kind: .halfSibling),
    ]

    static let commitments = [
        Commitment(
            connection: "nan-pat", support: .emotional, what: "Phone every Sunday", frequency: .weekly,
            responsible: .connection("uncle-bob"), startDate: Fixture.day("2026-06-01")),
        Commitment(
            connection: "nan-pat", support: .celebrations, what: "Birthday tea", frequency: .yearly,
            responsible: .socialWorker),
        Commitment(
            connection: "cousin-amy", support: .identityHistory, what: "Family photographs",
            frequency: .quarterly, responsible: .connection("nan-pat")),
        Commitment(connection: "carer-lou", support: .practical, responsible: .connection("dad")),
        Commitment(connection: "dad", support: .regularContact, frequency: .monthly, responsible: .coordinator),
        Commitment(connection: "uncle-bob", support: .holidays, responsible: .connection("nan-pat")),
    ]

    static let history = [
        StageChange(
            connection: "nan-pat", stage: .contacted, date: Fixture.day("2026-02-10"), recordedBy: "Owen Hale"),
        StageChange(
            connection: "nan-pat", stage: .located, date: Fixture.day("2026-02-12"), recordedBy: "Owen Hale",
            reason: "Recorded against Robert Quill by mistake", isCorrection: true),
        StageChange(
            connection: "cousin-amy", stage: .visited, date: Fixture.day("2026-04-02"), recordedBy: "Owen Hale",
            reason: "Met away from Gareth Rowe's house"),
        StageChange(
            connection: "uncle-bob", stage: .located, date: Fixture.day("2026-02-01"), recordedBy: "Priya Nair",
            reason: "Found through police records"),
        StageChange(
            connection: "dad", stage: .identified, date: nil, recordedBy: "Owen Hale", reason: "Named at referral"),
        StageChange(
            connection: "aunt-sue", stage: .doNotContact, date: Fixture.day("2026-03-01"), recordedBy: "Priya Nair",
            reason: "Court order"),
    ]

    static let network = CaseNetwork(
        youngPerson: Fixture.youngPerson(), connections: [aunt, carer, cousin, dad, nan, uncle],
        relations: relations, commitments: commitments, history: history)
}
