import ArgumentParser
import LifelinksInterchange

extension Lifelinks {
    struct Generate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a large invented cohort in the import format, for benchmarks.",
            discussion: "The same --seed always gives the same files. Every person in them is invented.")

        @Option(help: "How many cases.") var cases: Int = 100
        @Option(help: "The random seed.") var seed: UInt64 = 1
        @Argument(help: "The folder to write the four files into.") var folder: String

        func validate() throws {
            guard (1...1_000_000).contains(cases) else { throw ValidationError("--cases must be from 1 to 1000000.") }
        }

        func run() throws {
            let counts = try CohortGenerator(seed: seed).write(cases: cases, to: folder)
            print(
                "Wrote \(counts.cases) cases, \(counts.connections) connections, \(counts.relations) relations, \(counts.commitments) commitments and \(counts.history) history rows to \(folder)."
            )
        }
    }
}
