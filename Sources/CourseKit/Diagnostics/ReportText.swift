import Localization

/// The words around diagnostics when a library or a check is reported to a person.
public enum ReportText: String, Sendable, CaseIterable {
    /// Label before a diagnostic's hint.
    case hintLabel
    /// (courses checked, errors, warnings)
    case checkSummary
    /// (course id, title, modules, JP)
    case libraryCourse
    /// (folder)
    case libraryFailure
    case libraryEmpty

    public func text(in language: Language, _ arguments: String...) -> String {
        let table = language == .english ? Self.english : Self.indonesian
        return Template.fill(table[self] ?? rawValue, arguments)
    }

    static let indonesian: [ReportText: String] = [
        .hintLabel: "saran",
        .checkSummary: "{0} kursus diperiksa: {1} galat, {2} peringatan",
        .libraryCourse: "{0}  {1} ({2} modul, {3} JP)",
        .libraryFailure: "{0}: kursus tidak dapat dimuat",
        .libraryEmpty: "Belum ada kursus.",
    ]

    static let english: [ReportText: String] = [
        .hintLabel: "hint",
        .checkSummary: "{0} courses checked: {1} errors, {2} warnings",
        .libraryCourse: "{0}  {1} ({2} modules, {3} JP)",
        .libraryFailure: "{0}: the course could not be loaded",
        .libraryEmpty: "No courses yet.",
    ]
}
