import LifelinksModel

/// Reads the lines of a decoded file in order and keeps, record by record, what the document needs.
///
/// One pass, no tree: a stack of the tags above the current line (`path`) is enough to know that a DATE
/// belongs to a BIRT or a PEDI to a FAMC. Structure is checked as it goes (the file starts with `0 HEAD`,
/// levels rise by one at most, it ends with `0 TRLR`); links are joined later by `GedcomLinker`.
struct GedcomCollector {
    private let bytes: [UInt8]
    private let table = GedcomTags.table

    private(set) var individuals: [GedcomIndividualDraft] = []
    private(set) var families: [GedcomFamilyDraft] = []
    private(set) var version: String?
    private(set) var customTags = 0
    private(set) var recordsWithoutID = 0
    private(set) var lineCount = 0

    private enum Record { case header, individual, family, ignored }
    private var record = Record.ignored
    private var individual: GedcomIndividualDraft?
    private var family: GedcomFamilyDraft?
    /// `path[n]` is the tag of the nearest line above at level n.
    private var path: [GedcomTag] = []
    /// GEDCOM 7 escapes only a leading `@`.
    private var version7 = false

    /// A text value being built from CONC and CONT lines one level below it.
    private struct Capture {
        enum Target { case name, given, surname, birthDate }
        var target: Target
        var level: Int
    }
    private var capture: Capture?

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    mutating func run() throws(GedcomFault) {
        if let line = firstLineIfNotHeader() {
            throw GedcomFault(line, "this is not a GEDCOM file: it does not begin with a 0 HEAD line")
        }
        var reader = GedcomLineReader(bytes)
        path.reserveCapacity(16)
        while let line = try reader.next() {
            lineCount += 1
            let info = table[line.tag.value]
            let tag = info?.tag ?? .other
            if line.tag.isUnderscored || info?.isStandard != true { customTags += 1 }
            if line.level > path.count {
                throw GedcomFault(
                    line.number,
                    "level \(line.level) follows level \(path.count - 1): a line may be at most one level deeper "
                        + "than the line before it")
            }
            if line.level == 0 {
                finishRecord()
                path.removeAll(keepingCapacity: true)
                path.append(tag)
                capture = nil
                if tag == .trailer { return }
                startRecord(tag, line)
                continue
            }
            path.removeSubrange(line.level...)
            path.append(tag)
            if let current = capture {
                if line.level <= current.level {
                    capture = nil
                } else if line.level == current.level + 1, tag == .continuation || tag == .concatenation {
                    append(line, to: current.target, breaking: tag == .continuation)
                    continue
                }
            }
            switch record {
            case .header: headerLine(line, tag)
            case .individual: individualLine(line, tag)
            case .family: familyLine(line, tag)
            case .ignored: break
            }
        }
        throw GedcomFault(
            max(reader.lineNumber, 1), "the file ends without a 0 TRLR line, so it may have been cut short")
    }

    /// The number of the first non-blank line when it is not `0 HEAD`; nil when it is.
    ///
    /// Checked on the raw text before any line is parsed, so a spreadsheet or a binary file gets "not a
    /// GEDCOM file" rather than a complaint about its first line's syntax.
    private func firstLineIfNotHeader() -> Int? {
        var index = 0
        var line = 1
        while index < bytes.count, GedcomDecoding.isBlank(bytes[index]) {
            let byte = bytes[index]
            index += 1
            guard byte == 0x0A || byte == 0x0D else { continue }
            line += 1  // counted as GedcomLineReader counts: CRLF and LF-CR are one line end
            if index < bytes.count, bytes[index] == 0x0A || bytes[index] == 0x0D, bytes[index] != byte { index += 1 }
        }
        func isSpace(_ offset: Int) -> Bool { offset < bytes.count && (bytes[offset] == 0x20 || bytes[offset] == 0x09) }
        guard index < bytes.count, bytes[index] == 0x30, isSpace(index + 1) else { return line }
        index += 1
        while isSpace(index) { index += 1 }
        let word = Array("HEAD".utf8)
        guard bytes.count - index >= word.count,
            zip(bytes[index..<index + word.count], word).allSatisfy({ GedcomText.uppercase($0) == $1 })
        else { return line }
        index += word.count
        return index == bytes.count || isSpace(index) || bytes[index] == 0x0A || bytes[index] == 0x0D ? nil : line
    }

    // MARK: Records

    private mutating func startRecord(_ tag: GedcomTag, _ line: GedcomLine) {
        record = .ignored
        if tag == .head {
            record = .header
            return
        }
        guard let range = line.xref else {
            recordsWithoutID += 1
            return
        }
        switch tag {
        case .individual:
            individual = GedcomIndividualDraft(xref: GedcomText.exact(bytes[range]), line: line.number)
            record = .individual
        case .family:
            family = GedcomFamilyDraft(xref: GedcomText.exact(bytes[range]), line: line.number)
            record = .family
        default:
            break
        }
    }

    private mutating func finishRecord() {
        if let individual = individual.take() { individuals.append(individual) }
        if let family = family.take() { families.append(family) }
    }

    private mutating func headerLine(_ line: GedcomLine, _ tag: GedcomTag) {
        if line.level == 2, tag == .version, path[1] == .gedcom, version == nil {
            let text = GedcomText.string(bytes[GedcomText.trimmed(line.value, in: bytes)])
            version = text.isEmpty ? nil : text
            version7 = text.hasPrefix("7")
        }
    }

    // MARK: Individuals

    private mutating func individualLine(_ line: GedcomLine, _ tag: GedcomTag) {
        switch line.level {
        case 1:
            switch tag {
            case .name:
                individual!.namesSeen += 1
                if individual!.namesSeen == 1 {
                    individual!.nameValue = unescaped(line.value)
                    capture = Capture(target: .name, level: 1)
                }
            case .sex:
                if individual!.sex == nil { individual!.sex = sex(line.value) }
            case .death:
                if !GedcomText.equals(line.value, in: bytes, "N") { individual!.deceased = true }
            case .childOf:
                individual!.childOf.append(GedcomChildOfDraft(family: xref(line.value)))
            case .partnerIn:
                if let family = xref(line.value) { individual!.partnerIn.append(family) }
            case .adoption:
                individual!.adoptions.append(GedcomAdoptionDraft())
            default:
                break
            }
        case 2:
            switch (path[1], tag) {
            case (.name, .given) where individual!.namesSeen == 1 && individual!.given == nil:
                individual!.given = unescaped(line.value)
                capture = Capture(target: .given, level: 2)
            case (.name, .surname) where individual!.namesSeen == 1 && individual!.surname == nil:
                individual!.surname = unescaped(line.value)
                capture = Capture(target: .surname, level: 2)
            case (.birth, .date) where individual!.birthDate == nil:
                let value = GedcomText.trimmed(line.value, in: bytes)
                if !value.isEmpty {
                    individual!.birthDate = Array(bytes[value])
                    capture = Capture(target: .birthDate, level: 2)
                }
            case (.childOf, .pedigree):
                let kind = GedcomParentKinds.kind(GedcomText.keyword(line.value, in: bytes))
                individual!.childOf[individual!.childOf.count - 1].pedigree = kind
            case (.adoption, .childOf):
                individual!.adoptions[individual!.adoptions.count - 1].family = xref(line.value)
            default:
                break
            }
        case 3:
            if tag == .adoption, path[1] == .adoption, path[2] == .childOf {
                let by: GedcomAdoptingParents =
                    GedcomText.equals(line.value, in: bytes, "HUSB")
                    ? .husband : GedcomText.equals(line.value, in: bytes, "WIFE") ? .wife : .both
                individual!.adoptions[individual!.adoptions.count - 1].by = by
            }
        default:
            break
        }
    }

    private func sex(_ range: Range<Int>) -> Sex {
        if GedcomText.equals(range, in: bytes, "M") || GedcomText.equals(range, in: bytes, "MALE") { return .male }
        if GedcomText.equals(range, in: bytes, "F") || GedcomText.equals(range, in: bytes, "FEMALE") { return .female }
        return .unknown
    }

    // MARK: Families

    private mutating func familyLine(_ line: GedcomLine, _ tag: GedcomTag) {
        switch line.level {
        case 1:
            switch tag {
            case .husband:
                if family!.husband == nil { family!.husband = xref(line.value) }
            case .wife:
                if family!.wife == nil { family!.wife = xref(line.value) }
            case .child:
                family!.children.append(GedcomChildDraft(xref: xref(line.value)))
            case .marriage, .divorce, .annulment, .separation:
                // "DIV N" is how some programs say there was none; the DATE under it still needs a home.
                let denied = GedcomText.equals(line.value, in: bytes, "N")
                family!.events.append(GedcomPartnershipEvent(kind: denied ? .other : eventKind(tag)))
            case .event:
                let notes = GedcomPartnerStatus.notesSeparation(GedcomText.string(bytes[line.value]))
                family!.events.append(GedcomPartnershipEvent(kind: notes ? .separation : .other))
            case .status:
                family!.statusText = GedcomText.string(bytes[GedcomText.trimmed(line.value, in: bytes)])
            default:
                break
            }
        case 2:
            switch (path[1], tag) {
            case (.child, .fatherRelation):
                let kind = GedcomParentKinds.kind(GedcomText.keyword(line.value, in: bytes))
                family!.children[family!.children.count - 1].father = kind
            case (.child, .motherRelation):
                let kind = GedcomParentKinds.kind(GedcomText.keyword(line.value, in: bytes))
                family!.children[family!.children.count - 1].mother = kind
            case (.marriage, .date), (.divorce, .date), (.annulment, .date), (.separation, .date), (.event, .date):
                let date = GedcomText.string(bytes[GedcomText.trimmed(line.value, in: bytes)])
                family!.events[family!.events.count - 1].date = date
            case (.event, .type):
                if GedcomPartnerStatus.notesSeparation(GedcomText.string(bytes[line.value])) {
                    family!.events[family!.events.count - 1].kind = .separation
                }
            default:
                break
            }
        default:
            break
        }
    }

    private func eventKind(_ tag: GedcomTag) -> GedcomPartnershipEvent.Kind {
        switch tag {
        case .marriage: return .marriage
        case .divorce: return .divorce
        case .annulment: return .annulment
        case .separation: return .separation
        default: return .other
        }
    }

    // MARK: Values

    private func xref(_ range: Range<Int>) -> String? {
        if case .xref(let xref)? = GedcomText.pointer(range, in: bytes) { return xref }
        return nil
    }

    private func unescaped(_ range: Range<Int>) -> [UInt8] {
        var output: [UInt8] = []
        GedcomText.appendUnescaped(range, of: bytes, version7: version7, to: &output)
        return output
    }

    private mutating func append(_ line: GedcomLine, to target: Capture.Target, breaking: Bool) {
        var piece: [UInt8] = breaking ? [0x0A] : []
        if target == .birthDate {
            piece.append(contentsOf: bytes[line.value])
        } else {
            GedcomText.appendUnescaped(line.value, of: bytes, version7: version7, to: &piece)
        }
        switch target {
        case .name: individual!.nameValue?.append(contentsOf: piece)
        case .given: individual!.given?.append(contentsOf: piece)
        case .surname: individual!.surname?.append(contentsOf: piece)
        case .birthDate: individual!.birthDate?.append(contentsOf: piece)
        }
    }
}
