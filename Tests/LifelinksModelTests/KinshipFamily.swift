@testable import LifelinksModel

/// An invented extended family around one young person, with every kind of tie the kinship words cover.
///
/// Ids say what each person is to the young person, so a failing expectation reads on its own.
enum KinshipFamily {
    typealias Person = FamilyGraph.Person
    typealias Link = FamilyGraph.ParentLink
    typealias Couple = FamilyGraph.Partnership

    static let youngPerson = Connection.youngPersonID

    static let people: [Person] = [
        Person(id: youngPerson, sex: .female),
        // Parents, their partners and the young person's siblings.
        Person(id: "mum", sex: .female), Person(id: "dad", sex: .male), Person(id: "stepdad", sex: .male),
        Person(id: "stepmum", sex: .female), Person(id: "mum-ex", sex: .male), Person(id: "dad-ex", sex: .female),
        Person(id: "bro", sex: .male), Person(id: "sis", sex: .female), Person(id: "sib", sex: .unknown),
        Person(id: "half-bro", sex: .male), Person(id: "half-sis", sex: .female),
        Person(id: "step-bro", sex: .male), Person(id: "step-sis", sex: .female), Person(id: "baby", sex: .male),
        Person(id: "niece", sex: .female), Person(id: "nephew", sex: .male), Person(id: "great-niece", sex: .female),
        // The mother's side.
        Person(id: "nan", sex: .female), Person(id: "grandad", sex: .male), Person(id: "grandad-ex", sex: .female),
        Person(id: "auntie", sex: .female), Person(id: "uncle", sex: .male), Person(id: "mum-sib", sex: .unknown),
        Person(id: "auntie-husband", sex: .male), Person(id: "uncle-wife", sex: .female),
        Person(id: "mum-sib-partner", sex: .unknown), Person(id: "mum-sib-kid", sex: .male),
        Person(id: "cousin", sex: .male), Person(id: "cousin-daughter", sex: .female),
        Person(id: "half-aunt", sex: .female), Person(id: "half-cousin", sex: .male),
        Person(id: "great-nan", sex: .female), Person(id: "great-grandad", sex: .male),
        Person(id: "june", sex: .female), Person(id: "june-son", sex: .male),
        Person(id: "second-cousin", sex: .female), Person(id: "sc-son", sex: .male),
        Person(id: "sc-granddaughter", sex: .female),
        Person(id: "great-great-nan", sex: .female), Person(id: "great-great-grandad", sex: .male),
        Person(id: "great-great-uncle", sex: .male),
        // The father's side.
        Person(id: "gran", sex: .female), Person(id: "pops", sex: .male), Person(id: "paternal-uncle", sex: .male),
        // Foster carers.
        Person(id: "foster-mum", sex: .female), Person(id: "foster-dad", sex: .male),
        Person(id: "foster-bro", sex: .male), Person(id: "foster-kid", sex: .male),
        Person(id: "foster-nan", sex: .female),
        // An adopted boy, apart from the young person's family.
        Person(id: "adoptee", sex: .male), Person(id: "birth-mum", sex: .female), Person(id: "birth-nan", sex: .female),
        Person(id: "adoptive-mum", sex: .female), Person(id: "adoptive-dad", sex: .male),
        Person(id: "adoptive-bro", sex: .male), Person(id: "adoptive-nan", sex: .female),
    ]

    static let links: [Link] =
        births("mum", "dad", [youngPerson, "bro", "sis", "sib"])
        + births("mum", "mum-ex", ["half-bro"]) + births("dad", "dad-ex", ["half-sis"])
        + births("stepmum", nil, ["step-bro", "step-sis"]) + births(youngPerson, nil, ["baby"])
        + births("sis", nil, ["niece"]) + births("bro", nil, ["nephew"]) + births("niece", nil, ["great-niece"])
        + births("nan", "grandad", ["mum", "auntie", "uncle", "mum-sib"])
        + births("grandad", "grandad-ex", ["half-aunt"]) + births("half-aunt", nil, ["half-cousin"])
        + births("mum-sib", nil, ["mum-sib-kid"])
        + births("auntie", "auntie-husband", ["cousin"]) + births("cousin", nil, ["cousin-daughter"])
        + births("great-nan", "great-grandad", ["nan", "june"]) + births("june", nil, ["june-son"])
        + births("june-son", nil, ["second-cousin"]) + births("second-cousin", nil, ["sc-son"])
        + births("sc-son", nil, ["sc-granddaughter"])
        + births("great-great-nan", "great-great-grandad", ["great-nan", "great-great-uncle"])
        + births("gran", "pops", ["dad", "paternal-uncle"])
        + births("foster-mum", "foster-dad", ["foster-bro"])
        + [youngPerson, "foster-kid"].flatMap { child in
            ["foster-mum", "foster-dad"].map { Link(parent: $0, child: child, kind: .foster) }
        }
        + births("foster-nan", nil, ["foster-mum"])
        + births("birth-nan", nil, ["birth-mum"]) + births("birth-mum", nil, ["adoptee"])
        + births("adoptive-mum", "adoptive-dad", ["adoptive-bro"]) + births("adoptive-nan", nil, ["adoptive-mum"])
        + ["adoptive-mum", "adoptive-dad"].map { Link(parent: $0, child: "adoptee", kind: .adoptive) }

    static let couples: [Couple] = [
        Couple("mum", "dad", status: .divorced), Couple("mum", "stepdad", status: .married),
        Couple("dad", "stepmum", status: .married), Couple("mum", "mum-ex", status: .former),
        Couple("dad", "dad-ex", status: .divorced), Couple("nan", "grandad", status: .married),
        Couple("auntie", "auntie-husband", status: .married), Couple("uncle", "uncle-wife", status: .separated),
        Couple("mum-sib", "mum-sib-partner", status: .unmarried), Couple("foster-mum", "foster-dad", status: .married),
        Couple("adoptive-mum", "adoptive-dad", status: .married),
    ]

    static let graph = FamilyGraph(people: people, parentLinks: links, partnerships: couples)
    static let kinship = Kinship(graph)

    /// Birth links from one or two parents to each child.
    static func births(_ first: String, _ second: String?, _ children: [String]) -> [Link] {
        children.flatMap { child in
            [first, second].compactMap { $0 }.map { Link(parent: $0, child: child, kind: .birth) }
        }
    }
}
