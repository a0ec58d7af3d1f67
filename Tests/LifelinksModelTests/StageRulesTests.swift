import Testing

@testable import LifelinksModel

/// The journey, written out here rather than read from `SearchStage.journey`.
private let journey: [SearchStage] = [
    .identified, .searching, .located, .contacted, .visited, .willing, .invited, .attended, .committed,
]
private let ends: [SearchStage] = [.declined, .notFound, .deceased, .doNotContact]
private let contactOrBeyond: [SearchStage] = [.contacted, .visited, .willing, .invited, .attended, .committed]
private let beforeContact: [SearchStage] = [.identified, .searching, .located]

private func rule(_ proposal: StageRules.Proposal) -> String? { StageRules.check(proposal)?.rule }

private func pairs(_ stages: [SearchStage], where keep: (Int, Int) -> Bool) -> [(SearchStage, SearchStage)] {
    stages.indices.flatMap { from in
        stages.indices.filter { keep(from, $0) }.map { (stages[from], stages[$0]) }
    }
}

@Suite("StageRules.check")
struct StageRulesTests {
    // MARK: - Direction

    @Test("the journey and its ends are as the practice describes them")
    func journeyShape() {
        #expect(SearchStage.journey == journey)
        #expect(SearchStage.ends == ends)
        #expect(Set(journey + ends) == Set(SearchStage.allCases))
        #expect(SearchStage.allCases.filter(\.isInContact) == contactOrBeyond)
        #expect(SearchStage.allCases.filter(\.isEnd) == ends)
    }

    @Test("one step forward is allowed", arguments: zip(journey.dropLast(), journey.dropFirst()))
    func oneStepForward(from: SearchStage, to: SearchStage) {
        #expect(StageRules.check(Fixture.proposal(from: from, to: to)) == nil)
    }

    @Test("skipping forward is allowed", arguments: pairs(journey) { $1 > $0 + 1 })
    func skipForward(from: SearchStage, to: SearchStage) {
        #expect(StageRules.check(Fixture.proposal(from: from, to: to)) == nil)
    }

    @Test("a search may end from any stage", arguments: SearchStage.allCases, ends)
    func toAnEnd(from: SearchStage, to: SearchStage) {
        guard from != to else { return }
        #expect(StageRules.check(Fixture.proposal(from: from, to: to)) == nil)
        // Ending a search contacts no one, so the contact gate does not apply.
        #expect(
            StageRules.check(
                Fixture.proposal(from: from, to: to, safety: .unsafe, wishes: .noContact, consent: Fixture.noConsent))
                == nil)
    }

    @Test("going back on the journey is refused", arguments: pairs(journey) { $1 < $0 })
    func backwardsRefused(from: SearchStage, to: SearchStage) {
        let refusal = StageRules.check(Fixture.proposal(from: from, to: to))
        #expect(refusal == .backwards(from: from, to: to))
        #expect(refusal?.rule == "forward-only")
    }

    @Test("leaving an end for the journey counts as going back", arguments: ends, journey)
    func endToJourneyIsBackwards(from: SearchStage, to: SearchStage) {
        #expect(StageRules.check(Fixture.proposal(from: from, to: to)) == .backwards(from: from, to: to))
        #expect(rule(Fixture.proposal(from: from, to: to, correction: true)) == "correction-reason")
        #expect(rule(Fixture.proposal(from: from, to: to, correction: true, reason: "Found after all")) == nil)
    }

    @Test(
        "a correction needs a reason that is more than spaces",
        arguments: [nil, "", " ", "\t\n", "\u{00A0}\u{2003}"] as [String?])
    func correctionNeedsReason(reason: String?) {
        let proposal = Fixture.proposal(from: .visited, to: .searching, correction: true, reason: reason)
        #expect(StageRules.check(proposal) == .correctionNeedsReason)
        #expect(StageRules.check(proposal)?.rule == "correction-reason")
    }

    @Test("a correction with a reason may go back", arguments: pairs(journey) { $1 < $0 })
    func correctionWithReason(from: SearchStage, to: SearchStage) {
        let proposal = Fixture.proposal(
            from: from, to: to, correction: true, reason: "Recorded against the wrong person")
        #expect(StageRules.check(proposal) == nil)
    }

    @Test("a correction back to contact or beyond still passes the contact gate")
    func correctionStillGated() {
        let proposal = Fixture.proposal(
            from: .committed, to: .visited, safety: .unassessed, correction: true, reason: "Wrong stage")
        #expect(StageRules.check(proposal) == .safetyNotAssessed)
    }

    @Test("a forward move marked as a correction needs no reason")
    func forwardCorrection() {
        #expect(StageRules.check(Fixture.proposal(from: .identified, to: .located, correction: true)) == nil)
    }

    @Test("moving to the stage the connection is already at is refused", arguments: SearchStage.allCases)
    func unchanged(stage: SearchStage) {
        let refusal = StageRules.check(Fixture.proposal(from: stage, to: stage))
        #expect(refusal == .unchanged(stage))
        #expect(refusal?.rule == "unchanged")
        #expect(refusal?.description == "This connection is already at \(stage.title).")
    }

    // MARK: - Dates and consent

    @Test("a change dated before the referral is refused; on the referral day it is allowed")
    func beforeReferral() {
        let early = Fixture.proposal(from: .identified, to: .searching, date: Fixture.dayBeforeReferral)
        #expect(StageRules.check(early) == .beforeReferral(Fixture.referral))
        #expect(StageRules.check(early)?.rule == "date-before-referral")
        #expect(StageRules.check(Fixture.proposal(from: .identified, to: .searching, date: Fixture.referral)) == nil)
    }

    @Test("withdrawn consent refuses every move on the journey, whatever its date", arguments: journey)
    func withdrawnRefusesEverything(to: SearchStage) {
        let withdrawnOn = Fixture.day("2026-02-15")
        var consent = Fixture.fullConsent
        consent.withdrawn = withdrawnOn
        for from in SearchStage.allCases where from != to {
            for date in [Fixture.referral, withdrawnOn, Fixture.changeDay] {
                for (correction, reason) in [(false, nil), (true, "Recorded by mistake")] as [(Bool, String?)] {
                    let proposal = Fixture.proposal(
                        from: from, to: to, consent: consent, date: date, correction: correction, reason: reason)
                    #expect(StageRules.check(proposal) == .caseWithdrawn(withdrawnOn), "\(from) -> \(to) on \(date)")
                }
            }
        }
    }

    @Test("a withdrawn case can still be closed: any search may end")
    func withdrawnCaseCloses() {
        var consent = Fixture.fullConsent
        consent.withdrawn = Fixture.afterChangeDay
        #expect(
            StageRules.check(Fixture.proposal(from: .located, to: .contacted, consent: consent))
                == .caseWithdrawn(Fixture.afterChangeDay))
        for end in ends {
            #expect(StageRules.check(Fixture.proposal(from: .located, to: end, consent: consent)) == nil)
        }
    }

    @Test("contact or beyond needs the parental-responsibility holder's consent", arguments: contactOrBeyond)
    func needsParentalConsent(to: SearchStage) {
        let missing = "the parental-responsibility holder's consent"
        let none = Consent(youngPerson: Fixture.youngPersonAgreed)
        #expect(
            StageRules.check(Fixture.proposal(from: .located, to: to, consent: none)) == .noConsent(missing: missing))
        let late = Consent(parentalResponsibility: Fixture.afterChangeDay, youngPerson: Fixture.youngPersonAgreed)
        #expect(
            StageRules.check(Fixture.proposal(from: .located, to: to, consent: late)) == .noConsent(missing: missing))
        #expect(rule(Fixture.proposal(from: .located, to: to, consent: late)) == "consent-required")
        let sameDay = Consent(parentalResponsibility: Fixture.changeDay, youngPerson: Fixture.youngPersonAgreed)
        #expect(StageRules.check(Fixture.proposal(from: .located, to: to, consent: sameDay)) == nil)
    }

    @Test("contact or beyond needs the young person's agreement", arguments: contactOrBeyond)
    func needsYoungPersonAgreement(to: SearchStage) {
        let missing = "the young person's agreement"
        let none = Consent(parentalResponsibility: Fixture.parentalConsent)
        #expect(
            StageRules.check(Fixture.proposal(from: .located, to: to, consent: none)) == .noConsent(missing: missing))
        let late = Consent(parentalResponsibility: Fixture.parentalConsent, youngPerson: Fixture.afterChangeDay)
        #expect(
            StageRules.check(Fixture.proposal(from: .located, to: to, consent: late)) == .noConsent(missing: missing))
        #expect(rule(Fixture.proposal(from: .located, to: to, consent: late)) == "consent-required")
        let sameDay = Consent(parentalResponsibility: Fixture.parentalConsent, youngPerson: Fixture.changeDay)
        #expect(StageRules.check(Fixture.proposal(from: .located, to: to, consent: sameDay)) == nil)
    }

    @Test("finding someone needs no consent yet", arguments: pairs(beforeContact) { $1 > $0 })
    func findingNeedsNoConsent(from: SearchStage, to: SearchStage) {
        let proposal = Fixture.proposal(
            from: from, to: to, safety: .unassessed, wishes: .noContact, consent: Fixture.noConsent)
        #expect(StageRules.check(proposal) == nil)
    }

    // MARK: - Safety and wishes

    @Test("contact or beyond needs a safety assessment", arguments: contactOrBeyond)
    func safetyUnassessed(to: SearchStage) {
        let refusal = StageRules.check(Fixture.proposal(from: .located, to: to, safety: .unassessed))
        #expect(refusal == .safetyNotAssessed)
        #expect(refusal?.rule == "safety-assessment-required")
    }

    @Test("no one assessed unsafe is contacted, invited or committed", arguments: contactOrBeyond)
    func unsafe(to: SearchStage) {
        let refusal = StageRules.check(Fixture.proposal(from: .located, to: to, safety: .unsafe))
        #expect(refusal == .assessedUnsafe)
        #expect(refusal?.rule == "unsafe")
    }

    @Test("no one the young person does not want is contacted", arguments: contactOrBeyond)
    func againstWishes(to: SearchStage) {
        let refusal = StageRules.check(Fixture.proposal(from: .located, to: to, wishes: .noContact))
        #expect(refusal == .againstWishes)
        #expect(refusal?.rule == "young-person-wishes")
    }

    @Test(
        "safe with conditions, or unsure wishes, allow contact", arguments: contactOrBeyond,
        [(Safety.conditional, Wishes.unsure), (.conditional, .wantsContact), (.safe, .unsure)])
    func conditionalAllowed(to: SearchStage, gate: (Safety, Wishes)) {
        #expect(StageRules.check(Fixture.proposal(from: .located, to: to, safety: gate.0, wishes: gate.1)) == nil)
    }

    // MARK: - Every combination against a plain reading of the rules

    /// The rules as DESIGN.md and StageRules' comments state them, in the order `check` promises
    /// to report them (the first rule broken), written without reference to its code.
    private static func expectedRule(
        from: SearchStage, to: SearchStage, safety: Safety, wishes: Wishes, consent: Consent, date: Day,
        correction: Bool, reason: String?
    ) -> String? {
        if from == to { return "unchanged" }
        if consent.withdrawn != nil, journey.contains(to) { return "consent-withdrawn" }
        if date < Fixture.referral { return "date-before-referral" }
        let goesBack: Bool
        if let toIndex = journey.firstIndex(of: to) {
            if let fromIndex = journey.firstIndex(of: from) {
                goesBack = toIndex < fromIndex
            } else {
                goesBack = true  // from an end back onto the journey
            }
        } else {
            goesBack = false  // any stage may end
        }
        if goesBack {
            if !correction { return "forward-only" }
            let hasReason = (reason ?? "").contains { !$0.isWhitespace }
            if !hasReason { return "correction-reason" }
        }
        if contactOrBeyond.contains(to) {
            guard let consented = consent.parentalResponsibility, consented <= date else { return "consent-required" }
            guard let agreed = consent.youngPerson, agreed <= date else { return "consent-required" }
            if safety == .unassessed { return "safety-assessment-required" }
            if safety == .unsafe { return "unsafe" }
            if wishes == .noContact { return "young-person-wishes" }
        }
        return nil
    }

    private static let consents: [Consent] = [
        Fixture.fullConsent,
        Fixture.noConsent,
        Consent(parentalResponsibility: Fixture.parentalConsent),
        Consent(youngPerson: Fixture.youngPersonAgreed),
        Consent(parentalResponsibility: Fixture.afterChangeDay, youngPerson: Fixture.youngPersonAgreed),
        Consent(parentalResponsibility: Fixture.parentalConsent, youngPerson: Fixture.afterChangeDay),
        Consent(
            parentalResponsibility: Fixture.parentalConsent, youngPerson: Fixture.youngPersonAgreed,
            withdrawn: Fixture.day("2026-02-01")),
        Consent(
            parentalResponsibility: Fixture.parentalConsent, youngPerson: Fixture.youngPersonAgreed,
            withdrawn: Fixture.changeDay),
        Consent(
            parentalResponsibility: Fixture.parentalConsent, youngPerson: Fixture.youngPersonAgreed,
            withdrawn: Fixture.afterChangeDay),
    ]

    private static let corrections: [(correction: Bool, reason: String?)] = [
        (false, nil), (false, "A reason with no correction"), (true, nil), (true, "  "),
        (true, "Recorded against the wrong person"),
    ]

    private static let dates = [Fixture.dayBeforeReferral, Fixture.referral, Fixture.changeDay, Fixture.afterChangeDay]

    @Test(
        "every move, safety, wishes, consent, date and correction agrees with the plain reading",
        arguments: SearchStage.allCases)
    func matrix(from: SearchStage) {
        var mismatches: [String] = []
        var descriptions: Set<String> = []
        var rulesSeen: Set<String> = []
        var checked = 0
        for to in SearchStage.allCases {
            for safety in Safety.allCases {
                for wishes in Wishes.allCases {
                    for consent in Self.consents {
                        for date in Self.dates {
                            for (correction, reason) in Self.corrections {
                                let proposal = Fixture.proposal(
                                    from: from, to: to, safety: safety, wishes: wishes, consent: consent, date: date,
                                    correction: correction, reason: reason)
                                let refusal = StageRules.check(proposal)
                                let expected = Self.expectedRule(
                                    from: from, to: to, safety: safety, wishes: wishes, consent: consent, date: date,
                                    correction: correction, reason: reason)
                                checked += 1
                                if refusal?.rule != expected {
                                    mismatches.append(
                                        "\(from)->\(to) \(safety) \(wishes) \(consent) \(date) \(correction) "
                                            + "\(reason ?? "nil"): got \(refusal?.rule ?? "allowed"), "
                                            + "expected \(expected ?? "allowed")")
                                }
                                if let refusal {
                                    descriptions.insert(refusal.description)
                                    rulesSeen.insert(refusal.rule)
                                }
                            }
                        }
                    }
                }
            }
        }
        #expect(checked == 13 * 4 * 3 * Self.consents.count * Self.dates.count * Self.corrections.count)
        #expect(mismatches.isEmpty, "\(mismatches.count) mismatches, first: \(mismatches.prefix(5))")
        for description in descriptions {
            #expect(description.hasSuffix("."), "\(description)")
            for name in [
                Fixture.connectionName, Fixture.youngPersonName, Fixture.youngPersonPreferredName, "nan-pat",
                "LL-0042", "Priya Nair", "Owen Hale",
            ] {
                #expect(!description.contains(name), "\(description)")
            }
        }
        // Every rule is reached from this stage, except going back from the very start.
        var reachable: Set<String> = [
            "unchanged", "forward-only", "correction-reason", "consent-withdrawn", "consent-required",
            "safety-assessment-required", "unsafe", "young-person-wishes", "date-before-referral",
        ]
        if from == .identified { reachable.subtract(["forward-only", "correction-reason"]) }
        #expect(rulesSeen == reachable)
    }

    // MARK: - What a refusal says

    static let everyRefusal: [StageRules.Refusal] = [
        .unchanged(.doNotContact),
        .backwards(from: .committed, to: .identified),
        .correctionNeedsReason,
        .caseWithdrawn(Fixture.changeDay),
        .noConsent(missing: "the parental-responsibility holder's consent"),
        .noConsent(missing: "the young person's agreement"),
        .safetyNotAssessed,
        .assessedUnsafe,
        .againstWishes,
        .beforeReferral(Fixture.referral),
    ]

    @Test("every refusal says why in a sentence that names no one", arguments: everyRefusal)
    func refusalIsASentence(refusal: StageRules.Refusal) throws {
        let text = refusal.description
        #expect(text.hasSuffix("."))
        let first = try #require(text.first)
        #expect(first.isUppercase)
        #expect(!text.contains("  "))
        for name in [Fixture.connectionName, Fixture.youngPersonName, Fixture.youngPersonPreferredName, "nan-pat"] {
            #expect(!text.contains(name))
        }
        #expect(!refusal.rule.isEmpty)
        #expect(refusal.rule == refusal.rule.lowercased())
        #expect(!refusal.rule.contains(" "))
    }

    @Test("refusals carry the dates and stages they are about")
    func refusalDetails() {
        #expect(Self.everyRefusal.map(\.rule).count == 10)
        #expect(StageRules.Refusal.caseWithdrawn(Fixture.changeDay).description.contains("2026-03-02"))
        #expect(StageRules.Refusal.beforeReferral(Fixture.referral).description.contains("2026-01-12"))
        let backwards = StageRules.Refusal.backwards(from: .committed, to: .notFound).description
        #expect(backwards.contains("from committed in the plan to not found"))
        #expect(
            StageRules.Refusal.noConsent(missing: "the young person's agreement").description
                == "No one can be contacted until the young person's agreement is recorded for this case.")
    }
}
