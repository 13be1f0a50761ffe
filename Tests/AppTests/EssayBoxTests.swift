import App
import Canvas
import Testing

@Suite struct EssayBoxTests {
    @Test func linesBreakAfterASpaceAndInsideAWordOnlyWhenItIsLonger() {
        let field = TextField("satu dua tiga empat")
        let lines = EssayBox.lines(field, width: 9).map { String(field.characters[$0]) }
        #expect(lines == ["satu dua ", "tiga ", "empat"])
        let long = TextField("abcdefghij")
        #expect(EssayBox.lines(long, width: 4).map { String(long.characters[$0]) } == ["abcd", "efgh", "ij"])
    }

    @Test func wideCharactersTakeTwoColumns() {
        let field = TextField("学习学习学")
        #expect(EssayBox.lines(field, width: 4).map { String(field.characters[$0]) } == ["学习", "学习", "学"])
    }

    @Test func upAndDownKeepTheColumn() {
        var field = TextField("satu dua tiga empat")
        #expect(EssayBox.cursor(field, width: 9) == (2, 5))
        EssayBox.move(&field, lines: -1, width: 9)
        #expect(EssayBox.cursor(field, width: 9).line == 1)
        EssayBox.move(&field, lines: -1, width: 9)
        #expect(EssayBox.cursor(field, width: 9) == (0, 4))
        EssayBox.move(&field, lines: -1, width: 9)
        #expect(EssayBox.cursor(field, width: 9) == (0, 4))
    }
}
