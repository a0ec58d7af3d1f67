import Testing

@testable import LifelinksModel

/// A case with a plan that has no gaps on `GapFixture.today`; each test breaks one thing.
enum GapFixture {
    static let today = Day("2026-06-01")!

    static func day(_ text: String) -> Day { Day(text)! }

    static var clean: CaseNetwork {
        let youngPerson = YoungPersonCase(
            reference: "G-1", name: "Gap Test", dateOfBirth: day("2010-01-01"), status: .inCare,
            referralDate: day("2026-01-10"),
            consent: Consent(parentalResponsibility: day("2026-01-12"), youngPerson: day("2026-01-12")),
            conferenceDate: day("2026-04-01"), planAgreedDate: day("2026-04-15"), nextReviewDate: day("2026-07-01"))
        func person(_ id: String, _ category: Category, _ side: FamilySide?) -> Connection {
            Connection(
                id: id, name: "Name \(id)", category: category, side: side, wishes: .wantsContact, safety: .safe,
                closeness: .strong, stage: .committed, stageDate: day("2026-04-15"))
        }
        var history: [StageChange] = []
        for id in ["nan", "uncle", "teacher"] {
            history += [
                StageChange(connection: id, stage: .identified, date: day("2026-01-10"), recordedBy: "c"),
                StageChange(connection: id, stage: .contacted, date: day("2026-02-01"), recordedBy: "c"),
                StageChange(connection: id, stage: .committed, date: day("2026-04-15"), recordedBy: "c"),
            ]
        }
        // The family tree: mum and her sister are nan's daughters; dad and uncle are grandad's sons.
        func relative(_ id: String, _ sex: Sex) -> Connection {
            Connection(
                id: id, name: "Name \(id)", category: .family, wishes: .wantsContact, safety: .safe, stage: .attended,
                stageDate: day("2026-04-01"), sex: sex)
        }
        let tree = [
            FamilyRelation(from: "mum", to: Connection.youngPersonID, kind: .parent),
            FamilyRelation(from: "dad", to: Connection.youngPersonID, kind: .parent),
            FamilyRelation(from: "nan", to: "mum", kind: .parent),
            FamilyRelation(from: "nan", to: "aunt", kind: .parent),
            FamilyRelation(from: "grandad", to: "dad", kind: .parent),
            FamilyRelation(from: "grandad", to: "uncle", kind: .parent),
        ]
        return CaseNetwork(
            youngPerson: youngPerson,
            connections: [
                relative("aunt", .female), relative("dad", .male), relative("grandad", .male), relative("mum", .female),
                person("nan", .family, .maternal), person("teacher", .education, nil),
                person("uncle", .family, .paternal),
            ],
            relations: tree,
            commitments: [
                Commitment(connection: "nan", support: .emotional, frequency: .monthly, responsible: .coordinator),
                Commitment(connection: "nan", support: .celebrations, frequency: .yearly, responsible: .youngPerson),
                Commitment(connection: "uncle", support: .practical, frequency: .monthly, responsible: .carer),
                Commitment(
                    connection: "teacher", support: .emergency, frequency: .asNeeded, responsible: .socialWorker),
            ],
            history: history)
    }

    static func codes(_ network: CaseNetwork, on day: Day = today, thresholds: GapThresholds = GapThresholds())
        -> [String]
    {
        GapAnalysis(thresholds: thresholds).gaps(in: network, on: day).map(\.code)
    }

    /// Changes one connection of the network.
    static func with(_ network: CaseNetwork, _ id: String, _ change: (inout Connection) -> Void) -> CaseNetwork {
        var copy = network
        let index = copy.connections.firstIndex { $0.id == id }!
        change(&copy.connections[index])
        return copy
    }

    /// Makes one person no longer committed: back to attended, without commitments.
    static func uncommitted(_ network: CaseNetwork, _ ids: Set<String>) -> CaseNetwork {
        var copy = network
        for index in copy.connections.indices where ids.contains(copy.connections[index].id) {
            copy.connections[index].stage = .attended
        }
        copy.commitments.removeAll { ids.contains($0.connection) }
        return copy
    }
}

@Suite("Gap analysis: every code appears when it should and goes when it is put right")
struct GapAnalysisTests {
    typealias F = GapFixture

    @Test("The clean fixture has no gaps at all")
    func cleanHasNone() {
        #expect(F.codes(F.clean) == [])
    }

    /// One case per code: how to break the clean network so the code appears, and how to put it right again.
    struct Case: Sendable, CustomTestStringConvertible {
        let code: String
        let severity: Gap.Severity
        let connection: String?
        let broken: @Sendable () -> (CaseNetwork, Day)
        let mended: @Sendable () -> (CaseNetwork, Day)
        var testDescription: String { code }
    }

    static let cases: [Case] = [
        Case(
            code: "contact-without-consent", severity: .critical, connection: "nan",
            broken: {
                var network = F.clean
                network.history.insert(
                    StageChange(connection: "nan", stage: .contacted, date: F.day("2026-01-11"), recordedBy: "c"), at: 0
                )
                return (network, F.today)
            },
            mended: { (F.clean, F.today) }),
        Case(
            code: "contact-without-safety", severity: .critical, connection: "uncle",
            broken: { (F.with(F.clean, "uncle") { $0.safety = .unassessed }, F.today) },
            mended: { (F.with(F.clean, "uncle") { $0.safety = .conditional }, F.today) }),
        Case(
            code: "unsafe-in-network", severity: .critical, connection: "uncle",
            broken: { (F.with(F.clean, "uncle") { $0.safety = .unsafe }, F.today) },
            mended: {
                var network = F.uncommitted(F.with(F.clean, "uncle") { $0.safety = .unsafe }, ["uncle"])
                network = F.with(network, "uncle") { $0.stage = .doNotContact }
                network.commitments.append(
                    Commitment(connection: "nan", support: .practical, frequency: .monthly, responsible: .carer))
                return (network, F.today)
            }),
        Case(
            code: "contact-against-wishes", severity: .critical, connection: "teacher",
            broken: { (F.with(F.clean, "teacher") { $0.wishes = .noContact }, F.today) },
            mended: { (F.with(F.clean, "teacher") { $0.wishes = .unsure }, F.today) }),
        Case(
            code: "no-committed-adult", severity: .warning, connection: nil,
            broken: { (F.uncommitted(F.clean, ["nan", "uncle", "teacher"]), F.today) },
            mended: { (F.clean, F.today) }),
        Case(
            code: "single-committed-adult", severity: .warning, connection: "nan",
            broken: { (F.uncommitted(F.clean, ["uncle", "teacher"]), F.today) },
            mended: { (F.uncommitted(F.clean, ["teacher"]), F.today) }),
        Case(
            code: "commitment-without-responsible", severity: .warning, connection: "uncle",
            broken: {
                var network = F.clean
                network.commitments[2].responsible = nil
                return (network, F.today)
            },
            mended: { (F.clean, F.today) }),
        Case(
            code: "commitment-without-frequency", severity: .warning, connection: "uncle",
            broken: {
                var network = F.clean
                network.commitments[2].frequency = nil
                return (network, F.today)
            },
            mended: { (F.clean, F.today) }),
        Case(
            code: "plan-not-agreed", severity: .warning, connection: nil,
            broken: {
                var network = F.clean
                network.youngPerson.planAgreedDate = nil
                return (network, F.day("2026-04-30"))
            },
            mended: {
                var network = F.clean
                network.youngPerson.planAgreedDate = nil
                return (network, F.day("2026-04-29"))  // 28 days after the FGC: not yet a gap
            }),
        Case(
            code: "review-overdue", severity: .warning, connection: nil,
            broken: { (F.clean, F.day("2026-07-02")) },
            mended: { (F.clean, F.day("2026-07-01")) }),
        Case(
            code: "stalled-search", severity: .warning, connection: "cousin",
            broken: {
                var network = F.clean
                network.connections.append(
                    Connection(
                        id: "cousin", name: "C", category: .family, side: .maternal, safety: .safe, stage: .searching,
                        stageDate: F.day("2026-04-19")))
                return (network, F.today)  // 43 days
            },
            mended: {
                var network = F.clean
                network.connections.append(
                    Connection(
                        id: "cousin", name: "C", category: .family, side: .maternal, safety: .safe, stage: .searching,
                        stageDate: F.day("2026-04-19")))
                network.events.append(
                    Event(connection: "cousin", date: F.day("2026-05-20"), kind: .attempt, recordedBy: "c"))
                return (network, F.today)
            }),
        Case(
            code: "willing-not-invited", severity: .warning, connection: "friend",
            broken: {
                var network = F.clean
                network.connections.append(
                    Connection(
                        id: "friend", name: "F", category: .friend, safety: .safe, stage: .willing,
                        stageDate: F.day("2026-05-30")))
                return (network, F.today)
            },
            mended: {
                var network = F.clean
                network.connections.append(
                    Connection(
                        id: "friend", name: "F", category: .friend, safety: .safe, stage: .invited,
                        stageDate: F.day("2026-05-30")))
                return (network, F.today)
            }),
        Case(
            code: "maternal-side-unexplored", severity: .info, connection: nil,
            broken: { (F.with(F.clean, "nan") { $0.side = .paternal }, F.today) },
            mended: { (F.with(F.clean, "nan") { $0.side = .both }, F.today) }),
        Case(
            code: "paternal-side-unexplored", severity: .info, connection: nil,
            broken: { (F.with(F.clean, "uncle") { $0.side = .maternal }, F.today) },
            mended: { (F.with(F.clean, "uncle") { $0.side = .both }, F.today) }),
        Case(
            code: "no-support:emotional", severity: .info, connection: nil,
            broken: {
                var network = F.clean
                network.commitments.removeAll { $0.support == .emotional }
                return (network, F.today)
            },
            mended: { (F.clean, F.today) }),
        Case(
            code: "no-support:practical", severity: .info, connection: nil,
            broken: {
                var network = F.clean
                network.commitments.removeAll { $0.support == .practical }
                return (network, F.today)
            },
            mended: { (F.clean, F.today) }),
        Case(
            code: "no-support:emergency", severity: .info, connection: nil,
            broken: {
                var network = F.clean
                network.commitments.removeAll { $0.support == .emergency }
                return (network, F.today)
            },
            mended: { (F.clean, F.today) }),
        Case(
            code: "no-support:celebrations", severity: .info, connection: nil,
            broken: {
                var network = F.clean
                network.commitments.removeAll { $0.support == .celebrations }
                return (network, F.today)
            },
            mended: { (F.clean, F.today) }),
        Case(
            code: "no-non-family", severity: .info, connection: nil,
            broken: {
                (
                    F.with(F.clean, "teacher") {
                        $0.category = .family; $0.side = .maternal
                    }, F.today
                )
            },
            mended: { (F.clean, F.today) }),
        Case(
            code: "leaving-care-soon", severity: .info, connection: nil,
            broken: {
                var network = F.clean
                network.youngPerson.dateOfBirth = F.day("2008-12-01")  // 17½ on 2026-06-01
                network.youngPerson.planAgreedDate = nil
                network.youngPerson.conferenceDate = nil
                return (network, F.today)
            },
            mended: {
                var network = F.clean
                network.youngPerson.dateOfBirth = F.day("2008-12-02")  // a day short of 17½
                network.youngPerson.planAgreedDate = nil
                network.youngPerson.conferenceDate = nil
                return (network, F.today)
            }),
        Case(
            code: "branch-unexplored", severity: .info, connection: "dad",
            broken: {
                var network = F.clean
                network.relations.removeAll { $0.to == "uncle" }
                return (network, F.today)
            },
            mended: { (F.clean, F.today) }),
        Case(
            code: "close-kin-not-contacted", severity: .info, connection: "aunt",
            broken: {
                (
                    F.with(F.clean, "aunt") {
                        $0.stage = .located; $0.stageDate = F.day("2026-05-30")
                    }, F.today
                )
            },
            mended: {
                (
                    F.with(F.clean, "aunt") {
                        $0.stage = .contacted; $0.stageDate = F.day("2026-05-30")
                    }, F.today
                )
            }),
    ]

    @Test("Each code appears, with its severity and connection", arguments: cases)
    func appears(_ example: Case) {
        let (network, day) = example.broken()
        let gaps = GapAnalysis().gaps(in: network, on: day).filter { $0.code == example.code }
        #expect(gaps.count == 1, "\(GapAnalysis().gaps(in: network, on: day))")
        #expect(gaps.first?.severity == example.severity)
        #expect(gaps.first?.connection == example.connection)
        #expect(gaps.first?.case == "G-1")
        #expect(gaps.first?.message.hasSuffix(".") == true)
        #expect(GapAnalysis.codes.contains { $0.code == example.code && $0.severity == example.severity })
    }

    @Test("Each code goes away when the cause is put right", arguments: cases)
    func goesAway(_ example: Case) {
        let (network, day) = example.mended()
        #expect(!F.codes(network, on: day).contains(example.code), "\(F.codes(network, on: day))")
    }

    @Test("Every documented code has an example here")
    func everyCodeCovered() {
        #expect(Set(GapAnalysis.codes.map(\.code)) == Set(Self.cases.map(\.code)))
    }

    @Test("Thresholds come from one configuration")
    func thresholds() {
        var network = F.clean
        network.youngPerson.planAgreedDate = nil
        var strict = GapThresholds()
        strict.planAgreementDays = 10
        #expect(F.codes(network, on: F.day("2026-04-20")).contains("plan-not-agreed") == false)
        #expect(F.codes(network, on: F.day("2026-04-20"), thresholds: strict).contains("plan-not-agreed"))
    }

    @Test("Gaps come out most severe first, and never name a person")
    func orderAndPrivacy() {
        var network = F.with(F.clean, "uncle") { $0.safety = .unassessed }
        network.youngPerson.nextReviewDate = F.day("2026-05-01")
        network.commitments.removeAll { $0.support == .emergency }
        let gaps = GapAnalysis().gaps(in: network, on: F.today)
        #expect(gaps.map(\.severity) == gaps.map(\.severity).sorted())
        #expect(gaps.first?.severity == .critical)
        #expect(!gaps.map(\.message).joined().contains("Name "))
    }

    @Test("A person the young person does not want contacted is not a stalled search")
    func noContactIsNotStalled() {
        var network = F.clean
        network.connections.append(
            Connection(
                id: "stepdad", name: "S", category: .family, side: .maternal, wishes: .noContact, stage: .identified,
                stageDate: F.day("2026-01-10")))
        #expect(!F.codes(network).contains("stalled-search"))
    }
}

@Suite("Unexplored branches of the family")
struct FamilyGapTests {
    typealias F = GapFixture

    func branches(_ network: CaseNetwork) -> [Gap] {
        GapAnalysis().gaps(in: network, on: F.today).filter { $0.code == "branch-unexplored" }
    }

    @Test("A missing birth parent, missing grandparents and a parent's other partner each show")
    func branches() {
        var network = F.clean
        network.relations.removeAll { $0.from == "dad" || $0.to == "dad" }
        network.relations.removeAll { $0.to == "mum" }
        network.relations.append(FamilyRelation(from: "mum", to: "teacher", kind: .exPartner))
        let found = branches(network)
        #expect(found.contains { $0.connection == nil && $0.message.contains("Only one") })
        #expect(found.contains { $0.connection == "mum" && $0.message.contains("maternal grandparents") })
        #expect(found.contains { $0.connection == "mum" && $0.message.contains("half-siblings") })
        #expect(found.count == 3)
    }

    @Test("A case with no family tree at all has no branch gaps")
    func noTree() {
        var network = F.clean
        network.relations = []
        #expect(branches(network).isEmpty)
    }

    @Test("Close kin come nearest first, and not people the young person does not want contacted")
    func closeKinOrder() {
        var network = F.with(F.clean, "mum") {
            $0.stage = .searching; $0.stageDate = F.day("2026-05-30")
        }
        network = F.with(network, "aunt") {
            $0.stage = .located; $0.stageDate = F.day("2026-05-30")
        }
        network = F.with(network, "grandad") {
            $0.stage = .identified; $0.stageDate = F.day("2026-05-30"); $0.wishes = .noContact
        }
        let kin = GapAnalysis().gaps(in: network, on: F.today).filter { $0.code == "close-kin-not-contacted" }
        #expect(Set(kin.compactMap(\.connection)) == ["mum", "aunt"])
        #expect(FamilyGaps(network).closeKin(within: 3).map(\.0).prefix(2) == ["dad", "mum"])
    }
}
