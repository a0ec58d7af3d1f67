import ArgumentParser

extension Lifelinks {
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create an empty database (or bring an existing one up to date).")

        @OptionGroup var store: StoreOptions

        func run() throws {
            _ = try store.open()
            print("The database \(store.path) is ready.")
        }
    }
}
