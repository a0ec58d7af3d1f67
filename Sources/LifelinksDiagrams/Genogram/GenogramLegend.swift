import LifelinksModel

/// The genogram's key: McGoldrick's symbols and lines as drawn here.
enum GenogramLegend {
    static func add(to document: inout GraphDocument, left: Double, top: Double) {
        var key = KeyBuilder(left: left, top: top)
        func symbol(_ sex: Sex) -> GraphDocument.Attributes {
            var attributes = GraphDocument.Attributes()
            attributes["shape"] = .text(GenogramStyle.shape(sex))
            attributes["width"] = .text("0.26")
            attributes["height"] = .text("0.26")
            attributes["style"] = .text("filled")
            attributes["fillcolor"] = .text("#FFFFFF")
            return attributes
        }
        key.heading("Key")
        key.symbol(symbol(.male), "male")
        key.symbol(symbol(.female), "female")
        key.symbol(symbol(.unknown), "sex unknown or other")
        key.symbol(symbol(.male), "has died (crossed)", crossed: true)
        var youngPerson = symbol(.female)
        youngPerson["peripheries"] = .text("2")
        youngPerson["penwidth"] = .text("2")
        key.symbol(youngPerson, "the young person (double border)")
        key.heading("Where the search is (fill)")
        for (stage, text) in [
            (SearchStage.identified, "still to reach"), (.contacted, "in touch, or at the FGC"),
            (.committed, "committed in the plan"), (.declined, "search ended"),
        ] {
            var attributes = symbol(.unknown)
            attributes["shape"] = .text("box")
            attributes["fillcolor"] = .text(GenogramStyle.fill(stage))
            key.symbol(attributes, text)
        }
        key.heading("Couples")
        key.line(GenogramStyle.partnerLine(.married), "married")
        key.line(GenogramStyle.partnerLine(.unmarried), "together, not married")
        key.line(GenogramStyle.partnerLine(.separated), "separated", slashes: 1)
        key.line(GenogramStyle.partnerLine(.divorced), "divorced (or parted)", slashes: 2)
        key.heading("Children, hanging from their parents' line")
        key.line(GenogramStyle.childLine(.birth), "born to them")
        key.line(GenogramStyle.childLine(.adoptive), "adopted")
        key.line(GenogramStyle.childLine(.foster), "fostered")
        key.line(GenogramStyle.childLine(.step), "stepchild")
        key.add(to: &document)
    }
}
