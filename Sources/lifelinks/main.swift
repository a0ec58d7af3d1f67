import ArgumentParser
import LifelinksCommands

/// Runs an asynchronous command's `run() async`, which a plain call would not choose over the synchronous one.
func runAsynchronously<Command: AsyncParsableCommand>(_ command: Command) async throws {
    var command = command
    let run: (inout Command) async throws -> Void = { try await $0.run() }
    try await run(&command)
}

// Parsed and run asynchronously, so `serve` can run the web server; the rest run as before.
do {
    var command = try await Lifelinks.asyncParseAsRoot(nil)
    if let asynchronous = command as? any AsyncParsableCommand {
        try await runAsynchronously(asynchronous)
    } else {
        try command.run()
    }
} catch {
    Lifelinks.exit(withError: error)
}
