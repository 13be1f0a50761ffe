@testable import App
import Localization
import Testing

@Suite struct StringsTests {
    @Test(arguments: [Language.indonesian, .english])
    func everyPhraseHasText(language: Language) {
        let table = language == .indonesian ? Phrase.indonesian : Phrase.english
        #expect(Set(table.keys) == Set(Phrase.allCases))
        #expect(table.filter { $0.value.isEmpty }.isEmpty)
    }

    /// A placeholder missing in one language would show `{2}` to someone.
    @Test func bothLanguagesFillTheSamePlaceholders() {
        for phrase in Phrase.allCases {
            #expect(placeholders(Phrase.indonesian[phrase] ?? "") == placeholders(Phrase.english[phrase] ?? ""),
                    "\(phrase)")
        }
    }

    @Test func placeholdersAreFilledInOrder() {
        let strings = Strings(.indonesian)
        #expect(strings(.quizQuestion, 3, 8) == "Soal 3/8")
        #expect(Strings(.english)(.quizQuestion, 3, 8) == "Question 3/8")
    }

    private func placeholders(_ text: String) -> Set<String> {
        Set((1...5).map { "{\($0)}" }.filter(text.contains))
    }
}
