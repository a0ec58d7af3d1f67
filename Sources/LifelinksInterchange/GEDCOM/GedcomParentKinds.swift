import LifelinksModel

/// How the words GEDCOM and its dialects use for a child's link to a family map to `ParentKind`.
enum GedcomParentKinds {
    /// PEDI (5.5.1 lower case, 7.0 upper case) or `_FREL`/`_MREL` (Family Tree Maker) text, trimmed and
    /// lower-cased.
    ///
    /// Sealing is an LDS ordinance over a birth or adoptive link and says nothing against birth, so it reads
    /// as birth; OTHER, Unknown and Private say nothing, so they give nil and the default applies.
    static func kind(_ text: String) -> FamilyGraph.ParentKind? {
        switch text {
        case "birth", "natural", "biological", "sealed", "sealing": return .birth
        case "adopted", "adoptive", "adoption": return .adoptive
        case "step", "stepchild", "step-child": return .step
        case "foster", "fostered": return .foster
        default: return nil
        }
    }

    /// The kinds of a family's two parents for one child.
    ///
    /// Evidence from least to most specific: the child's PEDI (one word for the whole link), an ADOP
    /// event naming this family (which parent adopted: a stepfather adopting his wife's child leaves her
    /// the birth mother), then `_FREL`/`_MREL` (one word per parent). Missing evidence means birth.
    static func resolve(
        pedigree: FamilyGraph.ParentKind?, adoption: GedcomAdoptingParents?, father: FamilyGraph.ParentKind?,
        mother: FamilyGraph.ParentKind?
    ) -> (father: FamilyGraph.ParentKind, mother: FamilyGraph.ParentKind) {
        var kinds = (father: pedigree ?? .birth, mother: pedigree ?? .birth)
        switch adoption {
        case .husband?: kinds = (.adoptive, pedigree == .adoptive ? .birth : kinds.mother)
        case .wife?: kinds = (pedigree == .adoptive ? .birth : kinds.father, .adoptive)
        case .both?: kinds = (.adoptive, .adoptive)
        case nil: break
        }
        if let father { kinds.father = father }
        if let mother { kinds.mother = mother }
        return kinds
    }

    /// One word for a child's whole link to a family, when PEDI gave none.
    ///
    /// Only the parents the family has count. When they differ, the link is not birth on both sides, and
    /// the non-birth kind is reported: presenting a step or adoptive tie as birth kin is the mistake to avoid.
    static func summary(
        father: FamilyGraph.ParentKind, mother: FamilyGraph.ParentKind, hasHusband: Bool, hasWife: Bool
    ) -> FamilyGraph.ParentKind {
        switch (hasHusband, hasWife) {
        case (true, false): return father
        case (false, true): return mother
        default: return father != .birth ? father : mother
        }
    }
}
