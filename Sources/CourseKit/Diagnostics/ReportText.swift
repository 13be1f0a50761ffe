import Localization

/// The words around diagnostics when a library or a check is reported to a person.
public enum ReportText: String, Catalogue {
    /// Label before a diagnostic's hint.
    case hintLabel
    /// {courses} checked, {errors}, {warnings}
    case checkSummary
    /// {id}, {title}, {modules}, {hours}
    case libraryCourse
    /// {folder}
    case libraryFailure
    case libraryEmpty

    public static func table(_ language: Language) -> [ReportText: String] {
        language == .english ? english : indonesian
    }

    /// Arguments quote course files: their control characters are made visible.
    public func text(in language: Language, _ arguments: [String: String] = [:]) -> String {
        Template.fill(Self.table(language)[self] ?? rawValue, arguments)
    }

    static let indonesian: [ReportText: String] = [
        .hintLabel: "saran",
        .checkSummary: "{courses} kursus diperiksa: {errors} galat, {warnings} peringatan",
        .libraryCourse: "{id}  {title} ({modules} modul, {hours} JP)",
        .libraryFailure: "{folder}: kursus tidak dapat dimuat",
        .libraryEmpty: "Belum ada kursus.",
    ]

    static let english: [ReportText: String] = [
        .hintLabel: "hint",
        .checkSummary: "{courses} courses checked: {errors} errors, {warnings} warnings",
        .libraryCourse: "{id}  {title} ({modules} modules, {hours} JP)",
        .libraryFailure: "{folder}: the course could not be loaded",
        .libraryEmpty: "No courses yet.",
    ]
}
