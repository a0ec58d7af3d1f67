/// The words for a path: a kin word for one stretch of kin, an in-law or step word for a partner beside a
/// parent, child or sibling, and otherwise the chain a coordinator would say aloud ("aunt's husband").
extension PathReading {
    func label(_ index: KinshipIndex) -> String {
        if pieces.count == 1 {
            switch pieces[0] {
            case .kin(let stretch): return word(for: stretch, index)
            case .partner(let status, let position):
                return Self.partnerWord(status, index.sexes[Int(people[position])], alone: true)
            }
        }
        if pieces.count == 2, let word = compoundWord(index) { return word }
        if pieces.count == 3, let word = stepsiblingWord(index) { return word }
        return pieces.reversed().map { piece in
            switch piece {
            case .kin(let stretch): word(for: stretch, index)
            case .partner(let status, let position):
                Self.partnerWord(status, index.sexes[Int(people[position])], alone: false)
            }
        }
        .joined(separator: "'s ")
    }

    private func word(for stretch: KinStretch, _ index: KinshipIndex) -> String {
        let sex = index.sexes[Int(people[stretch.start])]
        let half = stretch.isHalf && stretch.qualifier == .none
        let base = KinWords.blood(up: stretch.generationsUp, down: stretch.generationsDown, sex: sex, half: half)
        return KinWords.qualified(base, by: stretch.qualifier)
    }

    /// Step and in-law words: a partner of a parent, child or sibling, or a parent, child or sibling of a partner.
    /// A step word needs the couple still together: a father's former wife may never have been a stepmother.
    private func compoundWord(_ index: KinshipIndex) -> String? {
        let sex = index.sexes[Int(people[0])]
        let word: String
        let status: FamilyGraph.PartnerStatus
        switch (pieces[0], pieces[1]) {
        case (.partner(let standing, _), .kin(let kin)) where kin.qualifier <= .adoptive:
            status = standing
            switch (kin.ups, kin.sibling, kin.downs) {
            case (0, nil, 1) where !standing.hasEnded:
                word = KinWords.pick(sex, female: "stepmother", male: "stepfather", either: "stepparent")
            case (1, nil, 0): word = KinWords.pick(sex, female: "daughter", male: "son", either: "child") + "-in-law"
            case (0, .some, 0):
                word = KinWords.pick(sex, female: "sister", male: "brother", either: "sibling") + "-in-law"
            default: return nil
            }
        case (.kin(let kin), .partner(let standing, _)) where kin.qualifier <= .adoptive:
            status = standing
            switch (kin.ups, kin.sibling, kin.downs) {
            case (0, nil, 1): word = KinWords.pick(sex, female: "mother", male: "father", either: "parent") + "-in-law"
            case (1, nil, 0) where !standing.hasEnded:
                word = KinWords.pick(sex, female: "stepdaughter", male: "stepson", either: "stepchild")
            case (0, .some, 0):
                word = KinWords.pick(sex, female: "sister", male: "brother", either: "sibling") + "-in-law"
            default: return nil
            }
        default:
            return nil
        }
        return status.hasEnded ? "former " + word : word
    }

    /// A stepsibling: the child of one partner of a couple still together, to a child of the other, when the two
    /// share no parent (children of a common parent are siblings of some kind already).
    private func stepsiblingWord(_ index: KinshipIndex) -> String? {
        guard case .kin(let up) = pieces[0], up.ups == 1, up.sibling == nil, up.downs == 0, up.qualifier <= .adoptive,
            case .partner(let status, _) = pieces[1], !status.hasEnded,
            case .kin(let down) = pieces[2], down.ups == 0, down.sibling == nil, down.downs == 1,
            down.qualifier <= .adoptive
        else { return nil }
        let (a, b) = (people[0], people[people.count - 1])
        guard !index.edges(of: a).contains(where: { index.targets[$0] == b }) else { return nil }
        return KinWords.pick(index.sexes[Int(a)], female: "stepsister", male: "stepbrother", either: "stepsibling")
    }

    /// "wife", "partner", "former husband"; on its own a separated spouse reads "husband (separated)", inside
    /// a chain "separated husband".
    static func partnerWord(_ status: FamilyGraph.PartnerStatus, _ sex: Sex, alone: Bool) -> String {
        let spouse = KinWords.pick(sex, female: "wife", male: "husband", either: "spouse")
        switch status {
        case .married: return spouse
        case .unmarried: return "partner"
        case .separated: return alone ? spouse + " (separated)" : "separated " + spouse
        case .divorced: return "former " + spouse
        case .former: return "former partner"
        }
    }
}
