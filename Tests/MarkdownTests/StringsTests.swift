import Markdown
import Testing

struct StringsTests {
    @Test func bothLanguagesCoverEveryKey() {
        let keys = Set(MarkdownText.allCases)
        #expect(Set(MarkdownText.indonesian.keys) == keys)
        #expect(Set(MarkdownText.english.keys) == keys)
    }

    @Test func argumentsAreFilledIn() {
        #expect(MarkdownText.cannotRead.text(.english, "a.md", "No such file") ==
                "Error: cannot read file a.md (No such file). Check its name and permissions.")
    }
}
