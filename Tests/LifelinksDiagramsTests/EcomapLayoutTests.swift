import LifelinksModel
import Testing

@testable import LifelinksDiagrams

@Suite("The sector-by-ring layout")
struct EcomapLayoutTests {
    /// Whether two estimated node boxes overlap.
    func overlap(_ a: EcomapLayout.Point, _ sizeA: (Double, Double), _ b: EcomapLayout.Point, _ sizeB: (Double, Double))
        -> Bool
    {
        abs(a.x - b.x) < sizeA.0 + sizeB.0 && abs(a.y - b.y) < sizeA.1 + sizeB.1
    }

    @Test("No two nodes overlap, for networks from 1 to 90 people", arguments: [1, 2, 5, 8, 26, 40, 60, 90])
    func noOverlaps(_ count: Int) {
        let people = Fixtures.large(count).connections
        let layout = EcomapLayout(people)
        #expect(layout.positions.count == count)
        for (i, a) in people.enumerated() {
            for b in people[(i + 1)...] {
                #expect(
                    !overlap(
                        layout.positions[a.id]!, EcomapLayout.footprint(a), layout.positions[b.id]!,
                        EcomapLayout.footprint(b)),
                    "\(a.id) overlaps \(b.id)")
            }
            let point = layout.positions[a.id]!
            #expect(
                (point.x * point.x + point.y * point.y).squareRoot() >= EcomapLayout.firstRing - 1,
                "clear of the centre")
        }
    }

    @Test("Closer ties sit nearer the young person, within a sector")
    func closerIsNearer() {
        let base = Connection(id: "a", name: "A", category: .friend)
        var strong = base
        strong.closeness = .strong
        var lost = base
        lost.id = "b"
        lost.closeness = .lost
        let layout = EcomapLayout([strong, lost])
        func distance(_ id: String) -> Double {
            let point = layout.positions[id]!
            return (point.x * point.x + point.y * point.y).squareRoot()
        }
        #expect(distance("a") < distance("b"))
    }

    @Test("Each sector keeps its people together, the mother's side to the left and the father's to the right")
    func sidesOfTheFamily() {
        let maternal = Connection(id: "m", name: "M", category: .family, side: .maternal, closeness: .strong)
        let paternal = Connection(id: "p", name: "P", category: .family, side: .paternal, closeness: .strong)
        let layout = EcomapLayout([maternal, paternal])
        #expect(layout.positions["m"]!.x < 0)
        #expect(layout.positions["p"]!.x > 0)
    }
}
