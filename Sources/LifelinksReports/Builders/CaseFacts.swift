import LifelinksDiagrams
import LifelinksModel

/// Pieces every case report shares: who the young person is, and their ecomap.
enum CaseFacts {
    /// Who the report is about, as far as the network's audience may be told.
    static func about(_ network: CaseNetwork, on day: Day) -> [ReportFact] {
        let youngPerson = network.youngPerson
        var facts = [ReportFact("Name", youngPerson.displayName), ReportFact("Age", "\(youngPerson.age(on: day))")]
        if network.disclosure.datesOfBirth {
            facts.append(ReportFact("Date of birth", youngPerson.dateOfBirth.description))
        }
        if network.disclosure.caseReference { facts.append(ReportFact("Case reference", youngPerson.reference)) }
        if let worker = youngPerson.socialWorker { facts.append(ReportFact("Social worker", worker)) }
        if let coordinator = youngPerson.coordinator {
            facts.append(ReportFact("Lifelong Links coordinator", coordinator))
        }
        facts.append(
            ReportFact("Family group conference", youngPerson.conferenceDate?.description ?? "Not held yet"))
        return facts
    }

    /// The ecomap of `network` as a figure, with one sentence per person as its text alternative.
    static func ecomap(_ network: CaseNetwork, caption: String) throws(ReportError) -> ReportFigure {
        let bytes: [UInt8]
        do {
            bytes = try GraphvizRenderer.render(Ecomap.document(for: network), format: .svg)
        } catch {
            throw ReportError("the ecomap could not be drawn (\(error))")
        }
        return ReportFigure(
            caption: caption, svg: String(decoding: bytes, as: UTF8.self),
            sentences: ReportWords.networkSentences(network))
    }

    /// The name a report gives a case: the reference where the audience may see it, else the young person's name.
    static func caseName(_ network: CaseNetwork) -> String {
        network.disclosure.caseReference ? network.youngPerson.reference : network.youngPerson.displayName
    }
}
