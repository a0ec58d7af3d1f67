import ArgumentParser
import Foundation
import LifelinksModel
import LifelinksStore

/// `--db PATH`, shared by every command that reads or writes the database.
struct StoreOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: "The database file.")
    var path: String = Store.defaultFileName

    func open() throws -> Store {
        try Store(path: path)
    }
}

/// `--by NAME`: who is recording a change; the operating-system user unless given.
struct RecorderOptions: ParsableArguments {
    @Option(name: .customLong("by"), help: "Who is recording this (default: your login name).")
    var name: String?

    var recorder: String {
        if let name, !name.trimmingSpaces().isEmpty { return name }
        return ProcessInfo.processInfo.environment["USER"] ?? ProcessInfo.processInfo.userName
    }
}
