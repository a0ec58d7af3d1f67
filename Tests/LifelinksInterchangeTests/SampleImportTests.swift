import Foundation
import LifelinksModel
import LifelinksStore
import Testing

@testable import LifelinksInterchange

@Suite("Importing the bundled samples")
struct SampleImportTests {
    @Test("The samples import whole, with the counts the files hold")
    func samplesImport() throws {
        let store = try Store()
        let summary = try importFiles(samplesFolder, into: store)
        let cases = try store.cases()
        #expect(cases.count == 3)
        #expect(summary.rowsRead[.cases] == 3)
        let networks = try store.networks()
        let connectionCount = networks.map(\.connections.count).reduce(0, +)
        #expect(summary.rowsRead[.connections] == connectionCount)
        // Every connection's latest recorded stage is its current stage, and no change is recorded twice.
        for network in networks {
            for connection in network.connections {
                let changes = network.history.filter { $0.connection == connection.id }
                #expect(changes.last?.stage == connection.stage, "\(connection.id)")
                let marks = changes.map { "\($0.stage)|\($0.date?.description ?? "")" }
                #expect(Set(marks).count == marks.count, "\(connection.id) has a change recorded twice")
            }
        }
        let kai = try #require(networks.first { $0.connections.count >= 26 })
        #expect(!kai.commitments.isEmpty)
        #expect(!kai.relations.isEmpty)
    }

    @Test("Importing the same files again changes nothing")
    func reimportChangesNothing() throws {
        let store = try Store()
        try importFiles(samplesFolder, into: store)
        let before = try snapshot(store)
        let historyBefore = try store.networks().map(\.history)
        try importFiles(samplesFolder, into: store)
        #expect(try snapshot(store) == before)
        #expect(try store.networks().map(\.history) == historyBefore)
    }

    @Test("export → import → export is byte-identical")
    func exportImportExport() throws {
        let store = try Store()
        try importFiles(samplesFolder, into: store)
        let first = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: first) }
        try SpreadsheetExport.write(store.networks(), to: first.path)

        let again = try Store()
        try importFiles(first.path, into: again)
        let second = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: second) }
        try SpreadsheetExport.write(again.networks(), to: second.path)

        for kind in SpreadsheetFile.exported {
            let one = try Data(contentsOf: first.appendingPathComponent(kind.fileName))
            let two = try Data(contentsOf: second.appendingPathComponent(kind.fileName))
            #expect(one == two, "\(kind.fileName) differs after a round trip")
            #expect(!one.isEmpty)
        }
        #expect(try store.networks().map(\.connections) == again.networks().map(\.connections))
    }

    @Test("A changed stage on re-import is added to the history, not written over it")
    func changedStageAppendsHistory() throws {
        let store = try Store()
        let url = try folder(with: ["cases.csv": minimalCases, "connections.csv": minimalConnections])
        defer { try? FileManager.default.removeItem(at: url) }
        try importFiles(url.path, into: store)
        let moved = minimalConnections.replacingOccurrences(of: "located,safe", with: "contacted,safe")
        try Data(moved.utf8).write(to: url.appendingPathComponent("connections.csv"))
        try importFiles(url.path, into: store)
        let network = try #require(try store.network("LL-1"))
        #expect(network.connection("nan")?.stage == .contacted)
        #expect(network.history.filter { $0.connection == "nan" }.map(\.stage) == [.located, .contacted])
    }
}
