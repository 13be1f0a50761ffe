import Basics
import Canvas
import CNcursesw
import FoundationEssentials

/// Hands ncurses the cells that differ from the previous frame, through the wide-character API.
struct Presenter {
    private let colors: ColorPairs?
    private let isUTF8: Bool
    private var previous: Buffer?

    init(colors: ColorPairs?, isUTF8: Bool) {
        self.colors = colors
        self.isUTF8 = isUTF8
    }

    /// After a resize ncurses has cleared its own picture; draw every cell again.
    mutating func invalidate() { previous = nil }

    mutating func present(_ buffer: Buffer) {
        let old = previous.flatMap { $0.size == buffer.size ? $0 : nil }
        if old == nil { erase() }
        for y in 0..<buffer.size.height {
            for x in 0..<buffer.size.width {
                let cell = buffer[x, y]
                if let old, old[x, y] == cell { continue }
                draw(cell, x: x, y: y)
            }
        }
        previous = buffer
    }

    private mutating func draw(_ cell: Cell, x: Int, y: Int) {
        // A continuation cell is covered by the wide grapheme before it, unless ASCII stands in.
        if cell.isContinuation && isUTF8 { return }
        let text = cell.isContinuation ? " " : shown(cell.grapheme)
        var scalars = text.unicodeScalars.prefix(Int(CCHARW_MAX) - 1).map { wchar_t(bitPattern: $0.value) }
        scalars.append(0)
        let (attributes, pair) = look(of: cell.style)
        var character = cchar_t()
        setcchar(&character, scalars, attributes, pair, nil)
        mvadd_wch(Int32(y), Int32(x), &character)
    }

    private func shown(_ grapheme: String) -> String {
        if isUTF8 || grapheme.allSatisfy(\.isASCII) { return grapheme.isEmpty ? " " : grapheme }
        // A cell holds one column: a stand-in of one character only (quotes, dashes).
        if let standIn = ASCIIFallback.table[grapheme], standIn.count == 1 { return standIn }
        let folded = Folding.withoutDiacritics(Folding.withoutWidth(grapheme))
        return folded.allSatisfy(\.isASCII) && !folded.isEmpty ? folded : "?"
    }

    private func look(of style: Style) -> (attr_t, Int16) {
        var attributes: attr_t = 0
        if style.bold { attributes |= belajar_attr_bold() }
        if style.dim { attributes |= belajar_attr_dim() }
        if style.italic { attributes |= belajar_attr_italic() }
        if style.underline { attributes |= belajar_attr_underline() }
        if style.reverse { attributes |= belajar_attr_reverse() }
        let pair = colors?.pair(foreground: style.foreground, background: style.background) ?? 0
        return (attributes, pair)
    }
}

/// Colour pairs made on first use; -1 keeps the terminal's own default colour.
final class ColorPairs {
    private var pairs: [Int: Int16] = [:]

    func pair(foreground: Color?, background: Color?) -> Int16 {
        if foreground == nil && background == nil { return 0 }
        let key = Int(foreground.map { $0.rawValue + 1 } ?? 0) * 16 + Int(background.map { $0.rawValue + 1 } ?? 0)
        if let known = pairs[key] { return known }
        let number = Int16(pairs.count + 1)
        guard Int32(number) < belajar_color_pairs() else { return 0 }
        init_pair(number, Int16(foreground.map { Int16($0.rawValue) } ?? -1),
                  Int16(background.map { Int16($0.rawValue) } ?? -1))
        pairs[key] = number
        return number
    }
}
