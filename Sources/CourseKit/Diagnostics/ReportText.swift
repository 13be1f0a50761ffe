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
    /// (course id or folder)
    case giftExportNoCourse
    /// (module id, course id)
    case giftExportNoModule
    /// (course id)
    case giftExportNoQuiz
    /// (questions, file)
    case giftExportWritten

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
        .giftExportNoCourse: "kursus '{0}' tidak ditemukan (folder kursus, atau id kursus di folder --courses)",
        .giftExportNoModule: "kursus '{1}' tidak memiliki modul '{0}'",
        .giftExportNoQuiz: "tidak ada kuis untuk diekspor di '{0}'",
        .giftExportWritten: "{0} soal ditulis ke {1}",
    ]

    static let english: [ReportText: String] = [
        .hintLabel: "hint",
        .checkSummary: "{0} courses checked: {1} errors, {2} warnings",
        .libraryCourse: "{0}  {1} ({2} modules, {3} JP)",
        .libraryFailure: "{0}: the course could not be loaded",
        .libraryEmpty: "No courses yet.",
        .giftExportNoCourse: "course '{0}' not found (a course folder, or a course id in the --courses folder)",
        .giftExportNoModule: "course '{1}' has no module '{0}'",
        .giftExportNoQuiz: "no quiz to export in '{0}'",
        .giftExportWritten: "{0} questions written to {1}",
    ]
}
