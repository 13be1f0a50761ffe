import Testing
@testable import Canvas

@Suite struct DisplayWidthTests {
    @Test func asciiIsOneColumnEach() { #expect(displayWidth("Modul 1") == 7) }
    @Test func cjkAndEmojiAreTwoColumns() {
        #expect(displayWidth("学习") == 4)
        #expect(displayWidth("📚") == 2)
    }
    @Test func combiningMarksTakeNoColumn() { #expect(displayWidth("e\u{301}") == 1) }
    @Test func controlCharactersTakeNoColumn() { #expect(displayWidth("\u{1B}") == 0) }
}

@Suite struct BufferTests {
    @Test func writeClipsAtTheEdgeWithoutSplittingAWideGrapheme() {
        var buffer = Buffer(width: 5, height: 1)
        let used = buffer.write("ab学习", x: 0, y: 0)
        #expect(buffer.line(0) == "ab学 ")
        #expect(used == 5)
    }
    @Test func overwritingHalfOfAWideGraphemeBlanksTheOtherHalf() {
        var buffer = Buffer(width: 4, height: 1)
        buffer.write("学习", x: 0, y: 0)
        buffer.write("x", x: 1, y: 0)
        #expect(buffer.line(0) == " x习")
    }
}
