import Foundation
import Testing

/// Runs the built `lifelinks` executable, as a coordinator would from a terminal.
struct CLI {
    struct Result {
        var status: Int32
        var output: String
        var errors: String
        var killed: Bool
    }

    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The executable next to the test bundle in the build folder.
    static var executable: URL? {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("lifelinks")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }

    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("lifelinks-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    var database: String { folder.appendingPathComponent("test.sqlite").path }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    /// Runs `lifelinks ARGUMENTS --db DATABASE` (for commands that take --db) in the test folder.
    @discardableResult
    func run(_ arguments: [String], database: Bool = true, killAfter: Double? = nil, input: String? = nil) throws
        -> Result
    {
        let process = Process()
        guard let executable = CLI.executable else {
            struct NotBuilt: Error {}
            Issue.record("build the lifelinks executable first")
            throw NotBuilt()
        }
        process.executableURL = executable
        process.arguments = arguments + (database ? ["--db", self.database] : [])
        process.currentDirectoryURL = folder
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        let stdin = Pipe()
        if input != nil { process.standardInput = stdin }
        try process.run()
        if let input {
            stdin.fileHandleForWriting.write(Data(input.utf8))
            try stdin.fileHandleForWriting.close()
        }

        if let killAfter {
            Thread.sleep(forTimeInterval: killAfter)
            kill(process.processIdentifier, SIGKILL)
        }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
            errors: String(decoding: errorData, as: UTF8.self), killed: process.terminationReason == .uncaughtSignal)
    }
}
