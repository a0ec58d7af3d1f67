import LifelinksModel

/// The key drawn beside every ecomap, made of real samples of each line, arrow, border and fill.
enum EcomapLegend {
    /// `disclosure` is the shown network's, so the key names nothing its audience may not be told of.
    static func add(to document: inout GraphDocument, left: Double, top: Double, disclosure: Disclosure) {
        var key = KeyBuilder(left: left, top: top)
        key.heading("Key")
        key.heading("How close the tie is")
        let closenesses: [Closeness?] = Closeness.allCases.map { $0 } + [nil]
        for closeness in closenesses {
            var line = EcomapStyle.line(closeness)
            line["dir"] = .text("none")
            key.line(line, EcomapStyle.lineTitle(closeness))
        }
        key.heading("Which way support flows")
        for (flow, text) in [
            (SupportFlow.fromYoungPerson, "support goes the way the arrow points"),
            (.both, "support goes both ways"), (.none, "no arrow: no support either way, or not known"),
        ] {
            var line = EcomapStyle.line(.moderate)
            line["dir"] = .text(EcomapStyle.direction(flow))
            key.line(line, text)
        }
        key.heading("Where the search is (border)")
        for phase in StagePhase.allCases {
            var attributes = EcomapStyle.border(phase)
            attributes["shape"] = .text("ellipse")
            attributes["fillcolor"] = .text("#FFFFFF")
            key.symbol(attributes, phase.title(for: disclosure))

        }
        key.heading("Who they are (fill; a box is an organisation)")
        for category in Category.allCases {
            var attributes = GraphDocument.Attributes()
            attributes["shape"] = .text("box")
            attributes["style"] = .text("filled")
            attributes["fillcolor"] = .text(EcomapStyle.fill(category))
            key.symbol(attributes, category.title)
        }
        key.add(to: &document)
    }
}
