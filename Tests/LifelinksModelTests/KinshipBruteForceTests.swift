import Testing

@testable import LifelinksModel

/// `Kinship` checked against a slow, plain reference on pseudo-random families of birth links (and, in one
/// test, couples as well).
///
/// The reference shares no code with `Kinship`: it lists every ancestor of each person at every depth, finds
/// the nearest common ancestors by trying them all, names the tie from the textbook rules, and measures the
/// nearest path of any kind by a plain breadth-first search.
@Suite("Kinship against a brute-force reference")
struct KinshipBruteForceTests {
    @Test("random families of 5 to 40 people, with pedigree collapse, agree with the textbook rules")
    func randomFamilies() {
        var random = KinshipRandom(seed: 20_261_126)
        for round in 0..<90 {
            let family = KinshipRandomFamily.make(
                people: 5 + round % 36, generations: round % 3 != 0, using: &random)
            compare(family)
        }
    }

    @Test("with couples recorded too, blood kin is still named when it is nearest, and paths stay nearest first")
    func randomFamiliesWithCouples() {
        var random = KinshipRandom(seed: 1_126)
        for round in 0..<40 {
            var family = KinshipRandomFamily.make(people: 6 + round % 30, generations: round % 2 == 0, using: &random)
            family.addCouples(using: &random)
            compare(family)
        }
    }

    @Test("kept distance tables and the two-sided search give the same answers")
    func tablesAgreeWithSearch() {
        var random = KinshipRandom(seed: 5)
        var graphs = [KinshipFamily.graph]
        for round in 0..<6 {
            graphs.append(
                KinshipRandomFamily.make(people: 10 + round * 6, generations: round % 2 == 0, using: &random).graph)
        }
        for graph in graphs {
            let tables = Kinship(graph)
            let search = Kinship(graph, tableBudget: 0)
            let ids = graph.people.keys.sorted()
            for a in ids {
                for b in ids {
                    #expect(tables.relationship(of: a, to: b) == search.relationship(of: a, to: b), "\(a) to \(b)")
                }
            }
        }
    }

    private func compare(_ family: KinshipRandomFamily) {
        let kinship = Kinship(family.graph)
        let reference = KinshipReference(family)
        for a in 0..<family.sexes.count {
            for b in 0..<family.sexes.count where a != b {
                let result = kinship.relationship(of: family.id(a), to: family.id(b))
                let nearest = reference.distance(a, b)
                guard let nearest else {
                    #expect(result == nil, "\(family.id(a)) and \(family.id(b)) are not joined")
                    continue
                }
                guard let result else {
                    Issue.record("no relationship of \(family.id(a)) to \(family.id(b)) in \(family.graph)")
                    continue
                }
                checkPaths(result, nearest: nearest)
                let answer = KinshipAnswer(label: result.label, up: result.aUp, down: result.bUp)
                if let blood = reference.blood(a, b), blood.length == nearest {
                    #expect(
                        blood.answers.contains(answer),
                        "\(family.id(a)) to \(family.id(b)): \(answer) not in \(blood.answers); \(family.graph)")
                } else {
                    #expect(answer.up == nil && answer.down == nil, "\(family.id(a)) to \(family.id(b)) is not blood")
                }
            }
        }
    }

    /// Every path joins `a` to `b` without repeating anyone, and the first is as short as any path can be.
    private func checkPaths(_ result: KinshipResult, nearest: Int) {
        #expect(result.paths.first?.steps.count == nearest)
        #expect(result.paths.map(\.steps.count) == result.paths.map(\.steps.count).sorted())
        for path in result.paths {
            let people = [result.a] + path.steps.map(\.to)
            #expect(path.steps.first?.from == result.a && people.last == result.b)
            #expect(Set(people).count == people.count)
            #expect(zip(path.steps, path.steps.dropFirst()).allSatisfy { $0.to == $1.from })
        }
    }
}

/// A label with generations up from each end, as the reference expects them.
struct KinshipAnswer: Hashable, CustomStringConvertible {
    var label: String
    var up: Int?
    var down: Int?

    var description: String { "\(label) (\(up.map(String.init) ?? "-"), \(down.map(String.init) ?? "-"))" }
}

/// A random family of birth links: people numbered in order, each with up to two earlier people as parents,
/// and some who marry in with no parents recorded.
///
/// Parents are drawn from a small pool, so cousins and half-siblings have children together (pedigree
/// collapse); couples are reused, so there are full siblings as well as half ones. With `generations`, both
/// parents come from one generation; without, anyone earlier will do, so a grandparent can also be a half-aunt.
struct KinshipRandomFamily {
    var sexes: [Sex]
    var parents: [[Int]]
    /// Partnerships, by person number, with how each stands.
    var couples: [(Int, Int, FamilyGraph.PartnerStatus)] = []

    /// Records most pairs of co-parents as couples, and a few couples between anyone at all.
    mutating func addCouples(using random: inout KinshipRandom) {
        let statuses = FamilyGraph.PartnerStatus.allCases
        var seen = Set<[Int]>()
        for mine in parents where mine.count == 2 && random.chance(80) && seen.insert(mine.sorted()).inserted {
            couples.append((mine[0], mine[1], statuses[random.below(statuses.count)]))
        }
        for _ in 0..<(sexes.count / 10) {
            let one = random.below(sexes.count)
            let other = random.below(sexes.count)
            if one != other && seen.insert([one, other].sorted()).inserted {
                couples.append((one, other, statuses[random.below(statuses.count)]))
            }
        }
    }

    static func make(people count: Int, generations: Bool, using random: inout KinshipRandom) -> Self {
        var sexes: [Sex] = []
        var parents: [[Int]] = []
        var generation: [Int] = []
        var couples: [[Int]] = []
        let founders = max(2, count / 5)
        for person in 0..<count {
            let roll = random.below(10)
            sexes.append(roll < 4 ? .female : roll < 8 ? .male : .unknown)
            guard person >= founders, !random.chance(25) else {
                parents.append([])
                generation.append(0)
                continue
            }
            var mine: [Int]
            if !couples.isEmpty && random.chance(40) {
                mine = couples[random.below(couples.count)]
            } else {
                let first = random.below(person)
                mine = [first]
                if random.chance(75) {
                    // Mostly someone who married in; sometimes a relative, which collapses the pedigree.
                    let pool = (0..<person).filter {
                        $0 != first && (!generations || generation[$0] == generation[first])
                            && (parents[$0].isEmpty || random.chance(30))
                    }
                    if !pool.isEmpty { mine.append(pool[random.below(pool.count)]) }
                }
                if mine.count == 2 { couples.append(mine) }
            }
            parents.append(mine)
            generation.append((mine.map { generation[$0] }.max() ?? -1) + 1)
        }
        return Self(sexes: sexes, parents: parents)
    }

    func id(_ person: Int) -> String { "p\(person)" }

    var graph: FamilyGraph {
        FamilyGraph(
            people: sexes.indices.map { FamilyGraph.Person(id: id($0), sex: sexes[$0]) },
            parentLinks: parents.indices.flatMap { child in
                parents[child].map { FamilyGraph.ParentLink(parent: id($0), child: id(child), kind: .birth) }
            },
            partnerships: couples.map { FamilyGraph.Partnership(id($0.0), id($0.1), status: $0.2) })
    }
}
