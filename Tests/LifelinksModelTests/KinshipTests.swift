import Foundation
import Testing

@testable import LifelinksModel

/// Kinship words on a hand-built family, both ways round, with the side of the family where the young person
/// is one end.
@Suite("Kinship")
struct KinshipTests {
    /// "`a` is `b`'s `label`" and "`b` is `a`'s `reverse`", with the side both ways.
    struct Case: Sendable, CustomTestStringConvertible {
        var a: String
        var b: String
        var label: String
        var reverse: String
        var side: FamilySide?

        init(_ a: String, _ b: String, _ label: String, _ reverse: String, _ side: FamilySide? = nil) {
            self.a = a
            self.b = b
            self.label = label
            self.reverse = reverse
            self.side = side
        }

        var testDescription: String { "\(a) is \(b)'s \(label); \(b) is \(a)'s \(reverse)" }
    }

    static let yp = KinshipFamily.youngPerson

    static let bloodCases: [Case] = [
        Case("mum", yp, "mother", "daughter", .maternal),
        Case("dad", yp, "father", "daughter", .paternal),
        Case("mum-sib", "mum-sib-kid", "parent", "son"),
        Case("bro", "mum", "son", "mother"),
        Case("sib", "mum", "child", "mother"),
        Case("baby", yp, "son", "mother"),
        Case("bro", yp, "brother", "sister"),
        Case("sis", "bro", "sister", "brother"),
        Case("sib", yp, "sibling", "sister"),
        Case("half-bro", yp, "half-brother", "half-sister", .maternal),
        Case("half-sis", yp, "half-sister", "half-sister", .paternal),
        Case("nan", yp, "grandmother", "granddaughter", .maternal),
        Case("pops", yp, "grandfather", "granddaughter", .paternal),
        Case("great-nan", yp, "great-grandmother", "great-granddaughter", .maternal),
        Case("great-great-grandad", yp, "great-great-grandfather", "great-great-granddaughter", .maternal),
        Case("nan", "nephew", "great-grandmother", "great-grandson"),
        Case("nan", "baby", "great-grandmother", "great-grandson"),
        Case("auntie", yp, "aunt", "niece", .maternal),
        Case("uncle", yp, "uncle", "niece", .maternal),
        Case("mum-sib", yp, "aunt or uncle", "niece", .maternal),
        Case("paternal-uncle", yp, "uncle", "niece", .paternal),
        Case("june", yp, "great-aunt", "great-niece", .maternal),
        Case("great-great-uncle", yp, "great-great-uncle", "great-great-niece", .maternal),
        Case("niece", yp, "niece", "aunt"),
        Case("nephew", yp, "nephew", "aunt"),
        Case("great-niece", yp, "great-niece", "great-aunt"),
        Case("mum-sib-kid", "mum", "nephew", "aunt"),
        Case("cousin", yp, "first cousin", "first cousin", .maternal),
        Case("second-cousin", yp, "second cousin", "second cousin", .maternal),
        Case("cousin-daughter", yp, "first cousin once removed", "first cousin once removed", .maternal),
        Case("sc-granddaughter", yp, "second cousin twice removed", "second cousin twice removed", .maternal),
        Case("half-aunt", yp, "half-aunt", "half-niece", .maternal),
        Case("half-cousin", yp, "half first cousin", "half first cousin", .maternal),
    ]

    static let partnerCases: [Case] = [
        Case("stepdad", "mum", "husband", "wife"),
        Case("dad", "mum", "former husband", "former wife"),
        Case("mum-ex", "mum", "former partner", "former partner"),
        Case("uncle", "uncle-wife", "husband (separated)", "wife (separated)"),
        Case("mum-sib-partner", "mum-sib", "partner", "partner"),
        Case("stepdad", yp, "stepfather", "stepdaughter", .maternal),
        Case("stepmum", yp, "stepmother", "stepdaughter", .paternal),
        Case("bro", "stepdad", "stepson", "stepfather"),
        Case("step-bro", yp, "stepbrother", "stepsister", .paternal),
        Case("step-sis", yp, "stepsister", "stepsister", .paternal),
        Case("step-bro", "half-sis", "stepbrother", "stepsister"),
        Case("dad-ex", yp, "father's former wife", "former husband's daughter", .paternal),
        Case("mum-ex", yp, "mother's former partner", "former partner's daughter", .maternal),
        Case("nan", "stepdad", "mother-in-law", "son-in-law"),
        Case("grandad", "stepdad", "father-in-law", "son-in-law"),
        Case("uncle-wife", "nan", "daughter-in-law", "mother-in-law"),
        Case("auntie-husband", "mum", "brother-in-law", "sister-in-law"),
        Case("uncle-wife", "mum", "sister-in-law", "sister-in-law"),
        Case("uncle", "stepdad", "brother-in-law", "brother-in-law"),
        Case("dad", "nan", "former son-in-law", "former mother-in-law"),
        Case("auntie-husband", yp, "aunt's husband", "wife's niece", .maternal),
    ]

    static let adoptiveAndFosterCases: [Case] = [
        Case("adoptive-mum", "adoptee", "adoptive mother", "adoptive son"),
        Case("adoptive-dad", "adoptee", "adoptive father", "adoptive son"),
        Case("adoptive-bro", "adoptee", "adoptive brother", "adoptive brother"),
        Case("adoptive-nan", "adoptee", "adoptive grandmother", "adoptive grandson"),
        Case("birth-mum", "adoptee", "mother", "son"),
        Case("birth-nan", "adoptee", "grandmother", "grandson"),
        Case("foster-mum", yp, "foster mother", "foster daughter"),
        Case("foster-dad", yp, "foster father", "foster daughter"),
        Case("foster-kid", "foster-mum", "foster son", "foster mother"),
        Case("foster-bro", yp, "foster brother", "foster sister"),
        Case("foster-kid", yp, "foster brother", "foster sister"),
        Case("foster-nan", yp, "foster grandmother", "foster granddaughter"),
    ]

    @Test("blood kin are named by generations, with the side of the young person's family", arguments: bloodCases)
    func bloodKin(_ expected: Case) {
        Self.check(expected)
    }

    @Test("partners, step relations and in-laws", arguments: partnerCases)
    func partnersAndInLaws(_ expected: Case) {
        Self.check(expected)
    }

    @Test("adoptive and foster ties are named as such", arguments: adoptiveAndFosterCases)
    func adoptiveAndFoster(_ expected: Case) {
        Self.check(expected)
    }

    static func check(_ expected: Case, sourceLocation: SourceLocation = #_sourceLocation) {
        let kinship = KinshipFamily.kinship
        let forward = kinship.relationship(of: expected.a, to: expected.b)
        let backward = kinship.relationship(of: expected.b, to: expected.a)
        #expect(forward?.label == expected.label, sourceLocation: sourceLocation)
        #expect(backward?.label == expected.reverse, sourceLocation: sourceLocation)
        #expect(forward?.side == expected.side?.rawValue, sourceLocation: sourceLocation)
        #expect(backward?.side == expected.side?.rawValue, sourceLocation: sourceLocation)
        #expect(forward?.paths.first?.label == expected.label, sourceLocation: sourceLocation)
    }

    @Test("distant kin: greats past three are counted, cousins past tenth take numbers")
    func distantWords() {
        #expect(KinWords.blood(up: 0, down: 6, sex: .female, half: false) == "4x great-grandmother")
        #expect(KinWords.blood(up: 5, down: 0, sex: .unknown, half: false) == "great-great-great-grandchild")
        #expect(KinWords.blood(up: 1, down: 3, sex: .unknown, half: true) == "half-great-aunt or half-great-uncle")
        #expect(KinWords.blood(up: 4, down: 1, sex: .male, half: false) == "great-great-nephew")
        #expect(KinWords.blood(up: 4, down: 7, sex: .male, half: false) == "third cousin three times removed")
        #expect(KinWords.blood(up: 12, down: 12, sex: .female, half: false) == "11th cousin")
        #expect(KinWords.blood(up: 22, down: 23, sex: .female, half: true) == "half 21st cousin once removed")
    }

    // MARK: - Generations and paths

    @Test("blood kin carry the generations up to the common ancestor; other ties carry none")
    func generations() {
        let kinship = KinshipFamily.kinship
        let cousin = kinship.relationship(of: "cousin-daughter", to: Self.yp)
        #expect(cousin?.aUp == 3 && cousin?.bUp == 2)
        let greatUncle = kinship.relationship(of: "great-great-uncle", to: Self.yp)
        #expect(greatUncle?.aUp == 1 && greatUncle?.bUp == 4)
        let grandmother = kinship.relationship(of: "nan", to: Self.yp)
        #expect(grandmother?.aUp == 0 && grandmother?.bUp == 2)
        for other in ["stepdad", "foster-mum", "step-bro", "adoptive-nan", "auntie-husband"] {
            let result = kinship.relationship(of: other, to: Self.yp) ?? kinship.relationship(of: other, to: "adoptee")
            #expect(result != nil)
            #expect(result?.aUp == nil && result?.bUp == nil, "\(other) is not blood kin")
        }
    }

    @Test("each step says what one person is to the next, with the parent kind or partner status")
    func steps() throws {
        let kinship = KinshipFamily.kinship
        let aunt = try #require(kinship.relationship(of: "auntie", to: Self.yp)?.paths.first)
        #expect(
            aunt.steps == [
                KinshipPath.Step(from: "auntie", to: "mum", relation: .sibling(kind: .full)),
                KinshipPath.Step(from: "mum", to: Self.yp, relation: .parent(kind: .birth)),
            ])
        let stepfather = try #require(kinship.relationship(of: "stepdad", to: "bro")?.paths.first)
        #expect(
            stepfather.steps == [
                KinshipPath.Step(from: "stepdad", to: "mum", relation: .partner(status: .married)),
                KinshipPath.Step(from: "mum", to: "bro", relation: .parent(kind: .birth)),
            ])
        let fosterChild = try #require(kinship.relationship(of: Self.yp, to: "foster-dad")?.paths.first)
        #expect(
            fosterChild.steps == [KinshipPath.Step(from: Self.yp, to: "foster-dad", relation: .child(kind: .foster))])
    }

    @Test("adoptive, foster and step kin are never named as birth kin, on any path")
    func neverBirthKin() {
        let kinship = KinshipFamily.kinship
        let birthWords: Set = ["mother", "father", "son", "daughter", "brother", "sister", "grandmother", "grandson"]
        let pairs = [
            ("adoptive-mum", "adoptee"), ("adoptee", "adoptive-dad"), ("adoptive-bro", "adoptee"),
            ("adoptive-nan", "adoptee"), ("adoptee", "adoptive-nan"), ("foster-mum", Self.yp), (Self.yp, "foster-dad"),
            ("foster-bro", Self.yp), ("foster-nan", Self.yp), ("stepdad", Self.yp), ("step-bro", Self.yp),
            ("stepmum", "half-sis"),
        ]
        for (a, b) in pairs {
            let result = kinship.relationship(of: a, to: b)
            #expect(result != nil)
            for path in result?.paths ?? [] {
                #expect(!birthWords.contains(path.label), "\(a) to \(b): \(path.label)")
            }
        }
    }

    @Test("a stated step-parent link reads as stepmother and stepson")
    func statedStepParent() {
        let graph = FamilyGraph(
            people: [.init(id: "carol", sex: .female), .init(id: "liam", sex: .male)],
            parentLinks: [.init(parent: "carol", child: "liam", kind: .step)])
        let kinship = Kinship(graph)
        #expect(kinship.relationship(of: "carol", to: "liam")?.label == "stepmother")
        #expect(kinship.relationship(of: "liam", to: "carol")?.label == "stepson")
        #expect(kinship.relationship(of: "liam", to: "carol")?.aUp == nil)
    }

    // MARK: - Siblings

    @Test("siblings stated where parents are unknown count, as full, half or step")
    func statedSiblings() {
        let graph = FamilyGraph(
            people: ["ana", "ben", "cat", "dan"].map { FamilyGraph.Person(id: $0, sex: $0 == "cat" ? .female : .male) },
            statedSiblings: [
                .init("ana", "ben", kind: .full), .init("ana", "cat", kind: .half), .init("dan", "ana", kind: .step),
            ])
        let kinship = Kinship(graph)
        #expect(kinship.relationship(of: "ben", to: "ana")?.label == "brother")
        #expect(kinship.relationship(of: "cat", to: "ana")?.label == "half-sister")
        #expect(kinship.relationship(of: "dan", to: "ana")?.label == "stepbrother")
        #expect(kinship.relationship(of: "ben", to: "ana")?.aUp == 1)
    }

    @Test("parents decide over a stated sibling tie, and an unrecorded parent is not assumed different")
    func derivedSiblings() {
        let people = ["mo", "fa", "fb", "x", "y", "z", "w"].map { FamilyGraph.Person(id: $0, sex: .male) }
        let links =
            KinshipFamily.births("mo", "fa", ["x", "y"]) + KinshipFamily.births("mo", "fb", ["z"])
            + KinshipFamily.births("mo", nil, ["w"])
        let graph = FamilyGraph(
            people: people, parentLinks: links,
            statedSiblings: [.init("x", "y", kind: .half), .init("x", "z", kind: .full)])
        let kinship = Kinship(graph)
        #expect(kinship.relationship(of: "y", to: "x")?.label == "brother")
        #expect(kinship.relationship(of: "z", to: "x")?.label == "half-brother")
        #expect(kinship.relationship(of: "w", to: "x")?.label == "brother")
    }

    // MARK: - Several paths

    /// Two sisters' children, first cousins, marry; their son has two lines up to his great-grandparents.
    static let cousinsWhoMarried = FamilyGraph(
        people: [
            .init(id: "gg-nan", sex: .female), .init(id: "gg-pop", sex: .male), .init(id: "ann", sex: .female),
            .init(id: "bea", sex: .female), .init(id: "carl", sex: .male), .init(id: "cleo", sex: .female),
            .init(id: "xander", sex: .male),
        ],
        parentLinks: KinshipFamily.births("gg-nan", "gg-pop", ["ann", "bea"])
            + KinshipFamily.births("ann", nil, ["carl"])
            + KinshipFamily.births("bea", nil, ["cleo"]) + KinshipFamily.births("carl", "cleo", ["xander"]),
        partnerships: [.init("carl", "cleo", status: .married)])

    @Test("pedigree collapse: a child of cousins has two paths to the shared great-grandparents, nearest first")
    func pedigreeCollapse() throws {
        let kinship = Kinship(Self.cousinsWhoMarried)
        let result = try #require(kinship.relationship(of: "gg-nan", to: "xander"))
        #expect(result.label == "great-grandmother")
        #expect(result.paths.map(\.label) == ["great-grandmother", "great-grandmother"])
        #expect(result.paths.map { $0.steps.map(\.to) } == [["ann", "carl", "xander"], ["bea", "cleo", "xander"]])

        let grandmother = try #require(kinship.relationship(of: "ann", to: "xander"))
        #expect(grandmother.paths.map(\.label) == ["grandmother", "great-aunt"])
        #expect(grandmother.aUp == 0 && grandmother.bUp == 2)
    }

    @Test("cousins who married are wife and husband first, and first cousins second")
    func intermarriage() throws {
        let kinship = Kinship(Self.cousinsWhoMarried)
        let result = try #require(kinship.relationship(of: "cleo", to: "carl"))
        #expect(result.label == "wife")
        #expect(result.paths.map(\.label) == ["wife", "first cousin"])
        #expect(result.aUp == nil)
    }

    @Test("double first cousins are joined through both parents")
    func doubleCousins() throws {
        let people = ["p1", "p2", "q1", "q2", "b1", "b2", "s1", "s2", "k1", "k2"].map {
            FamilyGraph.Person(id: $0, sex: $0.hasPrefix("s") ? .female : .male)
        }
        let links =
            KinshipFamily.births("p1", "p2", ["b1", "b2"]) + KinshipFamily.births("q1", "q2", ["s1", "s2"])
            + KinshipFamily.births("b1", "s1", ["k1"]) + KinshipFamily.births("b2", "s2", ["k2"])
        let kinship = Kinship(FamilyGraph(people: people, parentLinks: links))
        let result = try #require(kinship.relationship(of: "k1", to: "k2"))
        #expect(result.paths.map(\.label) == ["first cousin", "first cousin"])
        #expect(result.paths.map { $0.steps.map(\.to) } == [["b1", "b2", "k2"], ["s1", "s2", "k2"]])
    }

    // MARK: - Edges of the question

    @Test("unknown people and people with nothing between them have no relationship; a person is themself")
    func noRelationship() {
        let kinship = KinshipFamily.kinship
        #expect(kinship.relationship(of: "nobody", to: Self.yp) == nil)
        #expect(kinship.relationship(of: Self.yp, to: "nobody") == nil)
        #expect(kinship.relationship(of: "adoptee", to: Self.yp) == nil)
        let same = kinship.relationship(of: "mum", to: "mum")
        #expect(same?.label == "same person" && same?.paths.isEmpty == true)
    }

    @Test("relatives within one degree are the young person's direct ties, by id (stepsiblings are three away)")
    func relativesWithinOne() {
        let relatives = KinshipFamily.kinship.relatives(of: Self.yp, within: 1)
        #expect(
            relatives.map(\.a) == [
                "baby", "bro", "dad", "foster-bro", "foster-dad", "foster-kid", "foster-mum", "half-bro", "half-sis",
                "mum", "sib", "sis",
            ])
        #expect(relatives.allSatisfy { $0.b == Self.yp })
    }

    @Test("relatives come nearest first, then by id, and say what each is to the young person")
    func relativesNearestFirst() {
        let relatives = KinshipFamily.kinship.relatives(of: Self.yp, within: 3)
        let steps = relatives.map { $0.paths[0].steps.count }
        #expect(steps == steps.sorted())
        #expect(steps.max() == 3)
        for degree in 1...3 {
            let ids = relatives.filter { $0.paths[0].steps.count == degree }.map(\.a)
            #expect(ids == ids.sorted())
        }
        let cousin = relatives.first { $0.a == "cousin" }
        #expect(cousin?.label == "first cousin" && cousin?.side == "maternal")
        #expect(!relatives.contains { $0.a == "second-cousin" })
        #expect(KinshipFamily.kinship.relatives(of: Self.yp, within: 0).isEmpty)
    }

    @Test("a result survives a JSON round trip")
    func codable() throws {
        let result = try #require(KinshipFamily.kinship.relationship(of: "stepdad", to: Self.yp))
        let data = try JSONEncoder().encode(result)
        #expect(try JSONDecoder().decode(KinshipResult.self, from: data) == result)
    }
}
