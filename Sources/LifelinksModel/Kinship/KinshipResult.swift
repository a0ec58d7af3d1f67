/// How one person is related to another, read as "`a` is `b`'s `label`", with every path that joins them.
///
/// The label and side come from the nearest path; the others are there so pedigree collapse and intermarriage
/// are visible rather than hidden behind one word.
public struct KinshipResult: Hashable, Sendable, Codable {
    public var a: String
    public var b: String
    /// The nearest path's label, without the side: "aunt", with `side` "maternal".
    public var label: String
    /// Generations from `a` up to the nearest common ancestor, when the nearest path is blood kin.
    public var aUp: Int?
    /// Generations from `b` up to the nearest common ancestor, when the nearest path is blood kin.
    public var bUp: Int?
    /// `FamilySide` raw value ("maternal" or "paternal") when one end is the young person and the nearest path
    /// leaves them through their mother or father.
    public var side: String?
    /// Every path found, nearest first: none repeats a person or steps past someone it could have reached
    /// directly, and only the nearest are listed once they are longer than `Kinship.detourLimit`.
    public var paths: [KinshipPath]

    public init(
        a: String, b: String, label: String, aUp: Int? = nil, bUp: Int? = nil, side: String? = nil,
        paths: [KinshipPath] = []
    ) {
        self.a = a
        self.b = b
        self.label = label
        self.aUp = aUp
        self.bUp = bUp
        self.side = side
        self.paths = paths
    }
}
