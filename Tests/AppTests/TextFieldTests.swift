import App
import Canvas
import Testing

@Suite struct TextFieldTests {
    @Test func backspaceRemovesAWideCharacterWhole() {
        var field = TextField("ab学")
        _ = field.edit(.backspace)
        #expect(field.text == "ab")
        #expect(field.cursor == 2)
    }

    @Test func backspaceRemovesALetterWithItsCombiningMark() {
        var field = TextField("cafe\u{301}")
        #expect(field.characters.count == 4)
        _ = field.edit(.backspace)
        #expect(field.text == "caf")
    }

    @Test func typingInTheMiddleInsertsAtTheCursor() {
        var field = TextField("JP")
        _ = field.edit(.left)
        _ = field.edit(.character("🙂"))
        #expect(field.text == "J🙂P")
        _ = field.edit(.home)
        _ = field.edit(.delete)
        #expect(field.text == "🙂P")
        #expect(field.cursor == 0)
    }

    @Test func movementStopsAtTheEnds() {
        var field = TextField("a")
        _ = field.edit(.right)
        #expect(field.cursor == 1)
        _ = field.edit(.left)
        _ = field.edit(.left)
        #expect(field.cursor == 0)
        _ = field.edit(.backspace)
        #expect(field.text == "a")
    }

    @Test func keysThatDoNotEditAreRefused() {
        var field = TextField()
        #expect(field.edit(.enter) == false)
        #expect(field.edit(.up) == false)
    }
}
