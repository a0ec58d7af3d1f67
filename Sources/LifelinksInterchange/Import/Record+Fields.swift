import LifelinksModel

/// Reading typed values out of a record, adding a located problem for each bad one.
extension CSVTable.Record {
    /// The trimmed field, or nil when it is empty.
    func text(_ column: String) -> String? {
        let value = self[column].trimmingSpaces()
        return value.isEmpty ? nil : value
    }

    func required(_ column: String, _ problems: inout ProblemList) -> String? {
        guard let value = text(column) else {
            problems.add(line: line, column: column, "a value is required")
            return nil
        }
        return value
    }

    func term<T: PracticeTerm>(_ column: String, _ problems: inout ProblemList) -> T? {
        guard let value = text(column) else { return nil }
        guard let parsed = T.parse(value) else {
            problems.add(line: line, column: column, "unknown value \"\(value.clipped)\" (allowed: \(T.spellings))")
            return nil
        }
        return parsed
    }

    /// A term that must be there: a missing one is reported with the allowed values.
    func requiredTerm<T: PracticeTerm>(_ column: String, _ problems: inout ProblemList) -> T? {
        guard text(column) != nil else {
            problems.add(line: line, column: column, "a value is required (allowed: \(T.spellings))")
            return nil
        }
        return term(column, &problems)
    }

    func day(_ column: String, _ problems: inout ProblemList) -> Day? {
        guard let value = text(column) else { return nil }
        guard let parsed = Day(value) else {
            problems.add(line: line, column: column, "\"\(value.clipped)\" is not a date (write YYYY-MM-DD)")
            return nil
        }
        return parsed
    }

    func requiredDay(_ column: String, _ problems: inout ProblemList) -> Day? {
        guard text(column) != nil else {
            problems.add(line: line, column: column, "a date is required (YYYY-MM-DD)")
            return nil
        }
        return day(column, &problems)
    }
}

extension String {
    /// At most 40 characters of a bad value, so a message stays one readable line.
    var clipped: String {
        let flat = replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ")
        return flat.count > 40 ? String(flat.prefix(40)) + "…" : flat
    }
}
