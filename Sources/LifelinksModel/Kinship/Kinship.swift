/// How everyone in a family is related to everyone else, in everyday British English.
///
/// Built once from a `FamilyGraph` into integer adjacency arrays. Each question then walks only along paths
/// that can still reach the second person in time, guided by that person's distances to everyone: worked out
/// once per person and kept (so all of a young person's relatives cost one search), or found afresh by a
/// two-sided search around the pair once the memory kept for them is spent. Whole genealogy trees answer
/// quickly enough to be worked through pair by pair.
public struct Kinship: Sendable {
    /// Paths up to this many steps longer than the nearest are listed too, so a cousin who is also a
    /// brother-in-law shows both ways…
    public static let detourSteps = 2
    /// …but never past this length: beyond it only the nearest paths are listed, as longer detours through
    /// distant in-laws say nothing a coordinator can use.
    public static let detourLimit = 8
    /// The most paths one answer lists, nearest first.
    public static let pathLimit = 256

    let index: KinshipIndex
    private let memory: SearchMemoryPool
    private let tables: DistanceTables

    public init(_ graph: FamilyGraph) {
        self.init(graph, tableBudget: DistanceTables.budget)
    }

    /// `tableBudget` entries of kept distance tables at most; 0 sends every question through the two-sided
    /// search, which tests compare against the tables.
    init(_ graph: FamilyGraph, tableBudget: Int) {
        index = KinshipIndex(graph)
        memory = SearchMemoryPool(count: index.count)
        tables = DistanceTables(count: index.count, budget: tableBudget)
    }

    /// What `a` is to `b` ("A is B's …"), or nil when either id is unknown or nothing joins them.
    public func relationship(of a: String, to b: String) -> KinshipResult? {
        guard let first = index.numbers[a], let second = index.numbers[b] else { return nil }
        guard first != second else { return KinshipResult(a: a, b: b, label: "same person", aUp: 0, bUp: 0) }
        guard let found = paths(from: first, to: second) else { return nil }
        var readings = found.map { PathReading(index, from: first, edges: $0) }
        readings.sort(by: PathReading.precedes)
        if readings.count > Self.pathLimit { readings.removeLast(readings.count - Self.pathLimit) }

        let paths = readings.map { reading in
            KinshipPath(steps: steps(of: reading), label: reading.label(index))
        }
        let nearest = readings[0]
        let blood = nearest.bloodStretch
        return KinshipResult(
            a: a, b: b, label: paths[0].label, aUp: blood?.generationsUp, bUp: blood?.generationsDown,
            side: nearest.side(index)?.rawValue, paths: paths)
    }

    /// Everyone joined to `id` by at most `degrees` steps (each parent, child, partner or sibling tie is one),
    /// each read as what they are to `id`, nearest first and then by id.
    public func relatives(of id: String, within degrees: Int) -> [KinshipResult] {
        guard let origin = index.numbers[id], degrees > 0 else { return [] }
        var distance = [Int32](repeating: -1, count: index.count)
        distance[Int(origin)] = 0
        var reached: [Int32] = []
        var frontier = [origin]
        for step in 1...degrees where !frontier.isEmpty {
            var next: [Int32] = []
            for person in frontier {
                for edge in index.edges(of: person) {
                    let neighbour = index.targets[edge]
                    guard distance[Int(neighbour)] < 0 else { continue }
                    distance[Int(neighbour)] = Int32(step)
                    next.append(neighbour)
                }
            }
            // Numbers follow ids, so sorting a layer by number lists it by id.
            reached += next.sorted()
            frontier = next
        }
        return reached.compactMap { relationship(of: index.ids[Int($0)], to: id) }
    }

    /// The paths to list from `a` to `b`: through `b`'s kept distance table when there is one, else by the
    /// two-sided search.
    private func paths(from a: Int32, to b: Int32) -> [[Int32]]? {
        let scratch = memory.borrow()
        defer { memory.giveBack(scratch) }
        if let table = tables.table(for: b, in: index) {
            let nearest = Int32(table.steps[Int(a)])
            if nearest < Int32(DistanceTables.far) - Int32(Self.detourSteps) {
                return table.steps.withUnsafeBufferPointer { steps in
                    PathWalk.paths(
                        index, scratch, TableDistances(table: steps), from: a, to: b, nearest: nearest,
                        limit: Self.limit(nearest: nearest))
                }
            }
            if table.complete { return nil }
        }
        return PathSearch.paths(in: index, memory: scratch, from: a, to: b, limit: Self.limit)
    }

    /// The longest path listed when the nearest has `nearest` steps.
    static func limit(nearest: Int32) -> Int32 {
        max(nearest, min(nearest + Int32(detourSteps), Int32(detourLimit)))
    }

    private func steps(of reading: PathReading) -> [KinshipPath.Step] {
        reading.relations.indices.map { position in
            KinshipPath.Step(
                from: index.ids[Int(reading.people[position])], to: index.ids[Int(reading.people[position + 1])],
                relation: reading.relations[position])
        }
    }
}
