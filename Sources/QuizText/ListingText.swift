import CourseKit
import Localization

/// The words of `belajar check --questions`, in each language.
public enum ListingText: String, Catalogue {
    case multipleChoice, multipleAnswer, trueFalse, shortAnswer, numerical, matching, essay, description
    case generalFeedback, whenWrong, whenRight, anyOther, category, idNumber
    /// {count} questions read
    case summary

    public static func table(_ language: Language) -> [ListingText: String] {
        language == .english ? english : indonesian
    }

    static func kind(_ kind: Question.Kind) -> ListingText {
        switch kind {
        case .multipleChoice: .multipleChoice
        case .multipleAnswer: .multipleAnswer
        case .trueFalse: .trueFalse
        case .shortAnswer: .shortAnswer
        case .numerical: .numerical
        case .matching: .matching
        case .essay: .essay
        case .description: .description
        }
    }

    static let indonesian: [ListingText: String] = [
        .multipleChoice: "pilihan ganda", .multipleAnswer: "pilihan ganda, beberapa jawaban",
        .trueFalse: "benar/salah", .shortAnswer: "jawaban singkat", .numerical: "numerik",
        .matching: "menjodohkan", .essay: "esai (dicatat, tidak dinilai)", .description: "bacaan (tanpa jawaban)",
        .generalFeedback: "umpan balik umum", .whenWrong: "bila salah", .whenRight: "bila benar",
        .anyOther: "jawaban lain", .category: "kategori", .idNumber: "id Moodle",
        .summary: "{count} soal terbaca",
    ]

    static let english: [ListingText: String] = [
        .multipleChoice: "multiple choice", .multipleAnswer: "multiple choice, several answers",
        .trueFalse: "true/false", .shortAnswer: "short answer", .numerical: "numerical",
        .matching: "matching", .essay: "essay (recorded, not graded)", .description: "description (no answer)",
        .generalFeedback: "general feedback", .whenWrong: "when wrong", .whenRight: "when right",
        .anyOther: "any other answer", .category: "category", .idNumber: "Moodle id",
        .summary: "{count} questions read",
    ]
}
