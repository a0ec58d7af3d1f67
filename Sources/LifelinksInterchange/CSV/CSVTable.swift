import CSV
import Foundation

/// A checked CSV file read record by record through the CSV library, with each record's line number.
struct CSVTable {
    /// One data record: its first line in the file, and its fields by normalised column name.
    struct Record {
        let line: Int
        let fields: [String]
        let columns: [String: Int]

        /// The field under `column`, or "" when the column is absent or the record is short.
        subscript(column: String) -> String {
            guard let index = columns[column], index < fields.count else { return "" }
            return fields[index]
        }
    }

    let file: String
    let header: [String]
    let columns: [String: Int]
    private let reader: CSVReader
    private let countsLineBreaks: Bool
    private var nextLine: Int

    /// Opens checked text; throws when the header row itself is unusable.
    init(_ text: CSVText, file: String) throws(ImportFailure) {
        self.file = file
        do {
            reader = try CSVReader(string: text.text, hasHeaderRow: false, delimiter: text.delimiter)
        } catch {
            throw ImportFailure(problems: [ImportProblem(file: file, line: 1, message: "cannot read the header row")])
        }
        countsLineBreaks = text.hasLineBreaksInFields
        var line = 1
        var headerFields: [String] = []
        while let row = reader.next() {
            let span = CSVTable.lineSpan(row, counting: countsLineBreaks)
            if !CSVTable.isBlank(row) {
                headerFields = row
                line += span
                break
            }
            line += span
        }
        nextLine = line
        header = headerFields.map(CSVTable.normalise)
        var problems = ProblemList(file: file)
        var columns: [String: Int] = [:]
        for (index, name) in header.enumerated() where !name.isEmpty {
            if columns[name] != nil {
                problems.add(line: line - 1, column: name, "the header names this column twice")
            } else {
                columns[name] = index
            }
        }
        self.columns = columns
        if !problems.isEmpty { throw ImportFailure(problems: problems.kept) }
    }

    /// The next record that is not blank, or nil at the end of the file.
    mutating func next() -> Record? {
        while let row = reader.next() {
            let line = nextLine
            nextLine += CSVTable.lineSpan(row, counting: countsLineBreaks)
            if CSVTable.isBlank(row) { continue }
            return Record(line: line, fields: row, columns: columns)
        }
        return nil
    }

    /// `Date of Birth`, ` date-of-birth ` and `DATE_OF_BIRTH` all name `date_of_birth`.
    static func normalise(_ name: String) -> String {
        String(
            name.trimmingCharacters(in: .whitespacesAndNewlines).lowercased().map { character in
                character == " " || character == "-" ? "_" : character
            })
    }

    /// A row with nothing in any field, as spreadsheets write for empty lines.
    static func isBlank(_ row: [String]) -> Bool {
        row.allSatisfy { $0.isEmpty }
    }

    /// How many lines of the file a record took: one, plus the line breaks inside its quoted fields.
    static func lineSpan(_ row: [String], counting: Bool) -> Int {
        guard counting else { return 1 }
        var span = 1
        for field in row {
            var previousWasReturn = false
            for byte in field.utf8 {
                if byte == 0x0A {
                    if !previousWasReturn { span += 1 }
                    previousWasReturn = false
                } else if byte == 0x0D {
                    span += 1
                    previousWasReturn = true
                } else {
                    previousWasReturn = false
                }
            }
        }
        return span
    }
}
