import Testing

@testable import LifelinksModel

@Suite("The network at any date, progress and responsibilities")
struct AsOfAndProgressTests {
    typealias F = GapFixture

    /// The clean fixture plus a cousin found later, and a declined aunt.
    static var grown: CaseNetwork {
        // The gap fixture without its family tree: three people, all committed.
        var network = F.clean
        network.connections.removeAll { ["aunt", "dad", "grandad", "mum"].contains($0.id) }
        network.relations = []
        network.connections += [
            Connection(
                id: "cousin", name: "C", category: .family, side: .paternal, safety: .safe, stage: .visited,
                stageDate: F.day("2026-05-10")),
            Connection(
                id: "aunt", name: "A", category: .family, side: .maternal, safety: .safe, stage: .declined,
                stageDate: F.day("2026-03-01")),
        ]
        network.history += [
            StageChange(connection: "cousin", stage: .identified, date: F.day("2026-03-20"), recordedBy: "c"),
            StageChange(connection: "cousin", stage: .visited, date: F.day("2026-05-10"), recordedBy: "c"),
            StageChange(connection: "aunt", stage: .identified, date: F.day("2026-01-10"), recordedBy: "c"),
            StageChange(connection: "aunt", stage: .contacted, date: F.day("2026-02-01"), recordedBy: "c"),
            StageChange(connection: "aunt", stage: .declined, date: F.day("2026-03-01"), recordedBy: "c"),
        ]
        network.events += [
            Event(connection: "nan", date: F.day("2026-05-20"), kind: .visit, recordedBy: "c"),
            Event(connection: "uncle", date: F.day("2026-04-20"), kind: .note, recordedBy: "c"),
        ]
        return network
    }

    @Test("Before the referral nobody is in the network; on each date, each person is at the stage recorded by then")
    func asOf() {
        let network = Self.grown
        #expect(network.asOf(F.day("2026-01-09")).connections.isEmpty)
        let early = network.asOf(F.day("2026-02-15"))
        #expect(
            Dictionary(uniqueKeysWithValues: early.connections.map { ($0.id, $0.stage) }) == [
                "nan": .contacted, "uncle": .contacted, "teacher": .contacted, "aunt": .contacted,
            ])
        #expect(early.youngPerson.conferenceDate == nil, "the FGC had not happened yet")
        #expect(early.commitments.isEmpty, "nor had the plan")
        let spring = network.asOf(F.day("2026-04-01"))
        #expect(spring.connection("cousin")?.stage == .identified)
        #expect(spring.connection("aunt")?.stage == .declined)
        #expect(spring.youngPerson.conferenceDate == F.day("2026-04-01"))
        #expect(network.asOf(F.today).connections.map(\.stage) == network.connections.map(\.stage))
        #expect(network.asOf(F.day("2026-05-19")).events.isEmpty == false)
        #expect(network.asOf(F.day("2026-04-19")).events.isEmpty)
    }

    @Test("As-of agrees with a brute-force replay of the history for every day of the year")
    func asOfAgainstReplay() {
        let network = Self.grown
        var day = F.day("2026-01-01")
        while day <= F.day("2026-06-30") {
            var expected: [String: SearchStage] = [:]
            for change in network.history where change.date! <= day {
                expected[change.connection] = change.stage
            }
            let actual = Dictionary(uniqueKeysWithValues: network.asOf(day).connections.map { ($0.id, $0.stage) })
            #expect(actual == expected, "on \(day)")
            day = day.adding(days: 1)
        }
    }

    @Test("The quick network size on a day agrees with rebuilding the network that day")
    func activeSizeAgrees() {
        var network = Self.grown
        network.connections.append(
            Connection(id: "late", name: "L", category: .friend, stage: .identified, stageDate: F.day("2026-05-01")))
        var day = F.day("2026-01-01")
        while day <= F.day("2026-06-30") {
            #expect(network.activeSize(on: day) == network.asOf(day).activeSize, "on \(day)")
            day = day.adding(days: 3)
        }
    }

    @Test("Progress counts stages, time, and the network's size at referral, at the FGC and now")
    func caseProgress() {
        let progress = CaseProgress(Self.grown, on: F.today)
        #expect(progress.daysSinceReferral == 142)
        #expect(progress.daysReferralToConference == 81)
        #expect(progress.stages == ["committed": 3, "visited": 1, "declined": 1])
        #expect(progress.networkSize.atReferral == 4)
        #expect(progress.networkSize.atConference == 4)  // the aunt declined, the cousin was found
        #expect(progress.networkSize.now == 4)
        #expect(progress.connections.first { $0.id == "cousin" }?.daysInStage == 22)
    }

    @Test("The caseload funnel counts everyone who ever reached each stage")
    func funnel() {
        var clean = Self.grown
        clean.connections.removeAll { $0.id == "cousin" || $0.id == "aunt" }
        clean.history.removeAll { $0.connection == "cousin" || $0.connection == "aunt" }
        let networks = [Self.grown, clean]
        let caseload = CaseloadProgress(networks.map { CaseProgress($0, on: F.today) }, networks: networks, on: F.today)
        let reached = Dictionary(uniqueKeysWithValues: caseload.funnel.map { ($0.stage, $0.reached) })
        #expect(reached[.identified] == 8)
        #expect(reached[.contacted] == 8)  // the aunt was contacted before she declined
        #expect(reached[.visited] == 7)
        #expect(reached[.committed] == 6)
        #expect(caseload.ended == ["declined": 1])
        #expect(caseload.medians.daysReferralToConference == 81)
        #expect(CaseloadProgress.median([3, 1, 2]) == 2)
        #expect(CaseloadProgress.median([4, 1, 2, 3]) == 2.5)
        #expect(CaseloadProgress.median([]) == nil)
    }

    @Test("Responsibilities mark commitments with nobody responsible and contact overdue for its frequency")
    func responsibilities() {
        var network = Self.grown
        network.commitments[2].responsible = nil
        let list = Responsibility.list(network, on: F.today)
        let nan = list.first { $0.connection == "nan" && $0.support == .emotional }
        #expect(nan?.lastContact == F.day("2026-05-20"))
        #expect(nan?.dueBy == F.day("2026-06-20"))
        #expect(nan?.overdue == false)
        let uncle = list.first { $0.connection == "uncle" }
        #expect(uncle?.unowned == true)
        #expect(uncle?.lastContact == nil, "a note is not contact")
        #expect(uncle?.dueBy == F.day("2026-05-16"))  // 31 days after the plan was agreed
        #expect(uncle?.overdue == true)
        #expect(list.first?.overdue == true, "overdue ones first")
        #expect(list.first { $0.support == .emergency }?.dueBy == nil, "as needed is never overdue")
    }
}
