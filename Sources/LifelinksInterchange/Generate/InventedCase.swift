import LifelinksModel

/// One invented young person and their network, as spreadsheet rows.
struct InventedCase {
    struct Row {
        let file: SpreadsheetFile
        let fields: [String]
    }

    struct Person {
        var id: String
        var name: String
        var relationship: String
        var category: Category
        var side: FamilySide?
        var kind: ConnectionKind = .person
    }

    let reference: String
    let surname: String
    let dateOfBirth: Day
    let referral: Day
    let consent: Day?
    let conference: Day?
    let planAgreed: Day?
    let today = CohortGenerator.referenceDay

    init(index: Int, random: inout SeededRandom) {
        reference = "GEN-" + String(repeating: "0", count: max(0, 6 - String(index).count)) + String(index)
        surname = random.pick(InventedNames.family)
        let age = Int.random(in: 5_800...7_500, using: &random)
        dateOfBirth = today.adding(days: -age)
        let earliest = max(age - 5_750, 1)
        referral = today.adding(days: -Int.random(in: 1...min(earliest + 30, 700), using: &random))
        consent = random.chance(0.93) ? referral.adding(days: Int.random(in: 0...14, using: &random)) : nil
        let daysIn = today.days(since: referral)
        conference =
            consent != nil && daysIn > 120 && random.chance(0.7)
            ? referral.adding(days: Int.random(in: 100...min(daysIn, 300), using: &random)) : nil
        if let fgc = conference, random.chance(0.85) {
            planAgreed = min(fgc.adding(days: Int.random(in: 3...40, using: &random)), CohortGenerator.referenceDay)
        } else {
            planAgreed = nil
        }
    }

    mutating func rows(_ random: inout SeededRandom) -> [Row] {
        let given = random.pick(InventedNames.given)
        let worker = "\(random.pick(InventedNames.given)) \(random.pick(InventedNames.family))"
        let coordinator = "\(random.pick(InventedNames.given)) \(random.pick(InventedNames.family))"
        let age = today.years(since: dateOfBirth)
        var rows = [
            Row(
                file: .cases,
                fields: [
                    reference, "\(given) \(surname)", random.chance(0.3) ? String(given.prefix(3)) : "",
                    dateOfBirth.description, age >= 18 ? "care-leaver" : "in-care", worker, coordinator,
                    referral.description, consent?.description ?? "", consent?.description ?? "", "",
                    conference?.description ?? "", planAgreed?.description ?? "",
                    (planAgreed ?? conference)?.adding(days: 180).description ?? "",
                ])
        ]
        var people: [Person] = []
        var relations: [(String, String, RelationKind)] = []
        func family(_ id: String, _ relationship: String, _ side: FamilySide?, surname: String) {
            people.append(
                Person(
                    id: id, name: "\(random.pick(InventedNames.given)) \(surname)", relationship: relationship,
                    category: .family, side: side))
        }
        let fatherSurname = random.pick(InventedNames.family)
        family("mum", "my mum", .maternal, surname: surname)
        family("dad", "my dad", .paternal, surname: fatherSurname)
        relations += [("mum", Connection.youngPersonID, .parent), ("dad", Connection.youngPersonID, .parent)]
        for (side, parent, name) in [(FamilySide.maternal, "mum", surname), (.paternal, "dad", fatherSurname)] {
            let prefix = side == .maternal ? "m" : "p"
            family("\(prefix)-nan", "my nan", side, surname: name)
            family("\(prefix)-grandad", "my grandad", side, surname: name)
            relations += [("\(prefix)-nan", parent, .parent), ("\(prefix)-grandad", parent, .parent)]
            for aunt in 1...Int.random(in: 1...6, using: &random) {
                let id = "\(prefix)-aunt-\(aunt)"
                family(id, random.chance(0.5) ? "my aunt" : "my uncle", side, surname: name)
                relations += [("\(prefix)-nan", id, .parent), ("\(prefix)-grandad", id, .parent)]
                for cousin in 0..<Int.random(in: 0...6, using: &random) {
                    let cousinID = "\(id)-cousin-\(cousin + 1)"
                    family(cousinID, "my cousin", side, surname: name)
                    relations.append((id, cousinID, .parent))
                }
            }
        }
        for sibling in 0..<Int.random(in: 0...6, using: &random) {
            let id = "sibling-\(sibling + 1)"
            let half = random.chance(0.4)
            family(id, half ? "my half-brother or sister" : "my brother or sister", .both, surname: surname)
            relations.append((id, Connection.youngPersonID, half ? .halfSibling : .sibling))
        }
        let others: [(Category, String, Int)] = [
            (.formerCarer, "foster carer I lived with", Int.random(in: 1...6, using: &random)),
            (.education, "teacher at school", Int.random(in: 0...5, using: &random)),
            (.friend, "my friend", Int.random(in: 0...10, using: &random)),
            (.familyFriend, "friend of the family", Int.random(in: 0...6, using: &random)),
            (.neighbour, "old neighbour", Int.random(in: 0...4, using: &random)),
            (.community, "club I go to", Int.random(in: 0...4, using: &random)),
            (.professional, "worker who helped me", Int.random(in: 0...5, using: &random)),
        ]
        for (category, relationship, count) in others where count > 0 {
            for number in 1...count {
                var person = Person(
                    id: "\(category.rawValue)-\(number)",
                    name: "\(random.pick(InventedNames.given)) \(random.pick(InventedNames.family))",
                    relationship: relationship, category: category, side: nil)
                if category == .community {
                    person.kind = .organisation
                    person.name =
                        "\(random.pick(InventedNames.family)) Street \(random.pick(["Boxing Club", "Youth Club", "Football Club", "Community Centre", "Church", "Mosque"]))"
                }
                people.append(person)
            }
        }
        // Some of the young person's people know each other: friends, carers and the school.
        let nonFamily = people.filter { $0.category != .family }.map(\.id)
        if nonFamily.count > 1 {
            for _ in 0..<Int.random(in: 0...nonFamily.count, using: &random) {
                let a = random.pick(nonFamily)
                let b = random.pick(nonFamily)
                if a != b { relations.append((a, b, .knows)) }
            }
        }
        var committed: [String] = []
        for person in people {
            let (stage, safety, wishes) = journey(&random)
            if stage == .committed { committed.append(person.id) }
            let closeness = random.weighted([
                ("strong", 2.0), ("moderate", 3.0), ("tenuous", 2.0), ("stressful", 0.6), ("lost", 1.0), ("", 0.8),
            ])
            let flow = random.weighted([
                ("to-young-person", 3.0), ("both", 2.0), ("from-young-person", 0.3), ("none", 1.0),
            ])
            let stageDate = min(
                referral.adding(days: Int.random(in: 0...max(today.days(since: referral), 1), using: &random)), today)
            rows.append(
                Row(
                    file: .connections,
                    fields: [
                        reference, person.id, person.name, person.kind.rawValue, person.relationship,
                        person.category.rawValue, person.side?.rawValue ?? "",
                        random.pick(["young-person", "records", "genealogy", "professional", "mum"])
                            .replacingOccurrences(
                                of: "mum", with: person.id == "mum" ? "records" : "mum"),
                        wishes.rawValue, safety.rawValue, closeness, flow, stage.rawValue, stageDate.description,
                        random.chance(0.15) ? "Spoke on the phone; follow up after half term." : "",
                        "", "", "", "",
                    ]))
        }
        // Visits and calls with committed people since the plan began, and attempts to reach others.
        for id in committed {
            guard let start = planAgreed ?? conference, start < today else { continue }
            for _ in 0..<Int.random(in: 0...3, using: &random) {
                let date = start.adding(days: Int.random(in: 0...max(today.days(since: start), 1), using: &random))
                rows.append(
                    Row(
                        file: .history,
                        fields: [
                            reference, id, min(date, today).description, random.pick(["visit", "call"]), "",
                            coordinator, "",
                        ]))
            }
        }
        for person in people.prefix(3) where random.chance(0.3) {
            rows.append(
                Row(
                    file: .history,
                    fields: [
                        reference, person.id, min(referral.adding(days: 7), today).description, "attempt", "",
                        coordinator, "Left a message.",
                    ]))
        }
        for (from, to, kind) in relations {
            rows.append(Row(file: .relations, fields: [reference, from, to, kind.rawValue]))
        }
        let supports = SupportKind.allCases
        for id in committed {
            for support in Set((0..<Int.random(in: 1...2, using: &random)).map { _ in random.pick(supports) }).sorted(
                by: { $0.rawValue < $1.rawValue })
            {
                rows.append(
                    Row(
                        file: .commitments,
                        fields: [
                            reference, id, support.rawValue, "Keep in touch and help with \(support.title)",
                            random.pick(Frequency.allCases).rawValue,
                            random.chance(0.9)
                                ? random.pick(["social-worker", "coordinator", "carer", "young-person"]) : "",
                            (planAgreed ?? conference ?? today).description,
                        ]))
            }
        }
        rows += reviews(of: committed, &random)
        return rows
    }

    /// A review six months after the plan began, when that day has come: an outcome for each committed person.
    func reviews(of committed: [String], _ random: inout SeededRandom) -> [Row] {
        guard let start = planAgreed ?? conference, start.adding(days: 180) <= today else { return [] }
        let date = start.adding(days: 180).description
        return committed.map { id in
            let outcome = random.weighted([("kept", 5.0), ("partly-kept", 2.5), ("not-kept", 1.5)])
            return Row(file: .reviews, fields: [reference, id, date, outcome, "Reviewing officer", ""])
        }
    }

    /// A stage consistent with the case's progress and the safety and wishes gates.
    func journey(_ random: inout SeededRandom) -> (SearchStage, Safety, Wishes) {
        let wishes = random.weighted([(Wishes.wantsContact, 6.0), (.unsure, 3.0), (.noContact, 0.5)])
        if wishes == .noContact || consent == nil {
            return (
                random.pick([.identified, .searching, .located]), random.pick([.unassessed, .unsafe, .safe]), wishes
            )
        }
        let safety = random.weighted([(Safety.safe, 6.0), (.conditional, 1.5), (.unassessed, 2.0), (.unsafe, 0.4)])
        guard safety.allowsContact else {
            return (
                safety == .unsafe && random.chance(0.5)
                    ? .doNotContact : random.pick([.identified, .searching, .located]), safety, wishes
            )
        }
        if conference != nil {
            return (
                random.weighted([
                    (.committed, 4.0), (.attended, 2.0), (.declined, 1.0), (.notFound, 0.6), (.willing, 1.0),
                    (.deceased, 0.2),
                ]), safety, wishes
            )
        }
        return (
            random.weighted([
                (.identified, 2.0), (.searching, 2.0), (.located, 2.0), (.contacted, 2.0), (.visited, 1.5),
                (.willing, 1.0), (.invited, 0.5), (.notFound, 0.3),
            ]), safety, wishes
        )
    }
}
