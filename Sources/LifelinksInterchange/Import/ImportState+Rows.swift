import LifelinksModel
import LifelinksStore

/// Each file's records, checked and turned into model values.
extension ImportState {
    mutating func readCase(_ record: CSVTable.Record, _ problems: inout ProblemList) {
        let before = problems.total
        let reference = record.required("case", &problems)
        let name = record.required("name", &problems)
        let dateOfBirth = record.requiredDay("date_of_birth", &problems)
        let status: CareStatus? = record.requiredTerm("status", &problems)
        let referral = record.requiredDay("referral_date", &problems)
        let consent = Consent(
            parentalResponsibility: record.day("consent_date", &problems),
            youngPerson: record.day("agreed_date", &problems),
            withdrawn: record.day("withdrawn_date", &problems))
        let conference = record.day("fgc_date", &problems)
        let planAgreed = record.day("plan_agreed_date", &problems)
        let nextReview = record.day("next_review_date", &problems)
        let sex: Sex? = record.term("sex", &problems)
        if let reference {
            if let first = casesSeen[reference] {
                problems.add(line: record.line, column: "case", "duplicate case reference (first on line \(first))")
                return
            }
            casesSeen[reference] = record.line
        }
        if let reference, let name, let dateOfBirth, let status, let referral {
            caseFacts[reference] = YoungPersonCase(
                reference: reference, name: name, dateOfBirth: dateOfBirth, status: status, referralDate: referral,
                consent: consent)
        }
        if let dateOfBirth, let referral, referral < dateOfBirth {
            problems.add(line: record.line, column: "referral_date", "the referral is before the date of birth")
        }
        guard writing, problems.total == before, let reference, let name, let dateOfBirth, let status, let referral
        else { return }
        emit(
            .youngPerson(
                YoungPersonCase(
                    reference: reference, name: name, preferredName: record.text("preferred_name"),
                    dateOfBirth: dateOfBirth, status: status, socialWorker: record.text("social_worker"),
                    coordinator: record.text("coordinator"), referralDate: referral, consent: consent,
                    conferenceDate: conference, planAgreedDate: planAgreed, nextReviewDate: nextReview, sex: sex)))
    }

    mutating func readConnection(_ record: CSVTable.Record, _ problems: inout ProblemList) {
        let before = problems.total
        let reference = knownCase(record, &problems)
        let id = record.required("id", &problems)
        let name = record.required("name", &problems)
        let kind: ConnectionKind? = record.term("kind", &problems)
        let category: Category? = record.requiredTerm("category", &problems)
        let side: FamilySide? = record.term("side", &problems)
        let wishes: Wishes? = record.term("wishes", &problems)
        let safety: Safety? = record.term("safety", &problems)
        let closeness: Closeness? = record.term("closeness", &problems)
        let flow: SupportFlow? = record.term("support_flow", &problems)
        let stage: SearchStage? = record.term("stage", &problems)
        let stageDate = record.day("stage_date", &problems)
        let foundVia = record.text("found_via").map(FoundVia.init(spelling:))
        let sex: Sex? = record.term("sex", &problems)
        let born = record.text("born")
        if let born, !Connection.isPartialDate(born) {
            problems.add(
                line: record.line, column: "born",
                "\"\(born.clipped)\" is not a date (write YYYY, YYYY-MM or YYYY-MM-DD)")
        }
        if let side, let category, category != .family {
            problems.add(
                line: record.line, column: "side",
                "\(side.rawValue) is only for family; this connection is \(category.rawValue)")
        }
        if let id, Connection.isReserved(id) {
            problems.add(
                line: record.line, column: "id",
                "\"\(id.clipped)\" is a reserved word (\(Connection.reservedIDs.sorted().joined(separator: ", "))); choose another id"
            )
            return
        }
        guard let reference, let id else { return }
        let key = Key(reference: reference, id: id)
        if let first = connectionsSeen[key] {
            problems.add(
                line: record.line, column: "id",
                "duplicate id \"\(id.clipped)\" in case \(reference.clipped) (first on line \(first.line))")
            return
        }
        connectionsSeen[key] = SeenConnection(
            line: record.line, safety: safety ?? .unassessed, wishes: wishes ?? .unsure)
        if case .connection(let via) = foundVia {
            if via == id {
                problems.add(line: record.line, column: "found_via", "a connection cannot be found through themself")
            } else {
                pendingFoundVia.append((record.line, reference, via))
            }
        }
        guard writing, problems.total == before, let name, let category else { return }
        let connection = Connection(
            id: id, name: name, kind: kind ?? .person, relationship: record.text("relationship"),
            category: category, side: side, foundVia: foundVia, wishes: wishes ?? .unsure,
            safety: safety ?? .unassessed, closeness: closeness, supportFlow: flow,
            stage: stage ?? .identified, stageDate: stageDate, notes: record.text("notes"), sex: sex,
            gender: record.text("gender"), born: born, contact: record.text("contact"))

        let recordStage = existing.stageChanged(connection, in: reference)
        let mark = ExistingRecords.stageKey(reference, id, connection.stage.rawValue, connection.stageDate?.description)
        if recordStage && historyFollows {
            // history.csv may record this very change; it is added after the history, if the history lacks it.
            let change = StageChange(
                connection: id, stage: connection.stage, date: connection.stageDate, recordedBy: recordedBy,
                reason: "imported")
            stagesAwaitingHistory.append((mark, reference, change))
        } else if recordStage {
            stageChangesPlanned.insert(mark)
        }
        emit(.connection(connection, reference: reference, recordStage: recordStage && !historyFollows))
    }

    mutating func readRelation(_ record: CSVTable.Record, _ problems: inout ProblemList) {
        let before = problems.total
        let reference = knownCase(record, &problems)
        let from = record.required("from", &problems)
        let to = record.required("to", &problems)
        let relation: RelationKind? = record.requiredTerm("relation", &problems)
        guard let reference, let from, let to else { return }
        if from == to {
            problems.add(line: record.line, column: "to", "a relation from \"\(from.clipped)\" to themself")
            return
        }
        for (column, id) in [("from", from), ("to", to)] where !connectionKnown(reference, id) {
            problems.add(
                line: record.line, column: column,
                "\"\(id.clipped)\" is not a connection id in case \(reference.clipped)")
        }
        guard writing, problems.total == before, let relation else { return }
        emit(.relation(FamilyRelation(from: from, to: to, kind: relation), reference: reference))
    }

    mutating func readCommitment(_ record: CSVTable.Record, _ problems: inout ProblemList) {
        let before = problems.total
        let reference = knownCase(record, &problems)
        let connection = record.required("connection", &problems)
        let support: SupportKind? = record.requiredTerm("support", &problems)
        let frequency: Frequency? = record.term("frequency", &problems)
        let responsible = record.text("responsible").map(Responsible.init(spelling:))
        let start = record.day("start_date", &problems)
        guard let reference, let connection else { return }
        let known = connectionKnown(reference, connection)
        if connection == Connection.youngPersonID || !known {
            problems.add(
                line: record.line, column: "connection",
                "\"\(connection.clipped)\" is not a connection id in case \(reference.clipped)")
        }
        if case .connection(let id) = responsible, !connectionKnown(reference, id) {
            problems.add(
                line: record.line, column: "responsible",
                "\"\(id.clipped)\" is neither \(Responsible.keywords) nor a connection id in case \(reference.clipped)")
        }
        guard let support else { return }
        let key = [reference, connection, support.rawValue].joined(separator: "\u{1F}")
        if let first = commitmentsSeen[key] {
            problems.add(
                line: record.line, column: "support",
                "a second \(support.rawValue) commitment for the same connection (first on line \(first))")
            return
        }
        commitmentsSeen[key] = record.line
        guard writing, problems.total == before else { return }
        emit(
            .commitment(
                Commitment(
                    connection: connection, support: support, what: record.text("what"), frequency: frequency,
                    responsible: responsible, startDate: start),
                reference: reference))
    }
}
