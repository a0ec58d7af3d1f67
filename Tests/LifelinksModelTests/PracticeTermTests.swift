import Foundation
import Testing

@testable import LifelinksModel

@Suite("PracticeTerm")
struct PracticeTermTests {
    // MARK: - parse

    @Test(
        "parses ignoring case and surrounding spaces",
        arguments: [
            ("do-not-contact", SearchStage.doNotContact),
            ("DO-NOT-CONTACT", .doNotContact),
            ("Not-Found", .notFound),
            ("  committed  ", .committed),
            ("\tInvited\n", .invited),
            ("\u{00A0}located\r\n", .located),
            ("identified", .identified),
        ])
    func parses(text: String, expected: SearchStage) {
        #expect(SearchStage.parse(text) == expected)
    }

    @Test(
        "refuses anything that is not one of the spellings",
        arguments: [
            "", "   ", "maybe", "not found", "not_found", "notFound", "do not contact", "committed.", "commit",
            "identified located", "-identified", "identifie", "ıdentified",
        ])
    func refusesUnknown(text: String) {
        #expect(SearchStage.parse(text) == nil)
    }

    @Test("parses other vocabularies the same way")
    func otherVocabularies() {
        #expect(Safety.parse(" Conditional ") == .conditional)
        #expect(Wishes.parse("NO-CONTACT") == .noContact)
        #expect(Audience.parse("Family") == .family)
        #expect(CareStatus.parse(" care-leaver") == .careLeaver)
        #expect(RelationKind.parse("Half-Sibling") == .halfSibling)
        #expect(SupportKind.parse("identity-history\n") == .identityHistory)
        #expect(Frequency.parse("As-Needed") == .asNeeded)
        #expect(Safety.parse("dangerous") == nil)
        #expect(Audience.parse("Young-Person") == .youngPerson)
        #expect(Audience.parse("carer") == nil)
    }

    /// Every case of a vocabulary: spelt lower-case with no spaces, and parsed back from any case and padding.
    private func checkVocabulary<Term: PracticeTerm>(
        _ type: Term.Type, count: Int, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(Term.allCases.count == count, sourceLocation: sourceLocation)
        #expect(Set(Term.allCases.map(\.rawValue)).count == count, sourceLocation: sourceLocation)
        for term in Term.allCases {
            let raw = term.rawValue
            #expect(!raw.isEmpty, sourceLocation: sourceLocation)
            #expect(raw == raw.lowercased(), "\(raw)", sourceLocation: sourceLocation)
            #expect(!raw.contains { $0.isWhitespace }, "\(raw)", sourceLocation: sourceLocation)
            #expect(Term.parse(raw) == term, sourceLocation: sourceLocation)
            #expect(Term.parse(raw.uppercased()) == term, "\(raw)", sourceLocation: sourceLocation)
            #expect(Term.parse(" \t\(raw.capitalized)\n ") == term, "\(raw)", sourceLocation: sourceLocation)
            #expect(Term.parse(raw + "x") == nil, "\(raw)", sourceLocation: sourceLocation)
        }
        let listed = Term.spellings.components(separatedBy: " | ")
        #expect(listed.count == count, sourceLocation: sourceLocation)
        #expect(listed.compactMap(Term.parse) == Array(Term.allCases), sourceLocation: sourceLocation)
    }

    @Test("every vocabulary's spellings are lower-case, distinct, listed and parse back")
    func everyVocabulary() {
        checkVocabulary(SearchStage.self, count: 13)
        checkVocabulary(Safety.self, count: 4)
        checkVocabulary(Wishes.self, count: 3)
        checkVocabulary(Audience.self, count: 4)
        checkVocabulary(CareStatus.self, count: 2)
        checkVocabulary(Category.self, count: 9)
        checkVocabulary(Closeness.self, count: 5)
        checkVocabulary(ConnectionKind.self, count: 2)
        checkVocabulary(FamilySide.self, count: 3)
        checkVocabulary(SupportFlow.self, count: 4)
        checkVocabulary(RelationKind.self, count: 13)
        checkVocabulary(SupportKind.self, count: 8)
        checkVocabulary(Frequency.self, count: 7)
    }

    // MARK: - spellings

    @Test("spellings lists every raw value in order, joined by \" | \"")
    func spellings() {
        #expect(
            SearchStage.spellings
                == "identified | searching | located | contacted | visited | willing | invited | attended | committed"
                + " | declined | not-found | deceased | do-not-contact")
        #expect(Safety.spellings == "unassessed | safe | conditional | unsafe")
        #expect(Wishes.spellings == "wants-contact | unsure | no-contact")
        #expect(Audience.spellings == "professional | social-worker | family | young-person")
        #expect(CareStatus.spellings == "in-care | care-leaver")
        #expect(
            RelationKind.spellings
                == "parent | adoptive-parent | step-parent | foster-parent | partner | ex-partner | sibling"
                + " | half-sibling | step-sibling | spouse | separated | divorced | knows")
    }

    // MARK: - FoundVia and Responsible

    @Test(
        "found-via keywords and connection ids round-trip through their spelling",
        arguments: [
            (FoundVia.youngPerson, "young-person"), (.records, "records"), (.genealogy, "genealogy"),
            (.professional, "professional"), (.connection("nan-pat"), "nan-pat"), (.connection("K03"), "K03"),
            (.connection("record"), "record"),
        ])
    func foundViaRoundTrip(value: FoundVia, spelling: String) throws {
        #expect(value.spelling == spelling)
        #expect(FoundVia(spelling: spelling) == value)
        #expect(FoundVia(spelling: value.spelling) == value)
        let data = try JSONEncoder().encode([value])
        #expect(String(decoding: data, as: UTF8.self) == "[\"\(spelling)\"]")
        #expect(try JSONDecoder().decode([FoundVia].self, from: data) == [value])
    }

    @Test("found-via keywords ignore case and spaces; an id is only trimmed")
    func foundViaParsing() {
        #expect(FoundVia(spelling: " Young-Person ") == .youngPerson)
        #expect(FoundVia(spelling: "GENEALOGY") == .genealogy)
        #expect(FoundVia(spelling: "  Nan-Pat\t") == .connection("Nan-Pat"))
        #expect(
            FoundVia.keywords.components(separatedBy: " | ").map(FoundVia.init(spelling:)) == [
                .youngPerson, .records, .genealogy, .professional,
            ])
    }

    @Test(
        "responsible keywords and connection ids round-trip through their spelling",
        arguments: [
            (Responsible.socialWorker, "social-worker"), (.coordinator, "coordinator"), (.carer, "carer"),
            (.youngPerson, "young-person"), (.connection("nan-pat"), "nan-pat"),
            (.connection("Carer-Lou"), "Carer-Lou"),
        ])
    func responsibleRoundTrip(value: Responsible, spelling: String) throws {
        #expect(value.spelling == spelling)
        #expect(Responsible(spelling: spelling) == value)
        #expect(Responsible(spelling: value.spelling) == value)
        let data = try JSONEncoder().encode([value])
        #expect(try JSONDecoder().decode([Responsible].self, from: data) == [value])
    }

    @Test("responsible keywords ignore case and spaces; an id is only trimmed")
    func responsibleParsing() {
        #expect(Responsible(spelling: " Social-Worker ") == .socialWorker)
        #expect(Responsible(spelling: "COORDINATOR") == .coordinator)
        #expect(Responsible(spelling: " nan-pat ") == .connection("nan-pat"))
        #expect(
            Responsible.keywords.components(separatedBy: " | ").map(Responsible.init(spelling:)) == [
                .socialWorker, .coordinator, .carer, .youngPerson,
            ])
    }

    /// `found_via` and `responsible` read these words as keywords, so no connection may take one as
    /// its id: otherwise a pointer at that connection would read back as the keyword.
    @Test(
        "ids that read as keywords are reserved, in any case",
        arguments: [
            "records", "Records", "professional", "GENEALOGY", "carer", "Carer", "coordinator", "Social-Worker",
            "young-person",
        ])
    func keywordLikeIDsAreReserved(id: String) {
        #expect(Connection.isReserved(id))
        let keyword = id.lowercased()
        #expect(
            FoundVia(spelling: keyword) != .connection(keyword)
                || Responsible(spelling: keyword) != .connection(keyword))
    }

    @Test("ordinary ids are not reserved", arguments: ["nan", "carer-1", "mum", "records-office"])
    func ordinaryIDs(id: String) {
        #expect(!Connection.isReserved(id))
        #expect(FoundVia(spelling: id) == .connection(id))
        #expect(Responsible(spelling: id) == .connection(id))
    }

    // MARK: - FamilyRelation.canonical

    private static let symmetric: [RelationKind] = [
        .partner, .exPartner, .sibling, .halfSibling, .stepSibling, .spouse, .separated, .divorced, .knows,
    ]
    private static let directed: [RelationKind] = [.parent, .adoptiveParent, .stepParent, .fosterParent]

    @Test("only partner and sibling ties read the same both ways")
    func symmetricKinds() {
        #expect(RelationKind.allCases.filter(\.isSymmetric) == Self.symmetric)
        #expect(RelationKind.allCases.filter { !$0.isSymmetric } == Self.directed)
    }

    @Test("a symmetric tie puts the smaller id first", arguments: symmetric)
    func canonicalSymmetric(kind: RelationKind) {
        let backwards = FamilyRelation(from: "zoe", to: "amy", kind: kind)
        let forwards = FamilyRelation(from: "amy", to: "zoe", kind: kind)
        #expect(backwards.canonical == forwards)
        #expect(forwards.canonical == forwards)
        #expect(backwards.canonical.canonical == forwards)
        let withYoungPerson = FamilyRelation(from: Connection.youngPersonID, to: "amy", kind: kind)
        #expect(withYoungPerson.canonical == FamilyRelation(from: "amy", to: Connection.youngPersonID, kind: kind))
    }

    @Test("a parent tie is never turned round", arguments: directed)
    func canonicalDirected(kind: RelationKind) {
        let childFirst = FamilyRelation(from: "zoe", to: "amy", kind: kind)
        #expect(childFirst.canonical == childFirst)
        let parentFirst = FamilyRelation(from: "amy", to: "zoe", kind: kind)
        #expect(parentFirst.canonical == parentFirst)
    }
}
