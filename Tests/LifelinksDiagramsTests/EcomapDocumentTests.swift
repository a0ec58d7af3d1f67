import LifelinksModel
import Testing

@testable import LifelinksDiagrams

@Suite("The ecomap as a graph document")
struct EcomapDocumentTests {
    @Test("A small case gives the expected DOT for its people and ties")
    func smallCaseDOT() {
        let dot = Ecomap.document(for: Fixtures.small).dotText
        let lines = dot.split(separator: "\n").map(String.init)
        #expect(lines.first == "digraph \"ecomap\" {")
        let nan = lines.first { $0.hasPrefix("  \"c2\" ") }
        let club = lines.first { $0.hasPrefix("  \"c1\" ") }
        // Ids sort club before nan, so the club is c1.
        #expect(
            club?.hasPrefix(
                ##"  "c1" [shape="box", fillcolor="#F0C1A0", style="filled,dashed,rounded", penwidth="1.2", margin="0.14,0.07", label=<<B>Example Boxing Club</B><BR/><FONT POINT-SIZE="8"><I>identified</I></FONT>>, pos=""##
            ) == true)
        #expect(
            nan?.contains(##"shape="ellipse", fillcolor="#F9DDA3", style="filled", penwidth="1.4", peripheries="2""##)
                == true)
        #expect(
            nan?.contains(
                ##"label=<<B>Nan Example</B><BR/><FONT POINT-SIZE="9">my nan</FONT><BR/><FONT POINT-SIZE="8"><I>committed in the plan</I></FONT>>"##
            ) == true)
        #expect(
            lines.contains(
                ##"  "young-person" -> "c1" [penwidth="1.6", style="dashed", color="#000000", dir="none"];"##))
        #expect(lines.contains(##"  "young-person" -> "c2" [penwidth="4", color="#000000", dir="back"];"##))
        #expect(!dot.contains("private note"), "notes are never drawn")
        #expect(lines.last == "}")
    }

    @Test("Every sector gets a heading and every person one node and one tie")
    func nodesAndEdges() {
        let network = Fixtures.large(60)
        let document = Ecomap.document(for: network)
        let people = document.nodes.filter { $0.id.hasPrefix("c") }
        #expect(people.count == 60)
        #expect(document.edges.filter { $0.tail == "young-person" }.count == 60)
        let sectors = Set(network.connections.map(EcomapSector.init))
        #expect(document.nodes.filter { $0.id.hasPrefix("sector-") }.count == sectors.count)
        #expect(document.nodes.contains { $0.id == "key-1" }, "a legend is always drawn")
    }

    @Test("The same network always gives the same document")
    func deterministic() {
        let network = Fixtures.large(40)
        var shuffled = network
        shuffled.connections.reverse()
        #expect(Ecomap.document(for: network).dotText == Ecomap.document(for: shuffled).dotText)
    }

    @Test("Line styles follow Hartman: thick, solid, dashed, double, dotted")
    func lineStyles() {
        #expect(EcomapStyle.line(.strong)["penwidth"] == .text("4"))
        #expect(EcomapStyle.line(.moderate)["style"] == nil)
        #expect(EcomapStyle.line(.tenuous)["style"] == .text("dashed"))
        #expect(EcomapStyle.line(.stressful)["color"] == .text("#D55E00:#FFFFFF:#D55E00"))
        #expect(EcomapStyle.line(.lost)["style"] == .text("dotted"))
        let borders = StagePhase.allCases.map { EcomapStyle.border($0) }
        #expect(
            Set(borders).count == StagePhase.allCases.count, "each phase has its own border, readable without colour")
    }
}
