import LifelinksModel

/// Turns collected records into a document whose links agree on both sides.
///
/// GEDCOM records a link twice (FAM CHIL and INDI FAMC; FAM HUSB/WIFE and INDI FAMS) and programs often
/// write only one side. Links to records that do not exist, and `@VOID@`, are dropped; a one-sided link is
/// added to the other side; a FAMS into a family whose two partner slots are taken by others is dropped,
/// because the family record is the one that names its partners.
struct GedcomLinker {
    private var individuals: [GedcomIndividualDraft]
    private var families: [GedcomFamilyDraft]
    private var individualIndex: [String: Int] = [:]
    private var familyIndex: [String: Int] = [:]
    /// Upper-cased xrefs, built only if some pointer fails to match exactly (5.5.1 programs that change case).
    private var foldedIndividuals: [String: Int]?
    private var foldedFamilies: [String: Int]?

    init(individuals: [GedcomIndividualDraft], families: [GedcomFamilyDraft]) throws(GedcomFault) {
        self.individuals = individuals
        self.families = families
        individualIndex.reserveCapacity(individuals.count)
        familyIndex.reserveCapacity(families.count)
        for (index, draft) in individuals.enumerated() {
            if let first = individualIndex.updateValue(index, forKey: draft.xref) {
                throw Self.duplicate(draft.xref, draft.line, individuals[first].line)
            }
        }
        for (index, draft) in families.enumerated() {
            if let first = familyIndex.updateValue(index, forKey: draft.xref) {
                throw Self.duplicate(draft.xref, draft.line, families[first].line)
            }
            if let person = individualIndex[draft.xref] {
                throw Self.duplicate(
                    draft.xref, max(draft.line, individuals[person].line), min(draft.line, individuals[person].line))
            }
        }
    }

    private static func duplicate(_ xref: String, _ line: Int, _ first: Int) -> GedcomFault {
        GedcomFault(line, "@\(xref)@ is defined twice (first on line \(first)); links to it would be ambiguous")
    }

    // MARK: Resolving pointers

    private mutating func individual(_ xref: String?) -> Int? {
        guard let xref else { return nil }
        if let index = individualIndex[xref] { return index }
        if foldedIndividuals == nil { foldedIndividuals = Self.folded(individualIndex) }
        return foldedIndividuals?[xref.uppercased()]
    }

    private mutating func family(_ xref: String?) -> Int? {
        guard let xref else { return nil }
        if let index = familyIndex[xref] { return index }
        if foldedFamilies == nil { foldedFamilies = Self.folded(familyIndex) }
        return foldedFamilies?[xref.uppercased()]
    }

    /// Upper-cased keys; a key that two xrefs share after folding is left out rather than guessed.
    private static func folded(_ index: [String: Int]) -> [String: Int] {
        var folded: [String: Int] = [:]
        var clashes: Set<String> = []
        for (xref, position) in index {
            let key = xref.uppercased()
            if folded.updateValue(position, forKey: key) != nil { clashes.insert(key) }
        }
        for key in clashes { folded[key] = nil }
        return folded
    }

    // MARK: Joining

    /// Working links, by index: what each side will end up listing.
    private struct ChildLink {
        var child: Int
        var father: FamilyGraph.ParentKind?
        var mother: FamilyGraph.ParentKind?
    }

    mutating func link(
        version: String?, encoding: GedcomEncoding, customTags: Int, recordsWithoutID: Int, lineCount: Int
    ) -> GedcomDocument {
        var husbands = [Int?](repeating: nil, count: families.count)
        var wives = [Int?](repeating: nil, count: families.count)
        var children = [[ChildLink]](repeating: [], count: families.count)
        var childOf = [[(family: Int, pedigree: FamilyGraph.ParentKind?)]](repeating: [], count: individuals.count)
        var partnerIn = [[Int]](repeating: [], count: individuals.count)

        // What each record says itself, resolved and without repeats (the first mention wins).
        for index in families.indices {
            husbands[index] = individual(families[index].husband)
            wives[index] = individual(families[index].wife)
            if wives[index] == husbands[index] { wives[index] = nil }
            for draft in families[index].children {
                guard let child = individual(draft.xref), !children[index].contains(where: { $0.child == child })
                else { continue }
                children[index].append(ChildLink(child: child, father: draft.father, mother: draft.mother))
            }
        }
        for index in individuals.indices {
            for draft in individuals[index].childOf {
                guard let family = family(draft.family), !childOf[index].contains(where: { $0.family == family })
                else { continue }
                childOf[index].append((family, draft.pedigree))
            }
            for xref in individuals[index].partnerIn {
                guard let family = family(xref), !partnerIn[index].contains(family) else { continue }
                partnerIn[index].append(family)
            }
        }

        // Partners: FAMS without HUSB/WIFE takes a free slot (by sex first); then every partner lists FAMS.
        for index in individuals.indices {
            partnerIn[index].removeAll { family in
                if husbands[family] == index || wives[family] == index { return false }
                let prefersWife = individuals[index].sex == .female
                if prefersWife ? wives[family] == nil : husbands[family] == nil {
                    if prefersWife { wives[family] = index } else { husbands[family] = index }
                } else if prefersWife ? husbands[family] == nil : wives[family] == nil {
                    if prefersWife { husbands[family] = index } else { wives[family] = index }
                } else {
                    return true
                }
                return false
            }
        }
        for family in families.indices {
            for partner in [husbands[family], wives[family]].compactMap({ $0 })
            where !partnerIn[partner].contains(family) {
                partnerIn[partner].append(family)
            }
        }

        // Children: each side gains what only the other side says.
        for index in individuals.indices {
            for link in childOf[index] where !children[link.family].contains(where: { $0.child == index }) {
                children[link.family].append(ChildLink(child: index))
            }
        }
        for family in families.indices {
            for link in children[family] where !childOf[link.child].contains(where: { $0.family == family }) {
                childOf[link.child].append((family, nil))
            }
        }

        // Kinds, now that both sides are known.
        var resolvedChildren = [[GedcomChild]](repeating: [], count: families.count)
        var summaries: [Int: [Int: FamilyGraph.ParentKind]] = [:]
        for family in families.indices {
            for link in children[family] {
                let pedigree = childOf[link.child].first { $0.family == family }?.pedigree
                let adoption = individuals[link.child].adoptions.first { self.family($0.family) == family }
                let kinds = GedcomParentKinds.resolve(
                    pedigree: pedigree, adoption: adoption?.by, father: link.father, mother: link.mother)
                resolvedChildren[family].append(
                    GedcomChild(
                        xref: individuals[link.child].xref, fatherKind: kinds.father, motherKind: kinds.mother))
                summaries[link.child, default: [:]][family] =
                    pedigree
                    ?? GedcomParentKinds.summary(
                        father: kinds.father, mother: kinds.mother, hasHusband: husbands[family] != nil,
                        hasWife: wives[family] != nil)
            }
        }

        let resultFamilies = families.indices.map { index in
            GedcomFamily(
                xref: families[index].xref, husband: husbands[index].map { individuals[$0].xref },
                wife: wives[index].map { individuals[$0].xref }, children: resolvedChildren[index],
                status: GedcomPartnerStatus.status(
                    events: families[index].events, statusText: families[index].statusText),
                line: families[index].line)
        }
        let resultIndividuals = individuals.indices.map { index in
            let draft = individuals[index]
            let name = GedcomName(value: draft.nameValue, given: draft.given, surname: draft.surname)
            let birthDate = GedcomName.collapsed(draft.birthDate?[...])
            return GedcomIndividual(
                xref: draft.xref, name: name.display, givenName: name.given, surname: name.surname,
                sex: draft.sex ?? .unknown, birthDate: birthDate, born: birthDate.flatMap(GedcomDate.isoPartial),
                deceased: draft.deceased, line: draft.line,
                childOf: childOf[index].map { link in
                    (families[link.family].xref, summaries[index]?[link.family] ?? link.pedigree ?? .birth)
                },
                partnerIn: partnerIn[index].map { families[$0].xref })
        }
        return GedcomDocument(
            individuals: resultIndividuals, families: resultFamilies, version: version,
            encoding: encoding.rawValue, customTags: customTags, recordsWithoutID: recordsWithoutID,
            lineCount: lineCount)
    }
}
