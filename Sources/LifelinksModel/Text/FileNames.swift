/// Names made from data (case references, uploaded files) made safe to use as one file's name.
public enum FileNames {
    /// `text` with everything but letters, digits, `-`, `_` (and `.`, when `dots`) turned into `_`,
    /// so no name can climb out of its folder or mean something to a shell.
    public static func safe(_ text: String, dots: Bool = false) -> String {
        String(text.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || (dots && $0 == ".") ? $0 : "_" })
    }
}
