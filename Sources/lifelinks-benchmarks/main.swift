// Benchmarks for the figures in the README. Build and run in release mode:
//   swift run -c release lifelinks-benchmarks [--cases N] [--runs N]
// It measures, in one run: an ecomap of a 60-connection case drawn in-process
// against the same graph drawn by Graphviz's `dot` command as a process; and
// the import of a generated cohort (rows per second, peak memory); analytics over it; and the reports.

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

/// Generates and imports a cohort; returns the folder (holding the CSV files and the database) for later steps.
func importBenchmark(cases: Int) throws -> (folder: URL, store: Store) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lifelinks-cohort-\(getpid())")
    let counts = try CohortGenerator(seed: 2026).write(cases: cases, to: folder.path)
    let rows =
        counts.cases + counts.connections + counts.relations + counts.commitments + counts.history + counts.reviews
    let database = folder.appendingPathComponent("bench.sqlite").path
    let memoryBefore = peakMemoryMiB()
    let store = try Store(path: database)
    let elapsed = try seconds {
        _ = try SpreadsheetImport(recordedBy: "benchmark").run(ImportSource.find(at: folder.path), into: store)
    }
    print("Import of a generated cohort (seed 2026):")
    print(
        "  \(counts.cases) cases, \(counts.connections) connections, \(counts.relations) relations, "
            + "\(counts.commitments) commitments, \(counts.history) history rows, \(counts.reviews) review outcomes = \(rows) rows"
    )
    print(String(format: "  %.2f s, %.0f rows per second", elapsed, Double(rows) / elapsed))
    print(
        String(
            format: "  peak memory of this process: %.0f MiB (%.0f MiB before the import)", peakMemoryMiB(),
            memoryBefore))
    return (folder, store)
}

/// Gaps, progress and measures for the whole caseload, against a networkx reference of the measures.
func analyticsBenchmark(folder: URL, store: Store, runs: Int) throws {
    let day = CohortGenerator.referenceDay
    var networks: [CaseNetwork] = []
    let loading = try seconds { networks = try store.networks() }
    var gapTimes: [Double] = []
    var progressTimes: [Double] = []
    var measureTimes: [Double] = []
    var totals: [Double] = []
    var gapCount = 0
    for _ in 0..<max(1, runs / 6) {
        let gapTime = seconds {
            let analysis = GapAnalysis()
            gapCount = networks.reduce(0) { $0 + analysis.gaps(in: $1, on: day).count }
        }
        let progressTime = seconds {
            let each = networks.map { CaseProgress($0, on: day) }
            _ = CaseloadProgress(each, networks: networks, on: day)
        }
        let measureTime = seconds { _ = networks.map(NetworkMeasures.init) }
        gapTimes.append(gapTime)
        progressTimes.append(progressTime)
        measureTimes.append(measureTime)
        totals.append(gapTime + progressTime + measureTime)
    }
    print("Analytics over the whole caseload (\(networks.count) cases, as of \(day)):")
    print(String(format: "  loading every network from SQLite: %.2f s", loading))
    print(String(format: "  gaps: median %.3f s (%d gaps)", median(gapTimes), gapCount))
    print(String(format: "  progress (each case and the funnel): median %.3f s", median(progressTimes)))
    print(String(format: "  network measures: median %.3f s", median(measureTimes)))
    print(String(format: "  all three together: median %.3f s", median(totals)))

    // Run from the repository's root, as the README says.
    let script = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        .appendingPathComponent("Benchmarks/reference_measures.py")
    guard FileManager.default.fileExists(atPath: script.path) else {
        print("  (the Python reference was not found: the comparison was skipped)")
        return
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    // networkx's constraint costs about a quarter of a second a case, so the reference measures a sample.
    let sample = min(400, networks.count)
    process.arguments = ["python3", script.path, folder.path, "--limit", String(sample)]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let lastLine = String(decoding: data, as: UTF8.self).split(separator: "\n").last.map(String.init) ?? ""
    guard process.terminationStatus == 0,
        let result = try? JSONSerialization.jsonObject(with: Data(lastLine.utf8)) as? [String: Any],
        let reference = result["seconds"] as? Double
    else {
        print("  (the Python reference did not run: is networkx installed? pip install networkx)")
        return
    }
    var sampleTimes: [Double] = []
    for _ in 0..<max(3, runs / 6) {
        sampleTimes.append(seconds { _ = networks.prefix(sample).map(NetworkMeasures.init) })
    }
    print(
        String(
            format: "  the same measures for the first %d cases: Swift median %.4f s, Python with networkx %.2f s",
            sample, median(sampleTimes), reference))
    print(String(format: "  ratio: the Swift measures are %.0f times faster", reference / median(sampleTimes)))
}

/// The family-tree figures: reading and importing Gramps' example tree, kinship over it, a 40-person genogram.
func familyTreeBenchmark(runs: Int) throws {
    let corpus = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        .appendingPathComponent("../shared/corpus/gramps/example.ged").standardized.path
    guard FileManager.default.fileExists(atPath: corpus) else {
        print("Family trees: ../shared/corpus is not here, so the GEDCOM figures were skipped.")
        return
    }
    var reads: [Double] = []
    var imports: [Double] = []
    var document = GedcomDocument()
    for _ in 0..<max(3, runs / 4) {
        reads.append(try seconds { document = try GedcomReader.read(path: corpus) })
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(
            "lifelinks-tree-\(UUID().uuidString).sqlite")
        defer {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: file.path + suffix) }
        }
        let store = try Store(path: file.path)
        let youngPerson = YoungPersonCase(
            reference: "G-1", name: "Bench", dateOfBirth: Day("2009-01-01")!, status: .inCare,
            referralDate: Day("2026-01-01")!)
        try store.importing(recordedBy: "benchmark") { batch in try batch.upsert(youngPerson) }
        let xref = document.individuals[0].xref
        imports.append(
            try seconds {
                let fresh = try GedcomReader.read(path: corpus)
                _ = try FamilyTreeImport(recordedBy: "benchmark", date: Day("2026-11-26")!).run(
                    fresh, file: corpus, case: "G-1", youngPerson: xref, into: store)
            })
    }
    print(
        "Family trees (Gramps' example.ged: \(document.individuals.count) people, \(document.families.count) families):"
    )
    print(String(format: "  reading the GEDCOM: median %.1f ms", median(reads) * 1000))
    print(
        String(
            format: "  reading and importing into a case in a fresh database file: median %.1f ms",
            median(imports) * 1000))

    // Kinship over the same tree: random pairs, all paths and the nearest label.
    var people: [FamilyGraph.Person] = []
    var links: [FamilyGraph.ParentLink] = []
    var couples: [FamilyGraph.Partnership] = []
    for individual in document.individuals {
        people.append(FamilyGraph.Person(id: individual.xref, sex: individual.sex, deceased: individual.deceased))
    }
    for family in document.families {
        if let husband = family.husband, let wife = family.wife {
            couples.append(FamilyGraph.Partnership(husband, wife, status: family.status))
        }
        for child in family.children {
            if let father = family.husband {
                links.append(.init(parent: father, child: child.xref, kind: child.fatherKind))
            }
            if let mother = family.wife {
                links.append(.init(parent: mother, child: child.xref, kind: child.motherKind))
            }
        }
    }
    let kinship = Kinship(FamilyGraph(people: people, parentLinks: links, partnerships: couples))
    let ids = people.map(\.id)
    var generator = SystemRandomNumberGenerator()
    let pairs = (0..<100_000).map { _ in (ids.randomElement(using: &generator)!, ids.randomElement(using: &generator)!)
    }
    var found = 0
    let warm = seconds {
        for (a, b) in pairs.prefix(20_000) where kinship.relationship(of: a, to: b) != nil { found += 1 }
    }
    found = 0
    let elapsed = seconds { for (a, b) in pairs where kinship.relationship(of: a, to: b) != nil { found += 1 } }
    print(
        String(
            format:
                "  kinship: %.0f pairs a second over %d random pairs (%d related; first 20,000 took %.2f s while warming)",
            Double(pairs.count) / elapsed, pairs.count, found, warm))

    // A 40-person family's genogram: the sample tree, drawn end to end.
    let samples = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("Samples")
    let store = try Store()
    _ = try SpreadsheetImport(recordedBy: "benchmark").run(ImportSource.find(at: samples.path), into: store)
    let tree = samples.appendingPathComponent("LL-2026-071-genealogy.ged").path
    _ = try FamilyTreeImport(recordedBy: "benchmark", date: Day("2026-11-26")!).run(
        try GedcomReader.read(path: tree), file: tree, case: "LL-2026-071", youngPerson: "mara", into: store)
    guard let network = try store.network("LL-2026-071") else { return }
    var genograms: [Double] = []
    for _ in 0..<runs {
        genograms.append(
            try seconds {
                _ = try GraphvizRenderer.render(Genogram.document(for: network), format: .svg, layout: "nop2")
            })
    }
    print(
        String(
            format: "  genogram of a 40-person family to SVG (two Graphviz passes): median %.1f ms",
            median(genograms) * 1000))
}

let options = Options(CommandLine.arguments)
try ecomapBenchmark(runs: options.runs)
try familyTreeBenchmark(runs: options.runs)
let cohort = try importBenchmark(cases: options.cases)
defer { try? FileManager.default.removeItem(at: cohort.folder) }
try analyticsBenchmark(folder: cohort.folder, store: cohort.store, runs: options.runs)
try reportBenchmark(cohort: cohort.store, runs: options.runs)
