import Canvas
@testable import CursesTerminal
import Testing

/// The frame writer against a model terminal: whatever it writes must leave the screen equal to
/// the frame, in as few bytes as the terminal's abilities allow.
@Suite struct FrameWriterTests {
    static let heading = Style(foreground: .cyan, bold: true)
    static let text = (1...200).map { "Baris \($0): pegawai negeri sipil belajar di kantor." }

    /// A reader: a status row, the text from line `first`, a footer.
    static func reader(from first: Int, width: Int = 80, height: Int = 24) -> Buffer {
        var buffer = Buffer(width: width, height: height)
        buffer.write("Modul 1 · Pengantar", x: 0, y: 0, style: Style(reverse: true))
        for row in 1..<(height - 1) {
            let number = first + row - 1
            let style = number % 7 == 0 ? heading : .plain
            buffer.write(text[number % text.count], x: 2, y: row, style: style)
        }
        buffer.write("j/k Gulir  q Keluar", x: 0, y: height - 1, style: Style(dim: true))
        return buffer
    }

    /// Writes `frames` one after another, checks the model screen equals each, and returns the
    /// bytes written for each.
    @discardableResult
    static func written(_ frames: [Buffer], abilities: Capabilities = .ansi) -> [String] {
        var writer = FrameWriter(abilities: abilities)
        var model = ScreenModel(size: frames[0].size, delayedWrap: abilities.delayedWrap)
        return frames.map { frame in
            // A resized terminal keeps whatever it had: the writer must clear it.
            if model.cells.size != frame.size { model = ScreenModel(size: frame.size, delayedWrap: abilities.delayedWrap) }
            let bytes = writer.bytes(for: frame)
            model.apply(bytes)
            #expect(screenText(model.cells, lastCellKept: abilities) == screenText(frame, lastCellKept: abilities))
            return bytes
        }
    }

    /// The frame's text and the styles the terminal can show, one row a line; without the
    /// bottom-right cell on a terminal that would scroll when it is written.
    static func screenText(_ buffer: Buffer, lastCellKept abilities: Capabilities) -> String {
        var lines: [String] = []
        for row in 0..<buffer.size.height {
            var line = ""
            for column in 0..<buffer.size.width {
                if row == buffer.size.height - 1, column == buffer.size.width - 1, !abilities.delayedWrap { continue }
                let cell = buffer[column, row]
                line += cell.isContinuation ? "" : cell.grapheme
                // What the terminal cannot show (colours on a vt100) the presenter leaves out.
                var style = abilities.foreground == nil ? cell.style.monochrome : cell.style
                if abilities.italic == nil { style.italic = false }
                if style != .plain { line += "{\(style)}" }
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    @Test func nothingChangedWritesNothing() {
        let bytes = Self.written([Self.reader(from: 0), Self.reader(from: 0)])
        #expect(bytes[1] == "")
    }

    @Test func aLineDownScrollsOnceAndWritesOneLine() {
        let bytes = Self.written([Self.reader(from: 0), Self.reader(from: 1)])[1]
        #expect(bytes.components("\u{1B}[M") == 1 && bytes.components("\u{1B}[L") == 1)
        #expect(bytes.contains(Self.text[22]))
        #expect(!bytes.contains(Self.text[21]))
        // The move, the line's address and its text: nothing else.
        #expect(bytes.utf8.count <= Self.text[22].utf8.count + 30)
    }

    @Test func aLineUpScrollsTheOtherWay() {
        let bytes = Self.written([Self.reader(from: 5), Self.reader(from: 4)])[1]
        #expect(bytes.components("\u{1B}[M") == 1 && bytes.components("\u{1B}[L") == 1)
        #expect(bytes.contains(Self.text[4]))
        #expect(!bytes.contains(Self.text[5]))
    }

    @Test func aVT100ScrollsInARegion() {
        let bytes = Self.written([Self.reader(from: 0), Self.reader(from: 1)], abilities: .vt100)[1]
        #expect(bytes.hasPrefix("\u{1B}[2;23r") && bytes.components("\n") == 1)
        #expect(bytes.contains(Self.text[22]) && !bytes.contains(Self.text[21]))
    }

    @Test func aTerminalThatCannotScrollRedrawsTheRows() {
        let bytes = Self.written([Self.reader(from: 0), Self.reader(from: 1)], abilities: .bare)[1]
        #expect(bytes.contains(Self.text[21]) && bytes.contains(Self.text[22]))
    }

    @Test func pagesAndJumpsLeaveTheScreenRight() {
        let firsts = [0, 22, 44, 43, 40, 41, 60, 58, 0, 1, 2, 30, 29, 28, 100, 199]
        for abilities in [Capabilities.ansi, .vt100, .bare] {
            Self.written(firsts.map { Self.reader(from: $0) }, abilities: abilities)
            Self.written(firsts.map { Self.reader(from: $0, width: 40, height: 12) }, abilities: abilities)
        }
    }

    @Test func attributesChangeOnlyWhereTheyMust() {
        var frame = Buffer(width: 20, height: 2)
        frame.write("aa", x: 0, y: 0, style: Style(bold: true))
        frame.write("bb", x: 2, y: 0, style: Style(foreground: .red, bold: true))
        frame.write("cc", x: 4, y: 0)
        let bytes = Self.written([Buffer(width: 20, height: 2), frame])[1]
        #expect(bytes == "\u{1B}[1maa\u{1B}[31mbb\u{1B}[mcc")
    }

    @Test func theCursorStepsOverShortGapsAndJumpsLongOnes() {
        var before = Buffer(width: 40, height: 2)
        before.write(String(repeating: "x", count: 40), x: 0, y: 0)
        var after = before
        after.write("a", x: 1, y: 0)
        after.write("b", x: 4, y: 0)
        after.write("c", x: 30, y: 0)
        let bytes = Self.written([before, after])[1]
        #expect(bytes == "\u{1B}[1;2Haxxb\u{1B}[25Cc")
    }

    @Test func aClearedLineEndIsErasedInOneStep() {
        var before = Buffer(width: 40, height: 2)
        before.write(String(repeating: "x", count: 40), x: 0, y: 1, style: Style(background: .blue))
        var after = Buffer(width: 40, height: 2)
        after.write("y", x: 0, y: 1)
        let bytes = Self.written([before, after])[1]
        #expect(bytes == "\u{1B}[2;1H\u{1B}[my\u{1B}[K")
    }

    @Test func wideGraphemesAreWrittenWhole() {
        var first = Buffer(width: 10, height: 3)
        first.write("日本語", x: 0, y: 1)
        var second = Buffer(width: 10, height: 3)
        second.write("a日本x", x: 0, y: 1)
        var third = Buffer(width: 10, height: 3)
        third.write("a日b", x: 0, y: 1)
        Self.written([first, second, third, first])
    }

    @Test func theBottomRightCellIsLeftAloneWhereWritingItScrolls() {
        var frame = Buffer(width: 10, height: 3)
        frame.fill(frame.bounds, with: "z")
        let bytes = Self.written([frame], abilities: .bare)[0]
        #expect(bytes.filter { $0 == "z" }.count == 29)
    }

    @Test func aNewSizeClearsAndDrawsEverything() {
        let bytes = Self.written([Self.reader(from: 0), Self.reader(from: 0, width: 40, height: 12)])[1]
        #expect(bytes.hasPrefix("\u{1B}[m\u{1B}[H\u{1B}[2J"))
    }

    /// Frames that change at random (scrolls of any size in any band, edits, styles) on every
    /// kind of terminal: the screen always ends equal to the frame.
    @Test func randomFramesAlwaysLeaveTheScreenRight() {
        var random = SeededRandom(seed: 11)
        for abilities in [Capabilities.ansi, .vt100, .bare] {
            var frame = Self.reader(from: 0, width: 30, height: 10)
            var frames = [frame]
            for _ in 0..<300 {
                frame = random.changed(frame)
                frames.append(frame)
            }
            Self.written(frames, abilities: abilities)
        }
    }

    @Test func paddingIsDropped() {
        #expect(Capabilities.withoutPadding("\u{1B}[1m$<2>") == "\u{1B}[1m")
        #expect(Capabilities.withoutPadding("a$<5*/>b$c") == "ab$c")
    }
}

extension String {
    fileprivate func components(_ part: String) -> Int {
        var count = 0
        var rest = self[...]
        while let found = rest.firstRange(of: part) {
            count += 1
            rest = rest[found.upperBound...]
        }
        return count
    }
}

/// A small deterministic generator, so a failing sequence of frames comes back the same.
struct SeededRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next(_ bound: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(bound))
    }

    mutating func changed(_ frame: Buffer) -> Buffer {
        var result = frame
        let size = frame.size
        let styles = [Style.plain, Style(bold: true), Style(foreground: .green), Style(background: .red), Style(reverse: true)]
        switch next(4) {
        case 0, 1: // a band of rows moves, the opened rows get new text
            let top = next(size.height - 1), bottom = top + 1 + next(size.height - top - 1)
            let lines = (1 + next(bottom - top)) * (next(2) == 0 ? 1 : -1)
            result.shift(Shift(top: top, bottom: bottom, lines: lines))
            for row in top...bottom where result.line(row).allSatisfy({ $0 == " " }) {
                result.write("neu \(next(1000)) 日本 é", x: next(5), y: row, style: styles[next(styles.count)])
            }
        case 2:
            result.write("w\(next(100))", x: next(size.width), y: next(size.height), style: styles[next(styles.count)])
        default:
            result.fill(Rect(x: next(size.width), y: next(size.height), width: 1 + next(size.width), height: 1))
        }
        return result
    }
}
