import Basics
import Canvas
import CNcursesw
import FoundationEssentials

/// Turns a frame into what this terminal can show (ASCII stand-ins without UTF-8, no colours
/// when it has none) and into the bytes that draw only what changed since the last one.
struct Presenter {
    private let hasColors: Bool
    private let isUTF8: Bool
    private var writer: FrameWriter

    init(abilities: Capabilities, hasColors: Bool, isUTF8: Bool) {
        writer = FrameWriter(abilities: abilities)
        self.hasColors = hasColors
        self.isUTF8 = isUTF8
    }

    /// After a resize the terminal's picture is gone; draw every cell again.
    mutating func invalidate() { writer.invalidate() }

    mutating func bytes(for buffer: Buffer) -> String {
        var shownBuffer = buffer
        for y in 0..<buffer.size.height {
            for x in 0..<buffer.size.width {
                shownBuffer[x, y] = displayed(buffer[x, y])
            }
        }
        return writer.bytes(for: shownBuffer)
    }

    /// Where the cursor can rest when the program ends: the start of the last row, plain.
    func leaving(height: Int) -> String {
        writer.abilities.cursorAddress(max(height - 1, 0), 0) + writer.abilities.resetAttributes
    }

    private func displayed(_ cell: Cell) -> Cell {
        let style = hasColors ? cell.style : cell.style.monochrome
        // A continuation cell is covered by the wide grapheme before it, unless ASCII stands in.
        if cell.isContinuation && isUTF8 { return Cell("", style: style, isContinuation: true) }
        return Cell(cell.isContinuation ? " " : shown(cell.grapheme), style: style)
    }

    private func shown(_ grapheme: String) -> String {
        if isUTF8 || grapheme.allSatisfy(\.isASCII) { return grapheme.isEmpty ? " " : grapheme }
        // A cell holds one column: a stand-in of one character only (quotes, dashes).
        if let standIn = ASCIIFallback.table[grapheme], standIn.count == 1 { return standIn }
        let folded = Folding.withoutDiacritics(Folding.withoutWidth(grapheme))
        return folded.allSatisfy(\.isASCII) && !folded.isEmpty ? folded : "?"
    }
}
