/// Steps from anyone to the far end of a search, however they were found.
protocol DistanceToEnd {
    /// Steps from `person` to the far end, or a negative number when no path that may be listed passes them.
    func steps(from person: Int) -> Int32
}

/// The depth-first walk that lists paths from `a` to `b`, stepping only where `b` can still be reached in
/// time, never back onto the path, and never to someone the path could have reached directly from further back
/// (such a path is a nearer one said at greater length). The two ends alone may also be tied directly (except
/// across a detour of two steps), so a wife who is also a first cousin shows both ways.
struct PathWalk<Distances: DistanceToEnd> {
    /// Stops a pathological family (dozens of foster siblings of dozens of others) from listing paths forever.
    static var cap: Int { 4096 }

    /// The index's edge arrays, borrowed for the walk only.
    private let firstEdge: UnsafeBufferPointer<Int32>
    private let targets: UnsafeBufferPointer<Int32>
    private let onPath: UnsafeMutablePointer<Bool>
    private let blocked: UnsafeMutablePointer<Int32>
    private let distances: Distances
    private let b: Int32
    /// How many ties join `a` to `b` directly: the shortcut every longer path between them is allowed.
    private var endTies: Int32 = 0
    private var limit: Int32 = 0
    private var walked: [Int32] = []
    private var found: [[Int32]] = []

    /// Lists the paths from `a` to `b` of at most `limit` steps (as positions in the index's edge arrays),
    /// shortening the limit towards `nearest` while there are too many to list.
    static func paths(
        _ index: KinshipIndex, _ memory: SearchMemory, _ distances: Distances, from a: Int32, to b: Int32,
        nearest: Int32, limit: Int32
    ) -> [[Int32]] {
        index.firstEdge.withUnsafeBufferPointer { firstEdge in
            index.targets.withUnsafeBufferPointer { targets in
                var walk = PathWalk(
                    firstEdge: firstEdge, targets: targets, onPath: memory.onPath, blocked: memory.blocked,
                    distances: distances, b: b)
                walk.endTies = Int32(walk.edges(of: a).count { targets[$0] == b })
                var limit = limit
                while true {
                    walk.limit = limit
                    walk.found.removeAll(keepingCapacity: true)
                    memory.onPath[Int(a)] = true
                    walk.step(from: a, length: 0)
                    memory.onPath[Int(a)] = false
                    if walk.found.count < cap || limit <= nearest { return walk.found }
                    limit -= 1
                }
            }
        }
    }

    private init(
        firstEdge: UnsafeBufferPointer<Int32>, targets: UnsafeBufferPointer<Int32>, onPath: UnsafeMutablePointer<Bool>,
        blocked: UnsafeMutablePointer<Int32>, distances: Distances, b: Int32
    ) {
        self.firstEdge = firstEdge
        self.targets = targets
        self.onPath = onPath
        self.blocked = blocked
        self.distances = distances
        self.b = b
    }

    @inline(__always)
    private func edges(of person: Int32) -> Range<Int> {
        Int(firstEdge[Int(person)])..<Int(firstEdge[Int(person) + 1])
    }

    private mutating func step(from person: Int32, length: Int32) {
        for edge in edges(of: person) {
            guard found.count < Self.cap else { return }
            let next = Int(targets[edge])
            // The ends' own tie is allowed past two steps: a detour of two (to a shared child and back to the
            // other parent, say) only restates that tie.
            let shortcuts = next == Int(b) && length >= 2 ? endTies : 0
            guard !onPath[next], blocked[next] == shortcuts else { continue }
            let rest = distances.steps(from: next)
            guard rest >= 0, length + 1 + rest <= limit else { continue }
            walked.append(Int32(edge))
            if next == Int(b) {
                found.append(walked)
            } else {
                onPath[next] = true
                block(around: person, by: 1)
                step(from: Int32(next), length: length + 1)
                block(around: person, by: -1)
                onPath[next] = false
            }
            walked.removeLast()
        }
    }

    @inline(__always)
    private func block(around person: Int32, by change: Int32) {
        for edge in edges(of: person) { blocked[Int(targets[edge])] += change }
    }
}
