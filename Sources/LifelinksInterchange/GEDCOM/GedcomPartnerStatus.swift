import LifelinksModel

/// How a FAM record's events (and Family Tree Maker's `_STAT`) give a partnership's status.
enum GedcomPartnerStatus {
    /// A `_STAT` value, when it names a status, wins: it is the program's own statement of where things stand.
    /// Otherwise an ending (DIV, ANUL, a separation) wins over MARR, unless a marriage is dated after every
    /// ending (they remarried); undated events cannot show that, so the ending stands.
    static func status(events: [GedcomPartnershipEvent], statusText: String?) -> FamilyGraph.PartnerStatus {
        if let statusText, let stated = stated(statusText) { return stated }
        let endings = events.filter { [.divorce, .annulment, .separation].contains($0.kind) }
        let marriages = events.filter { $0.kind == .marriage }
        guard !endings.isEmpty else { return marriages.isEmpty ? .unmarried : .married }
        let endingDates = endings.compactMap { $0.date.flatMap(GedcomDate.isoPartial) }
        if endingDates.count == endings.count, let lastEnding = endingDates.max() {
            let remarried = marriages.contains { marriage in
                marriage.date.flatMap(GedcomDate.isoPartial).map { GedcomDate.isAfter($0, lastEnding) } ?? false
            }
            if remarried { return .married }
        }
        if endings.contains(where: { $0.kind == .divorce }) { return .divorced }
        if endings.contains(where: { $0.kind == .annulment }) { return .former }
        return .separated
    }

    /// The status a `_STAT` value names ("Divorced", "Separated", "Never Married", "Partners", …), or nil.
    static func stated(_ text: String) -> FamilyGraph.PartnerStatus? {
        let text = text.lowercased()
        if text.contains("divorc") { return .divorced }
        if text.contains("separat") { return .separated }
        if text.contains("annul") || text.contains("former") || text.hasPrefix("ex-") || text.hasPrefix("ex ") {
            return .former
        }
        for word in ["never married", "unmarried", "not married", "partner", "friend", "single", "cohabit"]
        where text.contains(word) {
            return .unmarried
        }
        if text.contains("married") { return .married }
        return nil
    }

    /// An EVEN or FACT value or TYPE that records a separation.
    static func notesSeparation(_ text: String) -> Bool {
        text.lowercased().contains("separat")
    }
}
