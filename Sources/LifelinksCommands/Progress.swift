import ArgumentParser
import Foundation
import LifelinksModel

extension Lifelinks {
    struct Progress: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Where each search stands: people at each stage, time taken, and the network's size over time.")

        @OptionGroup var store: StoreOptions
        @OptionGroup var view: ViewOptions

        @Argument(help: "One case; without it, the caseload as a funnel.") var reference: String?

        func run() throws {
            let database = try store.open()
            let day = view.day
            if let reference {
                let network = view.audience.view(of: try database.requireNetwork(reference))
                let progress = CaseProgress(network, on: day)
                print(view.json ? try JSONOutput.text(progress) : Progress.text(progress))
                return
            }
            let networks = try database.networks().map(view.audience.view(of:))
            let each = networks.map { CaseProgress($0, on: day) }
            let caseload = CaseloadProgress(each, networks: networks, on: day)
            print(view.json ? try JSONOutput.text(caseload) : Progress.text(caseload))
        }

        static func text(_ progress: CaseProgress) -> String {
            var lines = [
                "\(progress.case) on \(progress.asOf): referred \(progress.referralDate), \(progress.daysSinceReferral) days ago"
            ]
            if let fgc = progress.conferenceDate, let days = progress.daysReferralToConference {
                lines.append("FGC \(fgc), \(days) days after referral")
            }
            let size = progress.networkSize
            lines.append(
                "Network size: \(size.atReferral) at referral"
                    + (size.atConference.map { ", \($0) at the FGC" } ?? "")
                    + ", \(size.now) now (\(size.change >= 0 ? "+" : "")\(size.change))")
            lines.append("")
            var table = [["Connection", "Stage", "Since", "Days"]]
            for connection in progress.connections {
                table.append([
                    connection.id, connection.stage.rawValue, connection.since?.description ?? "-",
                    connection.daysInStage.map(String.init) ?? "-",
                ])
            }
            lines.append(TextTable.render(table))
            return lines.joined(separator: "\n")
        }

        static func text(_ caseload: CaseloadProgress) -> String {
            func number(_ value: Double?) -> String {
                guard let value else { return "-" }
                return value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
            }
            var lines = ["Caseload on \(caseload.asOf): \(caseload.cases) cases, \(caseload.connections) people", ""]
            var table = [["Stage reached", "People", "Share"]]
            let top = max(caseload.funnel.first?.reached ?? 0, 1)
            for step in caseload.funnel {
                table.append([step.stage.title, String(step.reached), "\(step.reached * 100 / top)%"])
            }
            lines.append(TextTable.render(table))
            if !caseload.ended.isEmpty {
                lines.append("")
                lines.append(
                    "Searches ended: "
                        + SearchStage.ends.compactMap { stage in
                            caseload.ended[stage.rawValue].map { "\($0) \(stage.title)" }
                        }
                        .joined(separator: ", "))
            }
            let medians = caseload.medians
            lines.append("")
            lines.append("Median days from referral to FGC: \(number(medians.daysReferralToConference))")
            lines.append("Median days in the current stage: \(number(medians.daysInCurrentStage))")
            lines.append(
                "Median network size: \(number(medians.networkSizeAtReferral)) at referral, "
                    + "\(number(medians.networkSizeAtConference)) at the FGC, \(number(medians.networkSizeNow)) now")
            return lines.joined(separator: "\n")
        }
    }
}
