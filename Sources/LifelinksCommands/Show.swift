import ArgumentParser
import LifelinksModel

extension Lifelinks {
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one case: its people, grouped by search stage.")

        @OptionGroup var store: StoreOptions

        @Option(help: "Who this is for: \(Audience.spellings).")
        var audience: Audience = .professional

        @Flag(help: "Print JSON instead of text.")
        var json = false

        @Argument(help: "The case reference.")
        var reference: String

        func run() throws {
            let network = audience.view(of: try store.open().requireNetwork(reference))
            if json {
                print(try JSONOutput.text(network))
            } else {
                print(Show.text(network))
            }
        }

        static func text(_ network: CaseNetwork) -> String {
            let youngPerson = network.youngPerson
            var lines = ["\(youngPerson.reference): \(youngPerson.displayName)"]
            let born =
                network.disclosure.datesOfBirth
                ? "born \(youngPerson.dateOfBirth)" : "aged \(youngPerson.age(on: .today()))"
            lines.append(
                "  \(youngPerson.status.rawValue), \(born), referred \(youngPerson.referralDate)"
                    + (youngPerson.conferenceDate.map { ", FGC \($0)" } ?? ""))
            if let coordinator = youngPerson.coordinator { lines.append("  Coordinator: \(coordinator)") }
            if let worker = youngPerson.socialWorker { lines.append("  Social worker: \(worker)") }
            var plan: [String] = []
            if let agreed = youngPerson.planAgreedDate { plan.append("agreed \(agreed)") }
            if let latest = network.reviewDates.last { plan.append("last reviewed \(latest)") }
            if let next = youngPerson.nextReviewDate { plan.append("next review \(next)") }
            if !plan.isEmpty { lines.append("  Plan: " + plan.joined(separator: ", ")) }
            for (stage, _) in network.stageCounts {
                let people = network.connections.filter { $0.stage == stage }
                lines.append("")
                lines.append(stage.title.prefix(1).uppercased() + stage.title.dropFirst() + " (\(people.count))")
                for person in people {
                    var detail = [person.category.rawValue]
                    if let side = person.side { detail.append(side.rawValue) }
                    if network.disclosure.safety {
                        detail.append("safety \(person.safety.rawValue)")
                        detail.append("wishes \(person.wishes.rawValue)")
                    }

                    let relationship = person.relationship.map { " (\($0))" } ?? ""
                    lines.append("  \(person.id)  \(person.name)\(relationship): \(detail.joined(separator: ", "))")
                }
            }
            if network.connections.isEmpty { lines += ["", "No connections recorded yet."] }
            return lines.joined(separator: "\n")
        }
    }
}
