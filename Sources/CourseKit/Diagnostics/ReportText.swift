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
    /// {course}: id or folder
    case giftExportNoCourse
    /// {module}, {course}
    case giftExportNoModule
    /// {place}: module or course id
    case giftExportNoQuiz
    /// {questions}, {file}
    case giftExportWritten

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
        .giftExportNoCourse: "kursus '{course}' tidak ditemukan (folder kursus, atau id kursus di folder --courses)",
        .giftExportNoModule: "kursus '{course}' tidak memiliki modul '{module}'",
        .giftExportNoQuiz: "tidak ada kuis untuk diekspor di '{place}'",
        .giftExportWritten: "{questions} soal ditulis ke {file}",
    ]

    static let english: [ReportText: String] = [
        .hintLabel: "hint",
        .checkSummary: "{courses} courses checked: {errors} errors, {warnings} warnings",
        .libraryCourse: "{id}  {title} ({modules} modules, {hours} JP)",
        .libraryFailure: "{folder}: the course could not be loaded",
        .libraryEmpty: "No courses yet.",
        .giftExportNoCourse: "course '{course}' not found (a course folder, or a course id in the --courses folder)",
        .giftExportNoModule: "course '{course}' has no module '{module}'",
        .giftExportNoQuiz: "no quiz to export in '{place}'",
        .giftExportWritten: "{questions} questions written to {file}",
    ]
}
