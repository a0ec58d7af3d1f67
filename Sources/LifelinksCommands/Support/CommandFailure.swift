import ArgumentParser

/// A refusal or failure told to the user in one sentence, with a non-zero exit.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
