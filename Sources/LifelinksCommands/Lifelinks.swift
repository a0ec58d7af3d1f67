import ArgumentParser

/// The `lifelinks` command: one subcommand per file in this folder.
@available(macOS 10.15, macCatalyst 13, iOS 13, tvOS 13, watchOS 6, *)
public struct Lifelinks: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "lifelinks",
        abstract: "Map, search and plan a young person's lifelong links.",
        discussion: """
            Lifelinks keeps each young person's network of family and other people who care \
            about them, tracks the search for each person, and draws ecomaps.
            """,
        version: "0.1.0",
        subcommands: [
            Init.self, Import.self, Export.self, Restore.self, Cases.self, Show.self, AddConnection.self, SetStage.self,
            UpdateConnection.self, Log.self, History.self, Gaps.self, Progress.self, Measures.self,
            Responsibilities.self,
            GedcomCommand.self, KinshipCommand.self, Relatives.self, EcomapCommand.self, GenogramCommand.self,
            Review.self, Report.self, Serve.self, User.self, Audit.self, Generate.self, Demo.self,

        ]
    )

    public init() {}
}
