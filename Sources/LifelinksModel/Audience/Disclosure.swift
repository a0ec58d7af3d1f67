/// What one audience may be shown, declared once so every output follows the same rules.
///
/// `Audience.view(of:on:)` removes from the data whatever is not disclosed; outputs
/// read a network's `disclosure` only to leave out headings and columns that would
/// otherwise stand empty or say what was withheld.
public struct Disclosure: Hashable, Sendable, Codable {
    /// People assessed unsafe or not yet assessed, at do-not-contact, or whom the young person
    /// does not want contacted.
    public var gatedPeople: Bool
    /// The coordinator's own notes on people and in the event log.
    public var privateNotes: Bool
    /// Why a stage changed, and what a review said about each commitment.
    public var reasons: Bool
    /// Safety assessments and the young person's wishes about contact.
    public var safety: Bool
    /// Phone numbers, addresses and emails.
    public var contactDetails: Bool
    /// Dates of birth (when false, only the young person's age is shown).
    public var datesOfBirth: Bool
    /// The case reference.
    public var caseReference: Bool
    /// The gap analysis and the search's own measures.
    public var gaps: Bool
    /// Everyone described in the young person's own words, without the practice's terms.
    public var plainWords: Bool

    public static let everything = Disclosure(
        gatedPeople: true, privateNotes: true, reasons: true, safety: true, contactDetails: true,
        datesOfBirth: true, caseReference: true, gaps: true, plainWords: false)
}
