import Foundation

/// Slows down repeated failed sign-ins for a name: after three failures each further attempt waits
/// longer (1, 2, 4 … up to 30 seconds), and after ten the name is locked for fifteen minutes.
public actor LoginThrottle {
    struct Record {
        var failures: Int
        var last: Date
    }

    private var records: [String: Record] = [:]
    private let sleeps: Bool

    /// `sleeps`: whether to wait (tests turn it off and read `delay(for:)`).
    public init(sleeps: Bool = true) {
        self.sleeps = sleeps
    }

    static let lockAfter = 10
    static let lockFor: TimeInterval = 15 * 60

    /// How long to hold back an answer for this name, and whether it is locked.
    func delay(for name: String, now: Date = Date()) -> (seconds: Double, locked: Bool) {
        guard let record = records[name.lowercased()] else { return (0, false) }
        if record.failures >= LoginThrottle.lockAfter, now.timeIntervalSince(record.last) < LoginThrottle.lockFor {
            return (0, true)
        }
        guard record.failures >= 3 else { return (0, false) }
        return (min(pow(2, Double(record.failures - 3)), 30), false)
    }

    func wait(for name: String) async -> Bool {
        let (seconds, locked) = delay(for: name)
        if sleeps && seconds > 0 { try? await Task.sleep(for: .seconds(seconds)) }
        return !locked
    }

    func failed(_ name: String, now: Date = Date()) {
        let key = name.lowercased()
        var record = records[key] ?? Record(failures: 0, last: now)
        if now.timeIntervalSince(record.last) > LoginThrottle.lockFor { record.failures = 0 }
        record.failures += 1
        record.last = now
        records[key] = record
    }

    func succeeded(_ name: String) {
        records[name.lowercased()] = nil
    }

    func failures(_ name: String) -> Int { records[name.lowercased()]?.failures ?? 0 }
}
