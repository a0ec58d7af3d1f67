/// The alters of one network as integer-numbered nodes with an adjacency bitset, so the measures'
/// inner loops touch only integers.
struct AlterGraph {
    /// For each alter, its position in `network.connections`.
    let alters: [Int]
    /// 64-bit words per adjacency row.
    private let wordsPerRow: Int
    /// Row `i` occupies words `i * wordsPerRow ..< (i + 1) * wordsPerRow`; bit `j` set means `i` and `j` are tied.
    private var adjacency: [UInt64]
    /// Ties of each alter to other alters.
    private var degrees: [Int]
    /// Union–find parents, merged as ties are added, for the components.
    private var parents: [Int]
    /// Distinct ties among alters.
    private(set) var ties = 0

    var size: Int { alters.count }

    init(_ network: CaseNetwork) {
        let people = network.connections
        var alters: [Int] = []
        alters.reserveCapacity(people.count)
        for position in people.indices where MeasureKeys.isInNetwork(people[position].stage) {
            alters.append(position)
        }
        let n = alters.count
        self.alters = alters
        wordsPerRow = (n + 63) / 64
        adjacency = [UInt64](repeating: 0, count: n * wordsPerRow)
        degrees = [Int](repeating: 0, count: n)
        parents = Array(0..<n)
        guard n > 1 else { return }
        let numbers = IdentifierTable(people, alters: alters)
        let relations = network.relations
        for index in relations.indices {
            guard let a = numbers.number(of: relations[index].from),
                let b = numbers.number(of: relations[index].to), a != b
            else { continue }
            addTie(a, b)
        }
    }

    private mutating func addTie(_ a: Int, _ b: Int) {
        let word = a * wordsPerRow + (b >> 6)
        let bit = UInt64(1) << UInt64(b & 63)
        guard adjacency[word] & bit == 0 else { return }
        adjacency[word] |= bit
        adjacency[b * wordsPerRow + (a >> 6)] |= UInt64(1) << UInt64(a & 63)
        degrees[a] += 1
        degrees[b] += 1
        ties += 1
        let rootA = root(a)
        let rootB = root(b)
        if rootA != rootB { parents[rootA] = rootB }
    }

    private mutating func root(_ node: Int) -> Int {
        var node = node
        while parents[node] != node {
            parents[node] = parents[parents[node]]
            node = parents[node]
        }
        return node
    }

    /// How many components the alters form, and the size of the largest.
    func components() -> (count: Int, largest: Int) {
        let n = size
        var members = [Int](repeating: 0, count: n)
        var count = 0
        var largest = 0
        for node in 0..<n {
            var top = node
            while parents[top] != top { top = parents[top] }
            members[top] += 1
            if members[top] == 1 { count += 1 }
            largest = max(largest, members[top])
        }
        return (count, largest)
    }

    /// Burt's constraint of an ego tied to every alter.
    ///
    /// With the ego's degree n and an alter's degree 1 + dⱼ, each alter j contributes
    /// (1/n + Σ over alters q tied to j of (1/n)·1/(1 + d_q))², which is
    /// (1 + Σ 1/(1 + d_q))² / n²; the ego's constraint is the sum over j.
    func egoConstraint() -> Double {
        let n = size
        guard n > 0 else { return 0 }
        var inverseDegree = [Double](repeating: 0, count: n)
        for node in 0..<n { inverseDegree[node] = 1 / Double(1 + degrees[node]) }
        var total = 0.0
        for node in 0..<n {
            var through = 1.0
            if degrees[node] > 0 {
                let rowStart = node * wordsPerRow
                for offset in 0..<wordsPerRow {
                    var word = adjacency[rowStart + offset]
                    while word != 0 {
                        through += inverseDegree[(offset << 6) + word.trailingZeroBitCount]
                        word &= word &- 1
                    }
                }
            }
            total += through * through
        }
        let alters = Double(n)
        return total / (alters * alters)
    }
}
