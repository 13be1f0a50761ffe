/// A screen's worth of cells, drawn in memory. Views draw into a `Buffer`; only the terminal
/// backend turns it into ncurses calls. Tests compare `text` snapshots.
public struct Buffer: Sendable, Hashable {
    public let size: Size
    public private(set) var cells: [Cell]

    public init(size: Size) {
        self.size = Size(width: max(size.width, 0), height: max(size.height, 0))
        cells = Array(repeating: .blank, count: self.size.width * self.size.height)
    }

    public init(width: Int, height: Int) { self.init(size: Size(width: width, height: height)) }

    public var bounds: Rect { Rect(x: 0, y: 0, width: size.width, height: size.height) }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * size.width + x] }
        set { cells[y * size.width + x] = newValue }
    }

    /// Writes `text` from (x, y) and clips it at `clip` (default: the buffer). Graphemes are never
    /// split: a wide one that does not fit is replaced by spaces. Returns the columns used.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, style: Style = .plain,
                               clip: Rect? = nil) -> Int {
        let area = clip ?? bounds
        guard y >= area.y, y < area.maxY, y >= 0, y < size.height else { return 0 }
        let limit = min(area.maxX, size.width)
        var column = x
        for character in text {
            let width = displayWidth(character)
            if width == 0 {
                appendZeroWidth(character, before: column, y: y, from: max(x, area.x))
                continue
            }
            if column + width > limit {
                while column < limit { if column >= area.x { put(Cell(" ", style: style), column, y) }; column += 1 }
                break
            }
            if column >= area.x {
                put(Cell(String(character), style: style), column, y)
                if width == 2 { put(.continuation(style), column + 1, y) }
            }
            column += width
        }
        return column - x
    }

    /// Fills a rect with one grapheme (a space by default) in a style.
    public mutating func fill(_ rect: Rect, with grapheme: String = " ", style: Style = .plain) {
        for row in max(rect.y, 0)..<min(rect.maxY, size.height) {
            for column in max(rect.x, 0)..<min(rect.maxX, size.width) {
                self[column, row] = Cell(grapheme, style: style)
            }
        }
    }

    /// Applies `change` to the style of every cell in `rect` (highlighting a selection or a hit).
    public mutating func restyle(_ rect: Rect, _ change: (inout Style) -> Void) {
        for row in max(rect.y, 0)..<min(rect.maxY, size.height) {
            for column in max(rect.x, 0)..<min(rect.maxX, size.width) {
                change(&cells[row * size.width + column].style)
            }
        }
    }

    /// The buffer as plain text, one line per row, trailing spaces kept so widths are visible.
    public var text: String {
        (0..<size.height).map { line($0) }.joined(separator: "\n")
    }

    /// One row as plain text.
    public func line(_ row: Int) -> String {
        var result = ""
        for column in 0..<size.width {
            let cell = self[column, row]
            if !cell.isContinuation { result += cell.grapheme }
        }
        return result
    }

    private mutating func put(_ cell: Cell, _ column: Int, _ row: Int) {
        // Overwriting half of a wide grapheme leaves the other half blank, never a torn glyph.
        if self[column, row].isContinuation, column > 0 { self[column - 1, row] = .blank }
        if column + 1 < size.width, self[column + 1, row].isContinuation, !cell.isContinuation {
            self[column + 1, row] = .blank
        }
        self[column, row] = cell
    }

    private mutating func appendZeroWidth(_ character: Character, before column: Int, y: Int, from start: Int) {
        var target = column - 1
        while target >= start, target >= 0, self[target, y].isContinuation { target -= 1 }
        guard target >= start, target >= 0 else { return }
        self[target, y].grapheme += String(character)
    }
}
