import LifelinksModel

/// McGoldrick's genogram symbols, as Graphviz attributes.
enum GenogramStyle {
    static let symbolSize = 0.42

    /// Square for male, circle for female, diamond for unknown or other.
    static func shape(_ sex: Sex) -> String {
        switch sex {
        case .male: "square"
        case .female: "circle"
        case .unknown: "diamond"
        }
    }

    /// The line under a partnership: solid when married, dashed when not.
    static func partnerLine(_ status: FamilyGraph.PartnerStatus?) -> GraphDocument.Attributes {
        var attributes = GraphDocument.Attributes()
        attributes["penwidth"] = .text("1.6")
        switch status {
        case .married, .separated, .divorced: break
        case .unmarried, .former, nil: attributes["style"] = .text("dashed")
        }
        return attributes
    }

    /// How many slashes cross the partnership line: one for separated, two for divorced (or parted).
    static func slashes(_ status: FamilyGraph.PartnerStatus?) -> Int {
        switch status {
        case .separated: 1
        case .divorced, .former: 2
        default: 0
        }
    }

    /// The line from a partnership to a child: solid for birth, dashed for adoption, dotted for fostering.
    static func childLine(_ kind: FamilyGraph.ParentKind) -> GraphDocument.Attributes {
        var attributes = GraphDocument.Attributes()
        attributes["penwidth"] = .text("1.2")
        switch kind {
        case .birth: break
        case .adoptive: attributes["style"] = .text("dashed")
        case .foster: attributes["style"] = .text("dotted")
        case .step:
            attributes["style"] = .text("dotted")
            attributes["color"] = .text("#7F7F7F")
        }
        return attributes
    }

    /// Fill by how far the search for this person has come: white still to reach, grey in touch, dark committed.
    static func fill(_ stage: SearchStage?) -> String {
        switch stage?.phase {
        case .committed: "#7F7F7F"
        case .conference, .inTouch: "#CCCCCC"
        case .ended: "#F2F2F2"
        case .finding, nil: "#FFFFFF"
        }
    }
}
