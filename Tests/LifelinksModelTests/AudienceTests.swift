import Testing

@testable import LifelinksModel

@Suite("Audience")
struct AudienceTests {
    let network = MixedNetwork.network
    var family: CaseNetwork { Audience.family.view(of: network) }

    // MARK: - Professional

    @Test("the professional view is the whole network, unchanged")
    func professionalSeesEverything() {
        #expect(Audience.professional.view(of: network) == network)
        let emptyNetwork = CaseNetwork(youngPerson: Fixture.youngPerson())
        #expect(Audience.professional.view(of: emptyNetwork) == emptyNetwork)
    }

    // MARK: - Who the family sees

    @Test("the family view leaves out anyone unsafe, unwanted or at do-not-contact")
    func familyLeavesOutGatedPeople() {
        #expect(family.connections.map(\.id) == ["carer-lou", "cousin-amy", "nan-pat"])
    }

    @Test(
        "one gate is enough to be left out",
        arguments: [
            (Safety.unsafe, Wishes.wantsContact, SearchStage.committed),
            (.safe, .noContact, .committed),
            (.safe, .wantsContact, .doNotContact),
            (.unsafe, .noContact, .doNotContact),
            (.conditional, .noContact, .identified),
            (.unassessed, .unsure, .doNotContact),
        ])
    func oneGateIsEnough(safety: Safety, wishes: Wishes, stage: SearchStage) {
        let person = Fixture.nan(stage: stage, safety: safety, wishes: wishes)
        let view = Audience.family.view(of: CaseNetwork(youngPerson: Fixture.youngPerson(), connections: [person]))
        #expect(view.connections.isEmpty)
    }

    @Test(
        "anyone else stays, at any other stage",
        arguments: [
            (Safety.safe, Wishes.wantsContact), (.safe, .unsure), (.conditional, .wantsContact),
            (.conditional, .unsure),
        ],
        SearchStage.allCases.filter { $0 != .doNotContact })
    func everyoneElseStays(gate: (Safety, Wishes), stage: SearchStage) {
        let (safety, wishes) = gate
        let person = Fixture.nan(stage: stage, safety: safety, wishes: wishes)
        let view = Audience.family.view(of: CaseNetwork(youngPerson: Fixture.youngPerson(), connections: [person]))
        var expected = person
        expected.notes = nil
        expected.born = nil
        expected.safety = .safe  // only people safe to contact are shown, and no assessment is
        #expect(view.connections == [expected])
    }

    @Test("everyone kept is unchanged apart from notes and a found-via pointing at someone left out")
    func keptPeopleUnchanged() {
        var nan = MixedNetwork.nan
        nan.notes = nil
        var cousin = MixedNetwork.cousin
        cousin.notes = nil
        cousin.foundVia = nil  // found through the uncle, who is left out
        var carer = MixedNetwork.carer  // found through the nan, who stays
        nan.safety = .safe
        cousin.safety = .safe
        carer.safety = .safe
        #expect(family.connections == [carer, cousin, nan])
        #expect(family.connections.allSatisfy { $0.notes == nil && $0.contact == nil && $0.born == nil })
    }

    @Test("the family sees the young person's age but not their birthday, and a name for the case reference")
    func youngPersonWithheld() {
        let today = Day(year: 2026, month: 11, day: 26)!
        let view = Audience.family.view(of: network, on: today)
        #expect(view.youngPerson.reference == network.youngPerson.displayName)
        #expect(view.youngPerson.age(on: today) == network.youngPerson.age(on: today))
        #expect(view.youngPerson.dateOfBirth != network.youngPerson.dateOfBirth)
        #expect(view.youngPerson.dateOfBirth.month == 11 && view.youngPerson.dateOfBirth.day == 26)
        var rest = view.youngPerson
        rest.reference = network.youngPerson.reference
        rest.dateOfBirth = network.youngPerson.dateOfBirth
        #expect(rest == network.youngPerson)
        #expect(view.disclosure == Audience.family.disclosure)
    }

    @Test("the age is kept on every day of a leap year, birthdays on 29 February included", arguments: 0..<366)
    func ageKeptEveryDay(offset: Int) {
        let today = Day(year: 2028, month: 1, day: 1)!.adding(days: offset)
        for birth in ["2012-02-29", "2010-03-01", "2011-12-31", "2009-06-15"] {
            var youngPerson = network.youngPerson
            youngPerson.dateOfBirth = Day(birth)!
            var sample = network
            sample.youngPerson = youngPerson
            for audience in [Audience.family, .youngPerson] {
                #expect(
                    audience.view(of: sample, on: today).youngPerson.age(on: today) == youngPerson.age(on: today),
                    "\(birth) on \(today)")
            }
        }
    }

    // MARK: - The social worker and the young person

    @Test("the social worker sees everyone and every assessment, but none of the coordinator's private notes")
    func socialWorker() {
        let view = Audience.socialWorker.view(of: network)
        #expect(view.connections.map(\.id) == network.connections.map(\.id))
        #expect(view.connections.map(\.safety) == network.connections.map(\.safety))
        #expect(view.connections.allSatisfy { $0.notes == nil })
        #expect(view.events.allSatisfy { $0.kind != .note && $0.note == nil })
        #expect(view.history.map(\.reason) == network.history.map(\.reason))
        #expect(view.youngPerson == network.youngPerson)
        #expect(view.relations == network.relations && view.commitments == network.commitments)
    }

    @Test("the young person sees what the family sees, each person described in words")
    func youngPersonView() {
        let today = Day(year: 2026, month: 11, day: 26)!
        let view = Audience.youngPerson.view(of: network, on: today)
        let family = Audience.family.view(of: network, on: today)
        #expect(view.connections.map(\.id) == family.connections.map(\.id))
        #expect(view.connections.allSatisfy { $0.relationship != nil })
        for (seen, shared) in zip(view.connections, family.connections) {
            #expect(seen.relationship == (shared.relationship ?? shared.category.title))
        }
        #expect(view.disclosure.plainWords && !view.disclosure.safety)
        #expect(view.youngPerson == family.youngPerson)
    }

    @Test("what each audience is told, in one table")
    func disclosures() {
        let rows = Audience.allCases.map { audience -> [Bool] in
            let rule = audience.disclosure
            return [
                rule.gatedPeople, rule.privateNotes, rule.reasons, rule.safety, rule.contactDetails, rule.datesOfBirth,
                rule.caseReference, rule.gaps, rule.plainWords,
            ]
        }
        #expect(
            rows == [
                [true, true, true, true, true, true, true, true, false],
                [true, false, true, true, true, true, true, true, false],
                [false, false, false, false, false, false, false, false, false],
                [false, false, false, false, false, false, false, false, true],
            ])
    }

    @Test("found-via is cleared only when it points at someone left out")
    func foundVia() {
        let found = Dictionary(uniqueKeysWithValues: family.connections.map { ($0.id, $0.foundVia) })
        #expect(found["nan-pat"] == .some(.youngPerson))
        #expect(found["carer-lou"] == .some(.connection("nan-pat")))
        #expect(found["cousin-amy"] == .some(nil))
    }

    @Test("relations touching anyone left out are gone; the rest stay, in order")
    func relations() {
        #expect(
            family.relations == [
                FamilyRelation(from: "cousin-amy", to: "nan-pat", kind: .fosterParent),
                FamilyRelation(from: "carer-lou", to: Connection.youngPersonID, kind: .fosterParent),
                FamilyRelation(from: Connection.youngPersonID, to: "cousin-amy", kind: .halfSibling),
            ])
    }

    @Test("commitments of anyone left out are gone; a responsible person left out is cleared")
    func commitments() {
        var nanEmotional = MixedNetwork.commitments[0]
        nanEmotional.responsible = nil  // was the uncle
        var carerPractical = MixedNetwork.commitments[3]
        carerPractical.responsible = nil  // was the dad
        #expect(
            family.commitments == [
                nanEmotional, MixedNetwork.commitments[1], MixedNetwork.commitments[2], carerPractical,
            ])
    }

    @Test("history keeps only people the family sees, and never the reason")
    func history() {
        #expect(
            family.history.map { [$0.connection, $0.stage.rawValue, $0.date?.description ?? "-", $0.recordedBy] }
                == [
                    ["nan-pat", "contacted", "2026-02-10", "Owen Hale"],
                    ["nan-pat", "located", "2026-02-12", "Owen Hale"],
                    ["cousin-amy", "visited", "2026-04-02", "Owen Hale"],
                ])
        #expect(family.history.allSatisfy { $0.reason == nil })
    }

    @Test("a correction in the history is still shown as a correction")
    func historyKeepsCorrectionFlag() {
        #expect(family.history.map(\.isCorrection) == [false, true, false])
    }

    @Test("nothing written about or naming someone left out survives")
    func nothingLeaks() {
        let text = String(describing: family)
        for person in MixedNetwork.removed {
            #expect(!text.contains(person.name), "\(person.name)")
            #expect(!text.contains(person.id), "\(person.id)")
        }
        for connection in MixedNetwork.network.connections {
            if let notes = connection.notes { #expect(!text.contains(notes)) }
        }
        for change in MixedNetwork.history {
            if let reason = change.reason { #expect(!text.contains(reason)) }
        }
    }

    @Test("the family view of the family view is the family view")
    func idempotent() {
        #expect(Audience.family.view(of: family) == family)
    }

    /// DESIGN.md: "A person whose safety is not assessed, who is assessed unsafe, or whom the
    /// young person does not want contacted must never be moved to contacted or beyond, invited,
    /// or shown in an output meant for the family."
    @Test("someone whose safety is not assessed is not shown to the family")
    func unassessedHiddenFromFamily() {
        let person = Fixture.nan(stage: .located, safety: .unassessed, wishes: .wantsContact)
        let view = Audience.family.view(of: CaseNetwork(youngPerson: Fixture.youngPerson(), connections: [person]))
        #expect(view.connections.isEmpty)
    }

    // MARK: - Many pseudo-random networks

    /// Whether the family may see a connection, as the Audience documentation states it.
    private static func familyMaySee(_ connection: Connection) -> Bool {
        !(connection.safety == .unsafe || connection.safety == .unassessed || connection.wishes == .noContact
            || connection.stage == .doNotContact)
    }

    @Test("for many random networks the family view leaks nothing and is stable", arguments: 0..<300)
    func randomNetworks(seed: Int) {
        var random = SplitMix64(seed: UInt64(seed))
        let network = RandomNetwork.make(using: &random)
        let view = Audience.family.view(of: network)
        let removed = network.connections.filter { !Self.familyMaySee($0) }
        let keptIDs = Set(network.connections.filter(Self.familyMaySee).map(\.id)).union([Connection.youngPersonID])

        let text = String(describing: view)
        for person in removed {
            #expect(!text.contains(person.id), "seed \(seed): \(person.id) leaked")
            #expect(!text.contains(person.name), "seed \(seed): \(person.name) leaked")
        }
        #expect(Audience.family.view(of: view) == view, "seed \(seed)")
        #expect(Audience.professional.view(of: network) == network)

        // The whole view, rebuilt plainly.
        #expect(view.youngPerson.name == network.youngPerson.name)
        #expect(view.youngPerson.reference == network.youngPerson.displayName)
        let expectedConnections = network.connections.filter(Self.familyMaySee).map { connection in
            var shown = connection
            shown.notes = nil
            shown.born = nil
            shown.contact = nil
            shown.safety = .safe

            if case .connection(let via) = connection.foundVia, !keptIDs.contains(via) { shown.foundVia = nil }
            return shown
        }
        #expect(view.connections == expectedConnections, "seed \(seed)")
        #expect(
            view.relations == network.relations.filter { keptIDs.contains($0.from) && keptIDs.contains($0.to) })
        let expectedCommitments = network.commitments.filter { keptIDs.contains($0.connection) }.map { commitment in
            var shown = commitment
            if case .connection(let id) = commitment.responsible, !keptIDs.contains(id) { shown.responsible = nil }
            return shown
        }
        #expect(view.commitments == expectedCommitments, "seed \(seed)")
        #expect(view.history.map(\.connection) == network.history.map(\.connection).filter(keptIDs.contains))
        #expect(view.history.allSatisfy { $0.reason == nil })
    }

    @Test("the random networks exercise every way of being left out")
    func randomNetworksAreVaried() {
        var unsafe = 0
        var unwanted = 0
        var doNotContact = 0
        var kept = 0
        var pointers = 0
        for seed in 0..<300 {
            var random = SplitMix64(seed: UInt64(seed))
            let network = RandomNetwork.make(using: &random)
            unsafe += network.connections.filter { $0.safety == .unsafe }.count
            unwanted += network.connections.filter { $0.wishes == .noContact }.count
            doNotContact += network.connections.filter { $0.stage == .doNotContact }.count
            kept += network.connections.filter(Self.familyMaySee).count
            pointers +=
                network.connections.filter {
                    if case .connection = $0.foundVia { true } else { false }
                }.count
        }
        #expect(unsafe > 100)
        #expect(unwanted > 100)
        #expect(doNotContact > 50)
        #expect(kept > 500)
        #expect(pointers > 300)
    }
}

/// Invented networks where every id and name is a distinct token, so a leak can be searched for.
enum RandomNetwork {
    static func make(using random: inout SplitMix64) -> CaseNetwork {
        let count = Int.random(in: 0...14, using: &random)
        let ids = (0..<count).map { "zq\(twoDigits($0))" }
        let names = (0..<count).map { "Given\(twoDigits($0)) Surnamex\(twoDigits($0))" }
        let pointable = ids + [Connection.youngPersonID, "zq99"]

        let connections = (0..<count).map { index in
            let foundVia: FoundVia? =
                switch Int.random(in: 0..<6, using: &random) {
                case 0: nil
                case 1: .youngPerson
                case 2: .records
                default: .connection(pointable.randomElement(using: &random)!)
                }
            let other = names.randomElement(using: &random)!
            return Connection(
                id: ids[index], name: names[index],
                relationship: ["my nan", "old teacher", nil].randomElement(using: &random)!,
                category: Category.allCases.randomElement(using: &random)!, foundVia: foundVia,
                wishes: Wishes.allCases.randomElement(using: &random)!,
                safety: Safety.allCases.randomElement(using: &random)!,
                stage: SearchStage.allCases.randomElement(using: &random)!,
                notes: Bool.random(using: &random) ? "Talked to \(other) about them" : nil)
        }

        let relations: [FamilyRelation] =
            count == 0
            ? []
            : (0..<Int.random(in: 0...(2 * count), using: &random)).map { _ in
                FamilyRelation(
                    from: (ids + [Connection.youngPersonID]).randomElement(using: &random)!,
                    to: (ids + [Connection.youngPersonID]).randomElement(using: &random)!,
                    kind: RelationKind.allCases.randomElement(using: &random)!)
            }

        let commitments: [Commitment] =
            count == 0
            ? []
            : (0..<Int.random(in: 0...count, using: &random)).map { _ in
                let responsible: Responsible? =
                    switch Int.random(in: 0..<5, using: &random) {
                    case 0: nil
                    case 1: .socialWorker
                    case 2: .carer
                    default: .connection(pointable.randomElement(using: &random)!)
                    }
                return Commitment(
                    connection: ids.randomElement(using: &random)!,
                    support: SupportKind.allCases.randomElement(using: &random)!,
                    what: ["Phone on Sundays", "Birthday cards", nil].randomElement(using: &random)!,
                    frequency: Frequency.allCases.randomElement(using: &random), responsible: responsible)
            }

        let history: [StageChange] = ids.flatMap { id in
            (0..<Int.random(in: 0...3, using: &random)).map { _ in
                let other = names.randomElement(using: &random)!
                let isCorrection = Bool.random(using: &random)
                return StageChange(
                    connection: id, stage: SearchStage.allCases.randomElement(using: &random)!,
                    date: Fixture.changeDay.adding(days: Int.random(in: 0..<100, using: &random)),
                    recordedBy: "Owen Hale", reason: isCorrection ? "Mixed up with \(other)" : nil,
                    isCorrection: isCorrection)
            }
        }

        return CaseNetwork(
            youngPerson: Fixture.youngPerson(), connections: connections, relations: relations,
            commitments: commitments, history: history)
    }

    private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
