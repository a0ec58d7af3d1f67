import Testing

@testable import LifelinksModel

/// `NetworkMeasures` checked against a slow, plain reference on pseudo-random networks.
///
/// The reference works from the definitions over a full adjacency matrix of ego and alters,
/// sharing no code with the fast version.
@Suite("Measures against a brute-force reference")
struct MeasuresBruteForceTests {
    @Test("several hundred random networks of up to 40 people agree with the reference")
    func smallNetworks() {
        var random = MeasuresRandom(seed: 20_260_112)
        for round in 0..<400 {
            let network = MeasuresRandomNetwork.make(people: round % 41, using: &random)
            compare(network)
        }
    }

    @Test("larger random networks, past one 64-bit word of adjacency, agree with the reference")
    func largerNetworks() {
        var random = MeasuresRandom(seed: 77)
        for round in 0..<24 {
            compare(MeasuresRandomNetwork.make(people: 60 + round * 4, using: &random))
        }
    }

    private func compare(_ network: CaseNetwork) {
        let fast = NetworkMeasures(network)
        let slow = MeasuresReference(network)
        let tolerance = MeasuresTests.tolerance
        #expect(fast.size == slow.size)
        #expect(fast.byCategory == slow.byCategory)
        #expect(fast.bySide == slow.bySide)
        #expect(fast.foundVia == slow.foundVia)
        #expect(fast.ties == slow.ties)
        #expect(fast.components == slow.components)
        #expect(fast.largestComponent == slow.largestComponent)
        #expect(abs(fast.diversity - slow.diversity) <= tolerance)
        #expect(abs(fast.density - slow.density) <= tolerance)
        #expect(abs(fast.effectiveSize - slow.effectiveSize) <= tolerance)
        #expect(abs(fast.constraint - slow.constraint) <= tolerance)
    }
}

/// Random networks with every awkward case in them: ended searches, missing sides and sources,
/// ties to the young person or to nobody, self ties, duplicates and reversals.
enum MeasuresRandomNetwork {
    static func make(people count: Int, using random: inout MeasuresRandom) -> CaseNetwork {
        // Short ids, ids longer than a small string, and the odd non-ASCII one.
        let stems = ["p", "maternal-aunt-cousin-", "zo\u{EB}-"]
        let ids = (0..<count).map { "\(stems[random.below(8) == 0 ? 2 : random.below(2)])\($0)" }
        var people: [Connection] = []
        for id in ids {
            let stage = random.below(5) == 0 ? random.pick(SearchStage.ends) : random.pick(SearchStage.journey)
            let sides: [FamilySide?] = [nil, .maternal, .paternal, .both]
            let sources: [FoundVia?] = [nil, .youngPerson, .records, .genealogy, .professional, .connection("someone")]
            // Mostly family, as in practice, so sides get counted.
            let category = random.below(3) == 0 ? .family : random.pick(Category.allCases)
            people.append(
                Connection(
                    id: id, name: id, category: category, side: random.pick(sides), foundVia: random.pick(sources),
                    stage: stage))
        }
        let ends = ids + [Connection.youngPersonID, "ghost"]
        var relations: [FamilyRelation] = []
        if count > 0 {
            // From no ties up to a dense graph.
            let wanted = random.below(count * max(1, random.below(8)) + 1)
            for _ in 0..<wanted {
                let from = random.below(10) == 0 ? random.pick(ends) : random.pick(ids)
                let to = random.below(10) == 0 ? random.pick(ends) : random.pick(ids)
                relations.append(FamilyRelation(from: from, to: to, kind: random.pick(RelationKind.allCases)))
            }
            // Repeat some, some the other way round.
            for relation in relations where random.below(6) == 0 {
                relations.append(FamilyRelation(from: relation.to, to: relation.from, kind: relation.kind))
            }
        }
        for index in people.indices.reversed() where index > 0 {
            people.swapAt(index, random.below(index + 1))
        }
        return CaseNetwork(youngPerson: Fixture.youngPerson(), connections: people, relations: relations)
    }
}

/// The measures the long way: a matrix over ego (node 0) and the alters (nodes 1...n).
private struct MeasuresReference {
    var size = 0
    var byCategory: [String: Int] = [:]
    var bySide: [String: Int] = [:]
    var foundVia: [String: Int] = [:]
    var diversity = 0.0
    var ties = 0
    var density = 0.0
    var components = 0
    var largestComponent = 0
    var effectiveSize = 0.0
    var constraint = 0.0

    init(_ network: CaseNetwork) {
        let alters = network.connections.filter { !$0.stage.isEnd }
        let n = alters.count
        size = n
        countKinds(alters)
        diversity = Self.diversity(alters.map(\.category))
        if n == 0 { return }

        // Ego is tied to every alter; alters are tied where a relation names both.
        let nodes = n + 1
        var tied = Array(repeating: Array(repeating: false, count: nodes), count: nodes)
        for i in 1...n {
            tied[0][i] = true
            tied[i][0] = true
        }
        for relation in network.relations {
            for i in 1...n where alters[i - 1].id == relation.from {
                for j in 1...n where alters[j - 1].id == relation.to && i != j {
                    tied[i][j] = true
                    tied[j][i] = true
                }
            }
        }

        // Density: look at every pair of alters.
        var pairs = 0
        for i in 1...n {
            for j in 1...n where i < j {
                pairs += 1
                if tied[i][j] { ties += 1 }
            }
        }
        density = pairs == 0 ? 0 : Double(ties) / Double(pairs)

        floodComponents(tied, alters: n)

        // Proportional strength p[i][j] (i's share of its ties that go to j) and marginal strength
        // m[i][j] (the tie to j against i's strongest tie), from mutual weights a_ij + a_ji.
        var mutual = Array(repeating: Array(repeating: 0.0, count: nodes), count: nodes)
        for i in 0..<nodes {
            for j in 0..<nodes where i != j {
                mutual[i][j] = (tied[i][j] ? 1 : 0) + (tied[j][i] ? 1 : 0)
            }
        }
        var p = mutual
        var m = mutual
        for i in 0..<nodes {
            let total = mutual[i].reduce(0, +)
            let strongest = mutual[i].max() ?? 0
            for j in 0..<nodes {
                p[i][j] = total == 0 ? 0 : mutual[i][j] / total
                m[i][j] = strongest == 0 ? 0 : mutual[i][j] / strongest
            }
        }

        // Burt (1992): effective size = Σ_j (1 − Σ_q p_eq·m_jq), q ≠ ego, j.
        var effective = 0.0
        for j in 1...n {
            var redundancy = 0.0
            for q in 1...n where q != j {
                redundancy += p[0][q] * m[j][q]
            }
            effective += 1 - redundancy
        }
        effectiveSize = effective

        // Constraint = Σ_j (p_ej + Σ_q p_eq·p_qj)², q ≠ ego, j.
        var total = 0.0
        for j in 1...n {
            var indirect = 0.0
            for q in 1...n where q != j {
                indirect += p[0][q] * p[q][j]
            }
            let local = p[0][j] + indirect
            total += local * local
        }
        constraint = total
    }

    private mutating func countKinds(_ alters: [Connection]) {
        for alter in alters {
            byCategory[alter.category.rawValue, default: 0] += 1
            if alter.category == .family {
                bySide[alter.side?.rawValue ?? "unknown", default: 0] += 1
            }
            let source: String
            switch alter.foundVia {
            case nil: source = "not-recorded"
            case .connection: source = "another-connection"
            case let known?: source = known.spelling
            }
            foundVia[source, default: 0] += 1
        }
    }

    /// The IQV read as a chance: of all ordered pairs of alters, the share in different categories,
    /// scaled by K/(K−1).
    private static func diversity(_ categories: [Category]) -> Double {
        guard !categories.isEmpty else { return 0 }
        var differing = 0
        for a in categories {
            for b in categories where a != b { differing += 1 }
        }
        let k = Double(Category.allCases.count)
        let n = Double(categories.count)
        return k / (k - 1) * Double(differing) / (n * n)
    }

    /// Components among alters (nodes 1...n), flooding from each alter not yet reached.
    private mutating func floodComponents(_ tied: [[Bool]], alters n: Int) {
        var reached = Array(repeating: false, count: n + 1)
        for start in 1...n where !reached[start] {
            components += 1
            reached[start] = true
            var waiting = [start]
            var members = 0
            while let node = waiting.popLast() {
                members += 1
                for next in 1...n where tied[node][next] && !reached[next] {
                    reached[next] = true
                    waiting.append(next)
                }
            }
            largestComponent = max(largestComponent, members)
        }
    }
}
