@testable import App
@testable import CourseKit
import Domain
import Localization
import Markdown
import ProgressStore
import QuizText
import Sync
import Testing

/// Every string table of every target, held to one rule: each language has every key, with the
/// same `{name}` placeholders, and no sentence uses another placeholder syntax.
@Suite struct CatalogueTests {
    @Test func everyLanguageHasEveryKeyWithTheSamePlaceholders() {
        let problems = CatalogueCheck.problems(Phrase.self)
            + CatalogueCheck.problems(NIPText.self)
            + CatalogueCheck.problems(StoreMessage.self)
            + CatalogueCheck.problems(SyncMessage.self)
            + CatalogueCheck.problems(MarkdownText.self)
            + CatalogueCheck.problems(ReportText.self)
            + CatalogueCheck.problems(ListingText.self)
            + CatalogueCheck.problems(of: "Diagnostic", keys: DiagnosticMessage.Key.allCases, table: DiagnosticTable.texts)
            + CatalogueCheck.problems(of: "DiagnosticHint", keys: DiagnosticMessage.Key.allCases, table: DiagnosticTable.hints)
        #expect(problems == [])
    }

    /// Every name a diagnostic's table asks for is one of the key's parameters, so it is filled.
    @Test func diagnosticPlaceholdersAreParameters() {
        for key in DiagnosticMessage.Key.allCases {
            let asked = Placeholders.names(in: DiagnosticTable.texts(.indonesian)[key] ?? "")
                .union(Placeholders.names(in: DiagnosticTable.hints(.indonesian)[key] ?? ""))
            #expect(asked.isSubset(of: Set(key.parameters)), "\(key)")
        }
    }

    @Test func theCheckFindsWhatIsWrong() {
        #expect(CatalogueCheck.problems(Broken.self) == [
            "Broken.missing: no en text",
            "Broken.renamed: en has {name} where id has {count}",
            "Broken.oldSyntax (id): uses {1}",
            "Broken.oldSyntax (en): uses %@",
        ])
    }

    @Test func placeholdersAreFilledByNameInOnePass() {
        #expect(Placeholders.fill("{a} dan {b}", ["a": "{b}", "b": "2"]) == "{b} dan 2")
        #expect(Placeholders.fill("{unknown} {1}", ["a": "x"]) == "{unknown} {1}")
        #expect(Strings(.indonesian)(.quizQuestion, ["number": 3, "count": 8]) == "Soal 3/8")
        #expect(Strings(.english)(.quizQuestion, ["number": 3, "count": 8]) == "Question 3/8")
    }
}

private enum Broken: String, Catalogue {
    case missing, renamed, oldSyntax

    static func table(_ language: Language) -> [Broken: String] {
        language == .indonesian
            ? [.missing: "ada", .renamed: "{count} soal", .oldSyntax: "soal {1}"]
            : [.renamed: "{name} questions", .oldSyntax: "question %@"]
    }
}
