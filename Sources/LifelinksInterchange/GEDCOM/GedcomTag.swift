/// The tags the reader acts on; everything else is `.other` and read past.
enum GedcomTag: UInt8, Sendable {
    case head, trailer, individual, family
    case name, given, surname, sex, birth, death
    case childOf, partnerIn, pedigree, adoption
    case husband, wife, child, fatherRelation, motherRelation
    case marriage, divorce, annulment, separation, event, type, status
    case date, concatenation, continuation, gedcom, version
    case other
}

/// A tag packed into an integer, looked up without building a String for every line.
///
/// Up to eight bytes, upper-cased, most significant first; longer tags share one code that no
/// known tag has, which is enough because every standard tag is shorter.
struct GedcomTagCode: Hashable, Sendable {
    var value: UInt64
    /// The tag starts with `_`: an extension, counted in `customTags`.
    var isUnderscored: Bool

    static let overlong: UInt64 = .max

    init(_ bytes: ArraySlice<UInt8>) {
        isUnderscored = bytes.first == 0x5F
        guard bytes.count <= 8 else {
            value = Self.overlong
            return
        }
        var code: UInt64 = 0
        for byte in bytes {
            let upper = byte >= 0x61 && byte <= 0x7A ? byte - 0x20 : byte
            code = code << 8 | UInt64(upper)
        }
        value = code
    }

    init(_ text: String) {
        self.init(ArraySlice(text.utf8))
    }
}

/// What a tag code means to the reader: which tag it is, and whether GEDCOM 5.5.1 or 7.0 defines it.
struct GedcomTagInfo: Sendable {
    var tag: GedcomTag
    var isStandard: Bool
}

enum GedcomTags {
    /// Every tag in GEDCOM 5.5.1 and 7.0 (7.0 adds SNOTE, PHRASE, EXID, UID, NO and a few others).
    private static let standard = """
        ABBR ADDR ADOP ADR1 ADR2 ADR3 AFN AGE AGNC ALIA ANCE ANCI ANUL ASSO AUTH BAPL BAPM BARM BASM BIRT BLES \
        BLOB BURI CALN CAST CAUS CENS CHAN CHAR CHIL CHR CHRA CITY CONC CONF CONL CONT COPR CORP CREA CREM \
        CROP CTRY DATA DATE DEAT DESC DESI DEST DIV DIVF DSCR EDUC EMAIL EMAI EMIG ENDL ENGA EVEN EXID FACT \
        FAM FAMC FAMF FAMS FAX FCOM FILE FONE FORM GEDC GIVN GRAD HEAD HEIGHT HUSB IDNO IMMI INDI INIL LANG \
        LATI LEFT LEGA LONG MAP MARB MARC MARL MARR MARS MEDI MIME NAME NATI NATU NCHI NICK NMR NO NOTE NPFX \
        NSFX OBJE OCCU ORDI ORDN PAGE PEDI PHON PHRASE PLAC POST PROB PROP PUBL QUAY REFN RELA RELI REPO RESI \
        RESN RETI RFN RIN ROLE ROMN SCHMA SDATE SEX SLGC SLGS SNOTE SOUR SPFX SSN STAE STAT SUBM SUBN SURN \
        TAG TEMP TEXT TIME TITL TOP TRAN TRLR TYPE UID VERS WIDTH WIFE WILL WWW
        """

    /// The tags the reader acts on, by spelling; several spellings may mean one tag.
    private static let known: [String: GedcomTag] = [
        "HEAD": .head, "TRLR": .trailer, "INDI": .individual, "FAM": .family,
        "NAME": .name, "GIVN": .given, "SURN": .surname, "SEX": .sex, "BIRT": .birth, "DEAT": .death,
        "FAMC": .childOf, "FAMS": .partnerIn, "PEDI": .pedigree, "ADOP": .adoption,
        "HUSB": .husband, "WIFE": .wife, "CHIL": .child, "_FREL": .fatherRelation, "_MREL": .motherRelation,
        "MARR": .marriage, "DIV": .divorce, "ANUL": .annulment,
        "_SEPR": .separation, "_SEP": .separation, "_SEPARATED": .separation, "_SEPARATION": .separation,
        "SEPARATED": .separation, "EVEN": .event, "FACT": .event, "_EVEN": .event, "_EVENT": .event,
        "TYPE": .type, "_STAT": .status, "_STATUS": .status,
        "DATE": .date, "CONC": .concatenation, "CONT": .continuation, "GEDC": .gedcom, "VERS": .version,
    ]

    /// Code → meaning, built once; a dictionary of integers, cheap to consult for every line.
    static let table: [UInt64: GedcomTagInfo] = {
        var table: [UInt64: GedcomTagInfo] = [:]
        for name in standard.split(separator: " ") {
            table[GedcomTagCode(String(name)).value] = GedcomTagInfo(
                tag: known[String(name)] ?? .other, isStandard: true)
        }
        for (name, tag) in known where table[GedcomTagCode(name).value] == nil {
            table[GedcomTagCode(name).value] = GedcomTagInfo(tag: tag, isStandard: false)
        }
        return table
    }()
}
