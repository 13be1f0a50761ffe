import Domain
import FoundationEssentials
import Localization

/// The two ways a check report is written: lines for people, JSON for tools.
extension CourseCheck.Report {
    public func text(in language: Language, relativeTo base: URL) -> String {
        let hintLabel = ReportText.hintLabel.text(in: language)
        var lines: [String] = []
        for diagnostic in diagnostics {
            lines.append(diagnostic.formatted(in: language, relativeTo: base))
            lines.append("    \(hintLabel): \(diagnostic.hint(in: language))")
        }
        lines.append(summary(in: language))
        return lines.joined(separator: "\n")
    }

    public func json(in language: Language, relativeTo base: URL) throws -> String {
        let document = JSONReport(
            courses: courses, errors: diagnostics.errorCount, warnings: diagnostics.warningCount,
            summary: summary(in: language),
            diagnostics: diagnostics.map { JSONReport.Entry($0, in: language, relativeTo: base) })
        return try MachineFormat.json(document)
    }

    public func summary(in language: Language) -> String {
        ReportText.checkSummary.text(in: language, ["courses": String(courses), "errors": String(diagnostics.errorCount),
                                                    "warnings": String(diagnostics.warningCount)])
    }

    struct JSONReport: Encodable {
        var courses: Int
        var errors: Int
        var warnings: Int
        var summary: String
        var diagnostics: [Entry]

        struct Entry: Encodable {
            var severity: String
            var file: String
            var line: Int?
            var column: Int?
            /// The message key: stable across languages, for tools to match on.
            var code: String
            var arguments: [String]
            var message: String
            var hint: String

            init(_ diagnostic: Diagnostic, in language: Language, relativeTo base: URL) {
                severity = diagnostic.severity.rawValue
                file = diagnostic.path(relativeTo: base)
                line = diagnostic.line
                column = diagnostic.column
                code = diagnostic.message.key.rawValue
                arguments = diagnostic.message.arguments
                message = diagnostic.message(in: language)
                hint = diagnostic.hint(in: language)
            }
        }
    }
}
