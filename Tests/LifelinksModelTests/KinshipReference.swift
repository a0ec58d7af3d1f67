@testable import LifelinksModel

/// The textbook reading of a family of birth links, worked out the slow, obvious way.
struct KinshipReference {
    let family: KinshipRandomFamily
    /// For each person, each ancestor (themself included, at 0) with every number of generations up to them.
    let ancestors: [[Int: Set<Int>]]
    /// For each person, the fewest steps to everyone (parent, child, partner, or child of a common parent), or
    /// nil.
    let distances: [[Int?]]

    init(_ family: KinshipRandomFamily) {
        self.family = family
        var ancestors: [[Int: Set<Int>]] = []
        for person in family.parents.indices {
            // Parents come earlier in the numbering, so theirs are already worked out.
            var mine: [Int: Set<Int>] = [person: [0]]
            for parent in family.parents[person] {
                for (ancestor, depths) in ancestors[parent] {
                    mine[ancestor, default: []].formUnion(depths.map { $0 + 1 })
                }
            }
            ancestors.append(mine)
        }
        self.ancestors = ancestors

        let count = family.parents.count
        var neighbours = [Set<Int>](repeating: [], count: count)
        for (one, other, _) in family.couples {
            neighbours[one].insert(other)
            neighbours[other].insert(one)
        }
        for child in 0..<count {
            for parent in family.parents[child] {
                neighbours[child].insert(parent)
                neighbours[parent].insert(child)
            }
            for other in 0..<count where other != child {
                if !Set(family.parents[child]).isDisjoint(with: family.parents[other]) {
                    neighbours[child].insert(other)
                }
            }
        }
        distances = (0..<count).map { start in
            var distance = [Int?](repeating: nil, count: count)
            distance[start] = 0
            var queue = [start]
            var head = 0
            while head < queue.count {
                let person = queue[head]
                head += 1
                for next in neighbours[person] where distance[next] == nil {
                    distance[next] = distance[person]! + 1
                    queue.append(next)
                }
            }
            return distance
        }
    }

    func distance(_ a: Int, _ b: Int) -> Int? { distances[a][b] }

    /// The blood tie of the fewest steps (a sibling is one step, not two), with every answer the rules allow
    /// when several common ancestors tie: the direct line before a sibling's line, full siblings before half.
    func blood(_ a: Int, _ b: Int) -> (length: Int, answers: Set<KinshipAnswer>)? {
        struct Candidate {
            var up: Int
            var down: Int
            var full: Bool
            var length: Int { up == 0 || down == 0 ? up + down : up + down - 1 }
            var direct: Bool { up == 0 || down == 0 }
        }
        var candidates: [Candidate] = []
        for (ancestor, upDepths) in ancestors[a] {
            guard let downDepths = ancestors[b][ancestor] else { continue }
            for up in upDepths {
                for down in downDepths {
                    if up == 0 || down == 0 {
                        candidates.append(Candidate(up: up, down: down, full: true))
                        continue
                    }
                    // The two children of the ancestor on the way: they must be different people.
                    let mine = childrenOf(ancestor, atDepth: up - 1, above: a)
                    let theirs = childrenOf(ancestor, atDepth: down - 1, above: b)
                    for x in mine {
                        for y in theirs where x != y {
                            candidates.append(Candidate(up: up, down: down, full: fullSiblings(x, y)))
                        }
                    }
                }
            }
        }
        guard let shortest = candidates.map(\.length).min() else { return nil }
        var best = candidates.filter { $0.length == shortest }
        if best.contains(where: \.direct) { best = best.filter(\.direct) }
        if best.contains(where: \.full) { best = best.filter(\.full) }
        let sex = family.sexes[a]
        let answers = best.map {
            KinshipAnswer(
                label: Self.label(up: $0.up, down: $0.down, sex: sex, full: $0.full), up: $0.up, down: $0.down)
        }
        return (shortest, Set(answers))
    }

    /// Children of `ancestor` that are `depth` generations above `person` (or are them, at 0).
    private func childrenOf(_ ancestor: Int, atDepth depth: Int, above person: Int) -> [Int] {
        ancestors[person].compactMap { candidate, depths in
            depths.contains(depth) && family.parents[candidate].contains(ancestor) ? candidate : nil
        }
    }

    /// Half siblings each have a birth parent the other lacks; otherwise parents left unrecorded are not taken
    /// to differ.
    private func fullSiblings(_ x: Int, _ y: Int) -> Bool {
        let mine = Set(family.parents[x])
        let theirs = Set(family.parents[y])
        return mine.isSubset(of: theirs) || theirs.isSubset(of: mine)
    }

    /// The textbook name of a tie `up` generations below a common ancestor on one side and `down` on the other.
    static func label(up: Int, down: Int, sex: Sex, full: Bool) -> String {
        func gendered(_ female: String, _ male: String, _ neither: String) -> String {
            sex == .female ? female : sex == .male ? male : neither
        }
        func greats(_ count: Int) -> String {
            if count > 3 { return "\(count)x great-" }
            return Array(repeating: "great-", count: count).joined()
        }
        let half = full ? "" : "half-"
        if up == 0 {
            let word = gendered("mother", "father", "parent")
            return down == 1 ? word : greats(down - 2) + "grand" + word
        }
        if down == 0 {
            let word = gendered("daughter", "son", "child")
            return up == 1 ? word : greats(up - 2) + "grand" + word
        }
        if up == 1 && down == 1 { return half + gendered("sister", "brother", "sibling") }
        if up == 1 {
            let prefix = half + greats(down - 2)
            return gendered(prefix + "aunt", prefix + "uncle", prefix + "aunt or " + prefix + "uncle")
        }
        if down == 1 {
            let prefix = half + greats(up - 2)
            return gendered(prefix + "niece", prefix + "nephew", prefix + "niece or " + prefix + "nephew")
        }
        let degree = min(up, down) - 1
        let removed = abs(up - down)
        let ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]
        var name = (degree <= 10 ? ordinals[degree - 1] : "\(degree)th") + " cousin"
        if removed > 0 {
            let times = ["once", "twice", "three times", "four times", "five times", "six times", "seven times"]
            name += " " + (removed <= times.count ? times[removed - 1] : "\(removed) times") + " removed"
        }
        return full ? name : "half " + name
    }
}
