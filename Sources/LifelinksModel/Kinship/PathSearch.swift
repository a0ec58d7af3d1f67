/// The bounded search for the paths joining two people.
///
/// A two-sided breadth-first search finds how far apart they are, touching only the two neighbourhoods that
/// meet. Every path short enough to list lies inside those neighbourhoods, so `b`'s search is then carried on
/// through `a`'s neighbourhood alone, giving each person there their exact distance to `b` within it; the
/// depth-first `PathWalk` that lists the paths uses that distance to step only where a path can still end in
/// time.
struct PathSearch {
    private let index: KinshipIndex
    private let memory: SearchMemory
    private let a: Int32
    private let b: Int32
    private var frontierA: [Int32]
    private var frontierB: [Int32]
    private var radiusA: Int32 = 0
    private var radiusB: Int32 = 0
    /// Everyone given a distance, so the memory can be put back as it was found.
    private var touched: [Int32]

    private init(_ index: KinshipIndex, _ memory: SearchMemory, from a: Int32, to b: Int32) {
        self.index = index
        self.memory = memory
        self.a = a
        self.b = b
        memory.fromA[Int(a)] = 0
        memory.fromB[Int(b)] = 0
        frontierA = [a]
        frontierB = [b]
        touched = [a, b]
    }

    /// The paths from `a` to `b` (as positions in the index's edge arrays) up to `limit(nearest)` steps, or nil
    /// when nothing joins them.
    static func paths(
        in index: KinshipIndex, memory: SearchMemory, from a: Int32, to b: Int32, limit: (Int32) -> Int32
    ) -> [[Int32]]? {
        var search = PathSearch(index, memory, from: a, to: b)
        defer { search.restore() }
        guard let nearest = search.distance() else { return nil }
        let limit = limit(nearest)
        search.cover(limit)
        search.confine()
        let distances = ScratchDistances(fromB: memory.fromB)
        return PathWalk.paths(index, memory, distances, from: a, to: b, nearest: nearest, limit: limit)
    }

    /// Grows the two searches, the smaller frontier first, until they meet; nil when one runs out first.
    private mutating func distance() -> Int32? {
        var nearest: Int32 = a == b ? 0 : .max
        while nearest == .max {
            guard !frontierA.isEmpty, !frontierB.isEmpty else { return nil }
            let met =
                frontierA.count <= frontierB.count
                ? Self.grow(&frontierA, &radiusA, memory.fromA, memory.fromB, &touched, index, confined: false)
                : Self.grow(&frontierB, &radiusB, memory.fromB, memory.fromA, &touched, index, confined: false)
            nearest = min(nearest, met)
        }
        return nearest
    }

    /// Grows the searches until every path of `length` steps lies inside the two neighbourhoods: a person `i`
    /// steps along it is within `radiusA` of `a` or else within `length - i <= radiusB` of `b`. A side that
    /// has reached everyone it can covers every path already.
    private mutating func cover(_ length: Int32) {
        while radiusA + radiusB < length - 1, !frontierA.isEmpty, !frontierB.isEmpty {
            if frontierA.count <= frontierB.count {
                _ = Self.grow(&frontierA, &radiusA, memory.fromA, memory.fromB, &touched, index, confined: false)
            } else {
                _ = Self.grow(&frontierB, &radiusB, memory.fromB, memory.fromA, &touched, index, confined: false)
            }
        }
    }

    /// Carries `b`'s search on through `a`'s neighbourhood only, so everyone who can be on a listed path has
    /// their distance to `b` by paths that stay where listed paths go.
    private mutating func confine() {
        while !frontierB.isEmpty {
            _ = Self.grow(&frontierB, &radiusB, memory.fromB, memory.fromA, &touched, index, confined: true)
        }
    }

    /// One more layer of one side's breadth-first search (only into people the other side has reached, when
    /// `confined`); returns the shortest join it found, or `Int32.max`.
    private static func grow(
        _ frontier: inout [Int32], _ radius: inout Int32, _ mine: UnsafeMutablePointer<Int32>,
        _ other: UnsafeMutablePointer<Int32>, _ touched: inout [Int32], _ index: KinshipIndex, confined: Bool
    ) -> Int32 {
        var next: [Int32] = []
        next.reserveCapacity(frontier.count * 4)
        var met = Int32.max
        let reached = radius + 1
        index.firstEdge.withUnsafeBufferPointer { firstEdge in
            index.targets.withUnsafeBufferPointer { targets in
                for person in frontier {
                    for edge in Int(firstEdge[Int(person)])..<Int(firstEdge[Int(person) + 1]) {
                        let neighbour = Int(targets[edge])
                        if mine[neighbour] >= 0 || (confined && other[neighbour] < 0) { continue }
                        mine[neighbour] = reached
                        next.append(Int32(neighbour))
                        if other[neighbour] >= 0 {
                            met = min(met, reached + other[neighbour])
                        } else {
                            touched.append(Int32(neighbour))
                        }
                    }
                }
            }
        }
        frontier = next
        radius = reached
        return met
    }

    /// Puts every distance back to unknown, ready for the next search.
    private func restore() {
        for person in touched {
            memory.fromA[Int(person)] = -1
            memory.fromB[Int(person)] = -1
        }
    }
}

/// Distances to `b` left in the search memory by a two-sided search.
struct ScratchDistances: DistanceToEnd {
    let fromB: UnsafeMutablePointer<Int32>

    @inline(__always)
    func steps(from person: Int) -> Int32 { fromB[person] }
}
