// Benchmarks for the figures in the README. Build and run in release mode:
//   swift run -c release lifelinks-benchmarks [--cases N] [--runs N]
// It measures, in one run: an ecomap of a 60-connection case drawn in-process
// against the same graph drawn by Graphviz's `dot` command as a process; and
// the import of a generated cohort (rows per second, peak memory).
import Foundation
import LifelinksDiagrams
import LifelinksInterchange
import LifelinksModel
import LifelinksStore

struct Options {
    var cases = 10_000
    var runs = 41

    init(_ arguments: [String]) {
        var iterator = arguments.dropFirst().makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--cases": cases = Int(iterator.next() ?? "") ?? cases
            case "--runs": runs = Int(iterator.next() ?? "") ?? runs
            default: break
            }
        }
    }
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted[sorted.count / 2]
}

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func peakMemoryMiB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

/// An invented 60-person network spread over every category and tie.
func sixtyPeople() -> CaseNetwork {
    let youngPerson = YoungPersonCase(
        reference: "BENCH-1", name: "Bench Mark", dateOfBirth: Day("2009-01-01")!, status: .inCare,
        referralDate: Day("2026-01-01")!)
    let closenesses: [Closeness?] = Closeness.allCases + [nil]
    let people = (0..<60).map { index in
        let category = Category.allCases[index % Category.allCases.count]
        return Connection(
            id: String(format: "p%02d", index), name: "Person \(index) Example",
            relationship: index % 2 == 0 ? "someone from my past" : "my friend", category: category,
            side: category == .family ? (index % 2 == 0 ? .maternal : .paternal) : nil, safety: .safe,
            closeness: closenesses[index % closenesses.count], supportFlow: SupportFlow.allCases[index % 4],
            stage: SearchStage.allCases[index % SearchStage.allCases.count])
    }
    return CaseNetwork(youngPerson: youngPerson, connections: people)
}

func ecomapBenchmark(runs: Int) throws {
    let document = Ecomap.document(for: sixtyPeople())
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lifelinks-bench-\(getpid())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let dotFile = folder.appendingPathComponent("ecomap.dot")
    try Data(document.dotText.utf8).write(to: dotFile)
    let dotCommand = ["/usr/bin/dot", "/usr/local/bin/dot"].first { FileManager.default.isExecutableFile(atPath: $0) }

    var inProcess: [Double] = []
    var layoutOnly: [Double] = []
    var asProcess: [Double] = []
    _ = try GraphvizRenderer.render(document, format: .svg)
    for _ in 0..<runs {
        inProcess.append(try seconds { _ = try GraphvizRenderer.render(document, format: .svg) })
        layoutOnly.append(seconds { _ = Ecomap.document(for: sixtyPeople()) })
        if let dotCommand {
            asProcess.append(
                try seconds {
                    let process = Process()
                    process.executableURL = URL(fileURLWithPath: dotCommand)
                    process.arguments = [
                        "-Knop", "-Tsvg", "-o", folder.appendingPathComponent("out.svg").path, dotFile.path,
                    ]
                    try process.run()
                    process.waitUntilExit()
                })
        }
    }
    print("Ecomap, 60 connections, SVG (\(runs) runs each):")
    print(
        String(format: "  sector-by-ring layout and document (pure Swift): median %.3f ms", median(layoutOnly) * 1000))
    print(
        String(format: "  in-process (libgvc, nop layout, SVG):             median %.2f ms", median(inProcess) * 1000))
    if !asProcess.isEmpty {
        print(
            String(
                format: "  dot -Knop -Tsvg as a process, same DOT:           median %.2f ms", median(asProcess) * 1000))
        print(String(format: "  ratio: in-process is %.1f times faster", median(asProcess) / median(inProcess)))
    } else {
        print("  (no dot command installed: the process comparison was skipped)")
    }
}

func importBenchmark(cases: Int) throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lifelinks-cohort-\(getpid())")
    defer { try? FileManager.default.removeItem(at: folder) }
    let counts = try CohortGenerator(seed: 2026).write(cases: cases, to: folder.path)
    let rows = counts.cases + counts.connections + counts.relations + counts.commitments
    let database = folder.appendingPathComponent("bench.sqlite").path
    let memoryBefore = peakMemoryMiB()
    let store = try Store(path: database)
    let elapsed = try seconds {
        _ = try SpreadsheetImport(recordedBy: "benchmark").run(ImportSource.find(at: folder.path), into: store)
    }
    print("Import of a generated cohort (seed 2026):")
    print(
        "  \(counts.cases) cases, \(counts.connections) connections, \(counts.relations) relations, \(counts.commitments) commitments = \(rows) rows"
    )
    print(String(format: "  %.2f s, %.0f rows per second", elapsed, Double(rows) / elapsed))
    print(
        String(
            format: "  peak memory of this process: %.0f MiB (%.0f MiB before the import)", peakMemoryMiB(),
            memoryBefore))
}

let options = Options(CommandLine.arguments)
try ecomapBenchmark(runs: options.runs)
try importBenchmark(cases: options.cases)
