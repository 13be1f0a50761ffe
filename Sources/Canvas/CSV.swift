/// Cells of a CSV file that a person opens in a spreadsheet: one writer for every CSV belajar
/// makes (`progress --format csv`, and `report`'s).
public enum CSV {
    /// A text cell: made safe for a terminal, a would-be formula neutralised as OWASP recommends
    /// (a cell starting with = + - @ tab or CR gets a leading `'` and quotes, so a spreadsheet
    /// shows it instead of running `=HYPERLINK(…)`), quoted as RFC 4180 says where it needs it.
    /// Numbers are written as they are, not through this: `-1` is a number, not a formula.
    public static func cell(_ text: String) -> String {
        let cleaned = Sanitizer.clean(text)
        if let first = cleaned.unicodeScalars.first, formulaStarts.contains(first) {
            return quoted("'" + cleaned)
        }
        guard cleaned.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return cleaned }
        return quoted(cleaned)
    }

    private static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    private static func quoted(_ text: String) -> String {
        "\"" + text.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }
}
