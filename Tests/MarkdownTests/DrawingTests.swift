import Canvas
import Markdown
import Testing

struct DrawingTests {
    @Test func drawsWithSidewaysOffset() {
        let line = render("**ab**cdef").lines[0]
        var buffer = Buffer(width: 6, height: 1)
        buffer.draw(line, x: 1, y: 0, width: 4, offset: 1, theme: .monochrome)
        #expect(buffer.line(0) == " bcde ")
        #expect(buffer[1, 0].style.bold)
        #expect(!buffer[2, 0].style.bold)
    }

    @Test func wideCharacterCutByTheEdgeBecomesBlank() {
        let line = render("日本語").lines[0]
        var buffer = Buffer(width: 4, height: 1)
        buffer.fill(buffer.bounds, with: "x")
        buffer.draw(line, x: 0, y: 0, width: 4, offset: 1, theme: .colour)
        #expect(buffer.line(0) == " 本 ")
    }
}
