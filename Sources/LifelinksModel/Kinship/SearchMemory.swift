import Synchronization

/// Per-person working memory for one search at a time, kept between searches so that a question about two
/// people costs what their neighbourhoods cost, not what clearing arrays the size of the whole family costs.
///
/// `@unchecked Sendable`: the pool below hands each instance to one search at a time, under its lock, and a
/// search returns it with every entry restored.
final class SearchMemory: @unchecked Sendable {
    let count: Int
    /// Steps from each end to each person, or -1 where that end's search has not reached.
    let fromA: UnsafeMutablePointer<Int32>
    let fromB: UnsafeMutablePointer<Int32>
    /// Whether each person is on the path being walked.
    let onPath: UnsafeMutablePointer<Bool>
    /// How many people on the walk, other than its last, are tied to each person.
    let blocked: UnsafeMutablePointer<Int32>

    init(count: Int) {
        self.count = count
        fromA = .allocate(capacity: max(count, 1))
        fromA.initialize(repeating: -1, count: max(count, 1))
        fromB = .allocate(capacity: max(count, 1))
        fromB.initialize(repeating: -1, count: max(count, 1))
        onPath = .allocate(capacity: max(count, 1))
        onPath.initialize(repeating: false, count: max(count, 1))
        blocked = .allocate(capacity: max(count, 1))
        blocked.initialize(repeating: 0, count: max(count, 1))
    }

    deinit {
        fromA.deallocate()
        fromB.deallocate()
        onPath.deallocate()
        blocked.deallocate()
    }
}

/// A few `SearchMemory`s shared by the copies of one `Kinship`, so searches on several threads each get their
/// own without allocating one per question.
final class SearchMemoryPool: Sendable {
    private let spare = Mutex<[SearchMemory]>([])
    private let count: Int

    init(count: Int) { self.count = count }

    func borrow() -> SearchMemory {
        spare.withLock { $0.popLast() } ?? SearchMemory(count: count)
    }

    /// Takes back memory whose entries are all at rest again (-1, false, 0).
    func giveBack(_ memory: SearchMemory) {
        spare.withLock { spare in
            if spare.count < 16 { spare.append(memory) }
        }
    }
}
