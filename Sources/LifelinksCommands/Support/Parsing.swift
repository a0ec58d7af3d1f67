import ArgumentParser
import LifelinksDiagrams
import LifelinksModel
import LifelinksReports

extension Day: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(argument)
    }
}

/// Practice terms are typed on the command line exactly as in the spreadsheets.
extension ExpressibleByArgument where Self: PracticeTerm {
    public init?(argument: String) {
        guard let value = Self.parse(argument) else { return nil }
        self = value
    }

    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

extension SearchStage: ExpressibleByArgument {}
extension Category: ExpressibleByArgument {}
extension ConnectionKind: ExpressibleByArgument {}
extension FamilySide: ExpressibleByArgument {}
extension Wishes: ExpressibleByArgument {}
extension Safety: ExpressibleByArgument {}
extension Closeness: ExpressibleByArgument {}
extension SupportFlow: ExpressibleByArgument {}
extension Audience: ExpressibleByArgument {}

extension OutputFormat: ExpressibleByArgument {}
extension EventKind: ExpressibleByArgument {}
extension Gap.Severity: ExpressibleByArgument {}
extension ReviewOutcome: ExpressibleByArgument {}
extension ReportFormat: ExpressibleByArgument {}
