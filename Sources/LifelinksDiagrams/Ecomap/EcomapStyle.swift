import LifelinksModel

/// How the ecomap draws each thing. Shape, border and line style carry the meaning; colour only repeats it.
///
/// Colours are tints of the Okabe–Ito palette, which stays distinct for the
/// common kinds of colour blindness; all text is black on light fills, so a
/// greyscale print keeps every word and line readable.
enum EcomapStyle {
    static let font = "DejaVu Sans"

    static func fill(_ category: Category) -> String {
        switch category {
        case .family: "#F9DDA3"
        case .formerCarer: "#C6E6F8"
        case .education: "#A6DCCB"
        case .friend: "#F8F2A6"
        case .familyFriend: "#EBC9DC"
        case .neighbour: "#A6CBE3"
        case .community: "#F0C1A0"
        case .professional: "#DDDDDD"
        case .other: "#FFFFFF"
        }
    }

    /// Hartman's line for a tie. Nil closeness (not yet known) is drawn thin and grey-dashed.
    static func line(_ closeness: Closeness?) -> GraphDocument.Attributes {
        var attributes = GraphDocument.Attributes()
        switch closeness {
        case .strong:
            attributes["penwidth"] = .text("4")
            attributes["color"] = .text("#000000")
        case .moderate:
            attributes["penwidth"] = .text("1.6")
            attributes["color"] = .text("#000000")
        case .tenuous:
            attributes["penwidth"] = .text("1.6")
            attributes["style"] = .text("dashed")
            attributes["color"] = .text("#000000")
        case .stressful:
            attributes["penwidth"] = .text("1.4")
            attributes["color"] = .text("#D55E00:#FFFFFF:#D55E00")
        case .lost:
            attributes["penwidth"] = .text("1.4")
            attributes["style"] = .text("dotted")
            attributes["color"] = .text("#8C8C8C")
        case nil:
            attributes["penwidth"] = .text("0.8")
            attributes["style"] = .text("dashed")
            attributes["color"] = .text("#B0B0B0")
        }
        return attributes
    }

    static func lineTitle(_ closeness: Closeness?) -> String {
        switch closeness {
        case .strong: "strong tie (thick line)"
        case .moderate: "moderate tie (line)"
        case .tenuous: "tenuous tie (dashed)"
        case .stressful: "stressful tie (double line)"
        case .lost: "lost touch (dotted, grey)"
        case nil: "tie not yet known (thin, grey dashes)"
        }
    }

    /// Arrows point the way support flows, from the young person (tail) to the connection (head).
    static func direction(_ flow: SupportFlow?) -> String {
        switch flow {
        case .toYoungPerson: "back"
        case .fromYoungPerson: "forward"
        case .both: "both"
        case .some(.none), nil: "none"
        }
    }

    /// The border that shows how far the search has come, readable without colour.
    static func border(_ phase: StagePhase) -> GraphDocument.Attributes {
        var attributes = GraphDocument.Attributes()
        switch phase {
        case .finding:
            attributes["style"] = .text("filled,dashed")
            attributes["penwidth"] = .text("1.2")
        case .inTouch:
            attributes["style"] = .text("filled")
            attributes["penwidth"] = .text("1.2")
        case .conference:
            attributes["style"] = .text("filled")
            attributes["penwidth"] = .text("2.8")
        case .committed:
            attributes["style"] = .text("filled")
            attributes["penwidth"] = .text("1.4")
            attributes["peripheries"] = .text("2")
        case .ended:
            attributes["style"] = .text("filled,dotted")
            attributes["penwidth"] = .text("1.2")
            attributes["fontcolor"] = .text("#4D4D4D")
        }
        return attributes
    }
}
