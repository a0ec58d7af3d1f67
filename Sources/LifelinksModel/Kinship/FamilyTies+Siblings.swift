/// Siblings worked out from parents, so the family need not state them (and a stated tie cannot contradict the
/// parents recorded).
extension FamilyTies {
    /// Every sibling pair: children of a common parent, then stated pairs where parents say nothing.
    ///
    /// Stepsiblings through a couple (a parent of one with a parent of the other) get no tie of their own: the
    /// path through the couple already says why they are stepsiblings, and a shortcut beside it would only
    /// repeat it.
    func deriveSiblings(stated: [FamilyGraph.StatedSibling], numbers: [String: Int32]) -> [SiblingPair] {
        var kinds: [Int64: KinshipPath.SiblingKind] = [:]
        for family in children where family.count > 1 {
            for first in family.indices {
                for second in family.indices where second > first {
                    let key = Self.key(family[first].id, family[second].id)
                    if kinds[key] == nil { kinds[key] = sharedParentKind(family[first].id, family[second].id) }
                }
            }
        }
        for pair in stated {
            guard let one = numbers[pair.first], let other = numbers[pair.second], one != other else { continue }
            let key = Self.key(min(one, other), max(one, other))
            guard kinds[key] == nil else { continue }
            switch pair.kind {
            case .full: kinds[key] = .full
            case .half: kinds[key] = .half
            case .step: kinds[key] = .step
            }
        }
        return kinds.map { key, kind in
            let (first, second) = Self.split(key)
            return SiblingPair(first: first, second: second, kind: kind)
        }
        .sorted { ($0.first, $0.second) < ($1.first, $1.second) }
    }

    /// How two children of at least one common parent are siblings.
    ///
    /// Sharing every birth parent either has recorded makes them full siblings, since an unrecorded parent is
    /// not assumed to be a different one; each having a birth parent the other lacks makes them half siblings.
    /// Otherwise the closest shared parent decides: adoptive, then step, then foster.
    func sharedParentKind(_ one: Int32, _ other: Int32) -> KinshipPath.SiblingKind {
        let oneBirth = birthParents(of: one)
        let otherBirth = birthParents(of: other)
        let shared = oneBirth.filter { otherBirth.contains($0) }
        if !shared.isEmpty {
            let oneOnly = oneBirth.count > shared.count
            let otherOnly = otherBirth.count > shared.count
            return oneOnly && otherOnly ? .half : .full
        }
        var closest = ParentKind.foster
        for link in parents[Int(one)] {
            guard let match = parents[Int(other)].first(where: { $0.id == link.id }) else { continue }
            let weaker = link.kind.strength >= match.kind.strength ? link.kind : match.kind
            if weaker.strength < closest.strength { closest = weaker }
        }
        switch closest {
        case .birth, .adoptive: return .adoptive
        case .step: return .step
        case .foster: return .foster
        }
    }
}
