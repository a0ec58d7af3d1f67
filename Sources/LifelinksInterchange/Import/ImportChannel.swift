import Foundation

/// A bounded hand-over of checked rows from the thread that reads the files to the one that writes them.
///
/// Reading and checking CSV and writing SQLite each keep one core busy; on
/// two cores the import takes as long as the slower of the two, not their sum.
final class ImportChannel: @unchecked Sendable {
    // Unchecked: every stored property is read and written only while `condition` is locked.
    private let condition = NSCondition()
    private var chunks: [ImportChunk] = []
    private var finished = false
    private var cancelled = false
    private let capacity: Int

    init(capacity: Int = 8) {
        self.capacity = capacity
    }

    /// Waits while the channel is full; false once the writer has given up.
    func send(_ chunk: ImportChunk) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while chunks.count >= capacity && !cancelled { condition.wait() }
        guard !cancelled else { return false }
        chunks.append(chunk)
        condition.broadcast()
        return true
    }

    /// No more chunks will come.
    func finish() {
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// The writer stops taking chunks (it failed); the reader's next `send` returns false.
    func cancel() {
        condition.lock()
        cancelled = true
        chunks = []
        condition.broadcast()
        condition.unlock()
    }

    /// The next chunk, waiting for one; nil when the reader has finished and all were taken.
    func receive() -> ImportChunk? {
        condition.lock()
        defer { condition.unlock() }
        while chunks.isEmpty && !finished { condition.wait() }
        guard !chunks.isEmpty else { return nil }
        let chunk = chunks.removeFirst()
        condition.broadcast()
        return chunk
    }
}
