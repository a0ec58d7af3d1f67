/// Who an output is for. What each audience may see is decided here, once, before anything is drawn.
public enum Audience: String, PracticeTerm {
    /// Coordinators and professionals: everything.
    case professional
    /// Shared with the family at and after the FGC.
    case family

    /// The network as this audience may see it.
    ///
    /// The family view leaves out anyone assessed unsafe or not yet assessed
    /// (DESIGN.md: such a person is never shown in an output for the family),
    /// anyone the young person does not want contacted, anyone at
    /// do-not-contact, every note and reason, and everything that would name
    /// or point to someone left out.
    public func view(of network: CaseNetwork) -> CaseNetwork {
        switch self {
        case .professional:
            return network
        case .family:
            let kept = network.connections.filter(Audience.familyMaySee)
            let keptIDs = Set(kept.map(\.id)).union([Connection.youngPersonID])
            let connections = kept.map { connection -> Connection in
                var shown = connection
                shown.notes = nil
                if case .connection(let via) = shown.foundVia, !keptIDs.contains(via) {
                    shown.foundVia = nil
                }
                return shown
            }
            let commitments = network.commitments
                .filter { keptIDs.contains($0.connection) }
                .map { commitment -> Commitment in
                    var shown = commitment
                    if case .connection(let id) = shown.responsible, !keptIDs.contains(id) {
                        shown.responsible = nil
                    }
                    return shown
                }
            return CaseNetwork(
                youngPerson: network.youngPerson,
                connections: connections,
                relations: network.relations.filter {
                    keptIDs.contains($0.from) && keptIDs.contains($0.to)
                },
                commitments: commitments,
                history: network.history
                    .filter { keptIDs.contains($0.connection) }
                    .map { change in
                        var shown = change
                        shown.reason = nil
                        return shown
                    },
                // Visits and calls stay (without their notes) so the family sees who keeps in touch.
                events: network.events
                    .filter { keptIDs.contains($0.connection) && $0.kind != .note }
                    .map { event in
                        var shown = event
                        shown.note = nil
                        return shown
                    }
            )
        }
    }

    /// Whether the family may see this connection at all.
    static func familyMaySee(_ connection: Connection) -> Bool {
        connection.safety.allowsContact && connection.wishes != .noContact
            && connection.stage != .doNotContact
    }
}
