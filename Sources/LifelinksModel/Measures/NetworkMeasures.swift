/// Standard ego-network measures of one young person's network, for evaluation and cohort figures.
///
/// The young person is the ego. The alters are the connections whose search has not ended (a
/// declined, not-found, deceased or do-not-contact person is not in the network). Ties among
/// alters are the case's relations of every kind, `knows` included, read undirected and counted
/// once; relations that touch the young person or anyone outside the network are left out.
public struct NetworkMeasures: Hashable, Sendable, Codable {
    /// How many alters there are.
    public let size: Int
    /// Alters per category, by the category's spelling; categories with none are left out.
    public let byCategory: [String: Int]
    /// Family alters per side: "maternal", "paternal", "both", or "unknown" when no side is recorded.
    /// Sides with none are left out.
    public let bySide: [String: Int]
    /// How evenly the alters spread over the categories, from 0 (all in one) to 1 (equal shares of
    /// every category): the index of qualitative variation, (K/(K−1))·(1 − Σ pᵢ²) over all K categories.
    public let diversity: Double
    /// Distinct ties among alters.
    public let ties: Int
    /// Ties as a share of the pairs of alters that could be tied; 0 with fewer than two alters.
    public let density: Double
    /// Groups of alters joined by ties, an alter with no ties counting as a group of its own.
    public let components: Int
    /// Alters in the largest of those groups.
    public let largestComponent: Int
    /// Burt's effective size of the ego: alters less their redundancy, n − 2t/n when unweighted.
    public let effectiveSize: Double
    /// Burt's constraint of the ego (as networkx computes it): high when the alters all know one another,
    /// so the young person's ties lead back into one group; 0 with no alters.
    public let constraint: Double
    /// Alters per way they were found: "young-person", "records", "genealogy", "professional",
    /// "another-connection", or "not-recorded"; ways with none are left out.
    public let foundVia: [String: Int]

    /// Measures `network`, in time close to linear in its connections and relations.
    public init(_ network: CaseNetwork) {
        let graph = AlterGraph(network)
        let n = graph.size
        size = n

        var categoryCounts = [Int](repeating: 0, count: MeasureKeys.categories.count)
        var sideCounts = [Int](repeating: 0, count: MeasureKeys.sides.count)
        var foundCounts = [Int](repeating: 0, count: MeasureKeys.foundVia.count)
        let people = network.connections
        for position in graph.alters {
            let category = people[position].category
            categoryCounts[MeasureKeys.slot(category)] += 1
            if category == .family {
                sideCounts[MeasureKeys.slot(people[position].side)] += 1
            }
            foundCounts[MeasureKeys.slot(people[position].foundVia)] += 1
        }
        byCategory = MeasureKeys.nonZero(categoryCounts, named: MeasureKeys.categoryNames)
        bySide = MeasureKeys.nonZero(sideCounts, named: MeasureKeys.sides)
        foundVia = MeasureKeys.nonZero(foundCounts, named: MeasureKeys.foundVia)
        diversity = Self.qualitativeVariation(categoryCounts, total: n)

        let t = graph.ties
        ties = t
        let (count, largest) = graph.components()
        components = count
        largestComponent = largest
        if n == 0 {
            density = 0
            effectiveSize = 0
            constraint = 0
        } else {
            let alters = Double(n)
            density = n < 2 ? 0 : Double(t) / (alters * (alters - 1) / 2)
            effectiveSize = alters - 2 * Double(t) / alters
            constraint = graph.egoConstraint()
        }
    }

    /// The index of qualitative variation of `counts` (one count per category, all K categories given).
    static func qualitativeVariation(_ counts: [Int], total: Int) -> Double {
        guard total > 0, counts.count > 1 else { return 0 }
        let whole = Double(total)
        var sumOfSquares = 0.0
        for count in counts where count > 0 {
            let share = Double(count) / whole
            sumOfSquares += share * share
        }
        let k = Double(counts.count)
        return k / (k - 1) * (1 - sumOfSquares)
    }
}
