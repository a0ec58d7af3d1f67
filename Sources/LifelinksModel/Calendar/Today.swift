import Foundation

extension Day {
    /// Today in the machine's calendar; the one place the model reads the clock.
    public static func today(now: Date = Date(), calendar: Calendar = .current) -> Day {
        let parts = calendar.dateComponents([.year, .month, .day], from: now)
        return Day(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
            ?? Day(year: 1970, month: 1, day: 1)!
    }
}
