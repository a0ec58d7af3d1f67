import CSV
import Foundation
import LifelinksModel

/// Writes a large, realistic, invented cohort in the import format, for benchmarks and load tests.
///
/// Each case has a small family tree on both sides (parents, grandparents,
/// aunts, uncles, cousins, siblings), former carers, school, friends and
/// community; searches at every stage; and, after an FGC, a plan. Sizes follow
/// the practice's published averages (tens of people, some up to a hundred).
public struct CohortGenerator {
    public struct Counts: Sendable, Equatable {
        public var cases = 0
        public var connections = 0
        public var relations = 0
        public var commitments = 0
        public var history = 0
        public var reviews = 0
    }

    /// Dates are counted back from this fixed day, not today, so the same seed gives the same files.
    public static let referenceDay = Day(year: 2026, month: 11, day: 1)!

    let seed: UInt64

    public init(seed: UInt64) {
        self.seed = seed
    }

    /// Writes every spreadsheet file (cases, connections, relations, commitments, history, reviews) into `folder`.
    @discardableResult
    public func write(cases: Int, to folder: String) throws -> Counts {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var files: [SpreadsheetFile: FileHandle] = [:]
        var pending: [SpreadsheetFile: [[String]]] = [:]
        for kind in SpreadsheetFile.allCases {
            let path = (folder as NSString).appendingPathComponent(kind.fileName)
            _ = FileManager.default.createFile(atPath: path, contents: nil)
            files[kind] = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
            pending[kind] = [kind.columns]
        }
        defer { for handle in files.values { try? handle.close() } }
        var random = SeededRandom(seed: seed)
        var counts = Counts()
        for index in 1...cases {
            var invented = InventedCase(index: index, random: &random)
            for row in invented.rows(&random) {
                pending[row.file]!.append(row.fields)
                switch row.file {
                case .cases: counts.cases += 1
                case .connections: counts.connections += 1
                case .relations: counts.relations += 1
                case .commitments: counts.commitments += 1
                case .history: counts.history += 1
                case .reviews: counts.reviews += 1

                }
            }
            if index % 200 == 0 || index == cases {
                for kind in SpreadsheetFile.allCases where !pending[kind]!.isEmpty {
                    try files[kind]!.write(contentsOf: Data(SpreadsheetExport.csv(rows: pending[kind]!).utf8))
                    pending[kind] = []
                }
            }
        }
        return counts
    }
}
