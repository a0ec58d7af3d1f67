import Synchronization

/// Steps from one person to everyone else, worked out once per person and kept, so every later question about
/// that person (all of a young person's relatives, say) skips the search and walks straight down the paths.
///
/// Tables are kept only while they fit a fixed budget of entries; past it, questions fall back to the
/// two-sided search, which needs no memory per person.
final class DistanceTables: Sendable {
    /// A table entry for anyone this far or further, or out of reach.
    static let far: UInt8 = 255
    /// About 16 MB of tables at most, whatever the family's size: every person of a tree of 4,000.
    static let budget = 16 * 1024 * 1024

    /// Steps to one person; `complete` unless someone was 255 or more steps away, so `far` means out of reach.
    struct Table: Sendable {
        var steps: [UInt8]
        var complete: Bool
    }

    private struct Store {
        var tables: [Table?]
        var kept = 0
    }

    private let store: Mutex<Store>
    private let room: Int

    init(count: Int, budget: Int) {
        store = Mutex(Store(tables: [Table?](repeating: nil, count: count)))
        room = count == 0 ? 0 : budget / count
    }

    /// The steps from everyone to `person`, or nil when the budget is spent.
    func table(for person: Int32, in index: KinshipIndex) -> Table? {
        let (known, full) = store.withLock { store in (store.tables[Int(person)], store.kept >= room) }
        if let known { return known }
        guard !full else { return nil }
        let table = Self.distances(from: person, in: index)
        store.withLock { store in
            guard store.tables[Int(person)] == nil, store.kept < room else { return }
            store.tables[Int(person)] = table
            store.kept += 1
        }
        return table
    }

    /// One breadth-first search from `person` over the whole family.
    static func distances(from person: Int32, in index: KinshipIndex) -> Table {
        var table = [UInt8](repeating: far, count: index.count)
        var complete = true
        var queue: [Int32] = [person]
        queue.reserveCapacity(index.count)
        table[Int(person)] = 0
        var head = 0
        while head < queue.count {
            let current = queue[head]
            head += 1
            let reached = table[Int(current)] &+ 1
            guard reached < far else {
                complete = false
                continue
            }
            for edge in index.edges(of: current) {
                let neighbour = Int(index.targets[edge])
                if table[neighbour] == far && neighbour != Int(person) {
                    table[neighbour] = reached
                    queue.append(Int32(neighbour))
                }
            }
        }
        return Table(steps: table, complete: complete)
    }
}

/// A kept table read as distances to its person, borrowed for one walk.
struct TableDistances: DistanceToEnd {
    let table: UnsafeBufferPointer<UInt8>

    @inline(__always)
    func steps(from person: Int) -> Int32 {
        let steps = table[person]
        return steps == DistanceTables.far ? -1 : Int32(steps)
    }
}
