import LifelinksModel
import LifelinksReports

/// What the case page shows: the ecomap, people grouped by stage with their next step, gaps, history.
struct CaseView {
    let state: ServerState

    func page(_ full: CaseNetwork, on day: Day) async throws -> [String: Any] {
        let network = full.asOf(day)
        let youngPerson = network.youngPerson
        let reference = youngPerson.reference
        let svg = try await state.ecomaps.svg(for: network, reference: reference, audience: .professional)
        let gaps = GapAnalysis().gaps(in: network, on: day).sorted { $0.severity > $1.severity }
        let names = Dictionary(uniqueKeysWithValues: network.connections.map { ($0.id, $0.name) })
        var history: [(Day?, [String: Any])] = network.history.map { change in
            (
                change.date,
                [
                    "date": change.date?.description ?? "", "person": names[change.connection] ?? change.connection,
                    "what": "stage: \(change.stage.title)\(change.isCorrection ? " (correction)" : "")",
                    "by": change.recordedBy,
                ]
            )
        }
        history += network.events.map { event in
            (
                event.date,
                [
                    "date": event.date.description, "person": names[event.connection] ?? event.connection,
                    "what": event.kind.rawValue + (event.note.map { ": \($0)" } ?? ""), "by": event.recordedBy,
                ]
            )
        }
        history.sort { ($0.0?.ordinal ?? 0) > ($1.0?.ordinal ?? 0) }
        return [
            "reference": reference, "name": youngPerson.displayName, "age": youngPerson.age(on: day),
            "status": youngPerson.status.rawValue, "referral": youngPerson.referralDate.description,
            "fgc": youngPerson.conferenceDate?.description as Any,
            "coordinator": youngPerson.coordinator ?? "none", "socialWorker": youngPerson.socialWorker ?? "none",
            // The SVG element alone: an XML declaration has no place inside HTML.
            "ecomap": svg.range(of: "<svg").map { String(svg[$0.lowerBound...]) } ?? "",
            "sentences": ReportWords.networkSentences(network), "hasGaps": !gaps.isEmpty,
            "gaps": gaps.map { gap -> [String: Any] in

                [
                    "severity": gap.severity.rawValue, "code": gap.code, "message": gap.message,
                    "critical": gap.severity == .critical,
                ]
            },
            "groups": network.stageCounts.map { stage, count -> [String: Any] in
                [
                    "stage": stage.title, "count": count, "next": stage.nextStep,
                    "people": network.connections.filter { $0.stage == stage }.map { person -> [String: Any] in
                        [
                            "reference": reference, "id": person.id, "name": person.name,
                            "relationship": person.relationship ?? "", "safety": person.safety.rawValue,
                            "wishes": person.wishes.rawValue, "since": person.stageDate?.description ?? "",
                        ]
                    },
                ]
            },
            "history": history.prefix(100).map(\.1),
        ]
    }
}

enum ConnectionView {
    /// `chosen`: the stage the form offers first (the one just refused, after a refusal).
    static func page(
        _ connection: Connection, version: Int, in network: CaseNetwork, today: Day, chosen: SearchStage
    ) -> [String: Any] {
        [
            "reference": network.youngPerson.reference, "id": connection.id, "name": connection.name,
            "relationship": connection.relationship ?? "", "stage": connection.stage.title,
            "since": connection.stageDate?.description as Any, "safety": connection.safety.rawValue,
            "wishes": connection.wishes.rawValue, "contact": connection.contact ?? "",
            "notes": connection.notes ?? "", "version": version, "today": today.description,
            "stages": SearchStage.allCases.map { stage -> [String: Any] in
                ["value": stage.rawValue, "title": stage.title, "selected": stage == chosen]

            },
            "safeties": Safety.allCases.map { ["value": $0.rawValue, "selected": $0 == connection.safety] },
            "wishesChoices": Wishes.allCases.map { ["value": $0.rawValue, "selected": $0 == connection.wishes] },
        ]
    }
}

enum PlanView {
    static func page(_ network: CaseNetwork, on day: Day) -> [String: Any] {
        let youngPerson = network.youngPerson
        let review = network.latestReview(onOrBefore: day)
        return [
            "reference": youngPerson.reference, "name": youngPerson.displayName,
            "fgc": youngPerson.conferenceDate?.description ?? "not held yet",
            "agreed": youngPerson.planAgreedDate?.description ?? "not yet",
            "nextReview": youngPerson.nextReviewDate?.description ?? "not set", "today": day.description,
            "commitments": network.commitments.map { commitment -> [String: Any] in
                let person = network.connection(commitment.connection)
                return [
                    "who": person?.name ?? commitment.connection, "support": commitment.support.title,
                    "what": commitment.what ?? "", "frequency": ReportWords.frequency(commitment.frequency),
                    "responsible": ReportWords.responsible(commitment.responsible, in: network),
                    "outcome": review.map { latest in
                        latest.outcomes[commitment.connection].map { "\($0.outcome.title) (\(latest.date))" }
                            ?? "not reviewed"
                    } ?? "no review yet",
                ]
            },
        ]
    }
}
