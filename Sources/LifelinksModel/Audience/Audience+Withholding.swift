extension Audience {
    /// The network without the people who are gated, and without anything pointing at them.
    static func withoutGatedPeople(_ network: CaseNetwork) -> CaseNetwork {
        let kept = network.connections.filter(familyMaySee)
        let keptIDs = Set(kept.map(\.id)).union([Connection.youngPersonID])
        var shown = network
        shown.connections = kept.map { connection in
            var shown = connection
            if case .connection(let via) = shown.foundVia, !keptIDs.contains(via) { shown.foundVia = nil }
            return shown
        }
        shown.relations = network.relations.filter { keptIDs.contains($0.from) && keptIDs.contains($0.to) }
        shown.commitments = network.commitments
            .filter { keptIDs.contains($0.connection) }
            .map { commitment in
                var shown = commitment
                if case .connection(let id) = shown.responsible, !keptIDs.contains(id) { shown.responsible = nil }
                return shown
            }
        shown.history = network.history.filter { keptIDs.contains($0.connection) }
        shown.events = network.events.filter { keptIDs.contains($0.connection) }
        shown.reviews = network.reviews.filter { keptIDs.contains($0.connection) }
        return shown
    }
}

extension CaseNetwork {
    /// Notes on people, note entries in the log, and the notes on visits and calls.
    mutating func removePrivateNotes() {
        for index in connections.indices { connections[index].notes = nil }
        // Visits and calls stay (without their notes) so it still shows who keeps in touch.
        events = events.filter { $0.kind != .note }.map { event in
            var shown = event
            shown.note = nil
            return shown
        }
    }

    mutating func removeReasons() {
        for index in history.indices { history[index].reason = nil }
        for index in reviews.indices { reviews[index].note = nil }
    }

    /// Where assessments are withheld only people safe to contact are shown, so each reads simply as safe:
    /// whether contact comes with conditions is not the reader's to know.
    mutating func removeSafetyAssessments() {
        for index in connections.indices where connections[index].safety.allowsContact {
            connections[index].safety = .safe
        }
    }

    mutating func removeContactDetails() {

        for index in connections.indices { connections[index].contact = nil }
    }

    /// Every date of birth goes; the young person's is replaced by the day `day` years ago,
    /// so their age on `day` still reads true and their birthday is not given away.
    mutating func removeDatesOfBirth(keepingAgeOn day: Day) {
        for index in connections.indices { connections[index].born = nil }
        let age = youngPerson.age(on: day)
        youngPerson.dateOfBirth =
            Day(year: day.year - age, month: day.month, day: day.day)
            ?? Day(year: day.year - age, month: day.month, day: day.day - 1) ?? youngPerson.dateOfBirth
    }

    /// Each person is described by the young person's own words for them, where they gave any.
    mutating func describeInOwnWords() {
        for index in connections.indices where connections[index].relationship == nil {
            connections[index].relationship = connections[index].category.title
        }
    }
}
