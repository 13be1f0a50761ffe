import Canvas

/// Text from outside (bundles, an LRS) as it may reach an office's terminal or spreadsheet:
/// escape sequences and bidi controls cleaned, on one line.
enum ReportText {
    static func line(_ text: String) -> String {
        let clean = Sanitizer.clean(text)
        guard clean.contains(where: { $0 == "\n" || $0 == "\t" || $0 == "\r\n" }) else { return clean }
        return String(clean.map { $0 == "\n" || $0 == "\t" || $0 == "\r\n" ? " " : $0 })
    }
}

/// One text cell of the report's CSV. A spreadsheet runs a cell that starts with `=`, `+`, `-`,
/// `@`, tab or carriage return as a formula (`=HYPERLINK(…)` in a learner's name): as OWASP's
/// CSV-injection guidance recommends, such a cell starts with a `'` and is quoted, so it shows
/// as the text it is. Every other cell is quoted only where RFC 4180 needs it.
enum CSVCell {
    static func text(_ value: String) -> String {
        let clean = ReportText.line(value)
        if let first = clean.unicodeScalars.first, formulaStarts.contains(first) {
            return quoted("'" + clean)
        }
        guard clean.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return clean }
        return quoted(clean)
    }

    private static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    private static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
