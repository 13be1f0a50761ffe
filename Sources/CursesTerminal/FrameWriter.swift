import Canvas

/// The bytes that turn what the terminal shows into the next frame, as few as it can: when rows
/// moved (a line-down in the reader) the terminal moves them itself, then only the cells that
/// still differ are written, with the cursor moved and the attributes changed only where needed.
/// Pure: it knows the terminal only through `Capabilities` and what it wrote before.
struct FrameWriter {
    let abilities: Capabilities
    /// What the terminal shows; nil before the first frame and after a resize.
    private(set) var screen: Buffer?
    /// Where the cursor is; nil when unknown (after a wrap, a scroll region, a wide grapheme).
    private var cursor: Point?
    /// The attributes the terminal writes with now; nil when unknown.
    private var pen: Style?

    init(abilities: Capabilities) { self.abilities = abilities }

    /// Forgets the screen: the next frame clears it and draws every cell.
    mutating func invalidate() {
        screen = nil
        cursor = nil
        pen = nil
    }

    mutating func bytes(for frame: Buffer) -> String {
        guard let screen, screen.size == frame.size else {
            self.screen = Buffer(size: frame.size)
            pen = .plain
            cursor = Point(x: 0, y: 0)
            return abilities.resetAttributes + abilities.clearScreen + drawChanges(to: frame)
        }
        var redrawn = self
        let redrawing = redrawn.drawChanges(to: frame)
        if let shift = Shift.best(from: screen, to: frame) {
            var scrolled = self
            if let moving = scrolled.scroll(shift) {
                let scrolling = moving + scrolled.drawChanges(to: frame)
                if scrolling.utf8.count < redrawing.utf8.count {
                    self = scrolled
                    return scrolling
                }
            }
        }
        self = redrawn
        return redrawing
    }

    // MARK: Moving rows

    /// Moves the rows of `shift` on the terminal and in `screen`; nil when the terminal can't.
    private mutating func scroll(_ shift: Shift) -> String? {
        guard var moved = screen else { return nil }
        let options = [linesMoved(shift), regionScrolled(shift)].compactMap { $0 }
        guard let best = options.min(by: { $0.bytes.utf8.count < $1.bytes.utf8.count }) else { return nil }
        // Lines the terminal opens take the current background (bce): open them plain.
        let erasing = erasingPen()
        moved.shift(shift)
        screen = moved
        cursor = best.cursor
        return erasing + best.bytes
    }

    /// Deleting lines above and inserting them below (or the other way round): no scroll region
    /// to set and reset, and the cursor ends where the new line is written.
    private func linesMoved(_ shift: Shift) -> (bytes: String, cursor: Point?)? {
        guard let delete = abilities.deleteLines, let insert = abilities.insertLines, let height = screen?.size.height
        else { return nil }
        let count = abs(shift.lines)
        let belowRegion = shift.bottom < height - 1
        let opened = Point(x: 0, y: shift.bottom - count + 1), top = Point(x: 0, y: shift.top)
        if shift.lines > 0 {
            let deleting = move(from: cursor, to: top) + delete(count)
            guard belowRegion else { return (deleting, top) }
            return (deleting + move(from: top, to: opened) + insert(count), opened)
        }
        let deleting = belowRegion ? move(from: cursor, to: opened) + delete(count) : ""
        return (deleting + move(from: belowRegion ? opened : cursor, to: top) + insert(count), top)
    }

    /// Scrolling within a scroll region, for terminals without insert and delete line (vt100).
    private func regionScrolled(_ shift: Shift) -> (bytes: String, cursor: Point?)? {
        guard let height = screen?.size.height,
              let step = shift.lines > 0 ? abilities.scrollForward : abilities.scrollReverse else { return nil }
        let whole = shift.top == 0 && shift.bottom == height - 1
        guard whole || abilities.scrollRegion != nil else { return nil }
        let at = Point(x: 0, y: shift.lines > 0 ? shift.bottom : shift.top)
        let steps = String(repeating: step, count: abs(shift.lines))
        if whole { return (move(from: cursor, to: at) + steps, nil) }
        let region = abilities.scrollRegion!
        // Setting a region leaves the cursor anywhere (home, on most terminals).
        return (region(shift.top, shift.bottom) + move(from: nil, to: at) + steps + region(0, height - 1), nil)
    }

    // MARK: Cells

    private mutating func drawChanges(to frame: Buffer) -> String {
        var output = ""
        for row in 0..<frame.size.height { output += drawRow(row, of: frame) }
        return output
    }

    private mutating func drawRow(_ row: Int, of frame: Buffer) -> String {
        guard var shown = screen else { return "" }
        let width = frame.size.width
        var output = ""
        let clearFrom = clearedTail(row, of: frame)
        var column = 0
        while column < clearFrom {
            let cell = frame[column, row]
            let span = column + 1 < width && frame[column + 1, row].isContinuation ? 2 : 1
            defer { column += span }
            if cell.isContinuation || !(column..<(column + span)).contains(where: { frame[$0, row] != shown[$0, row] }) {
                continue
            }
            // Writing the bottom-right cell would scroll a terminal that wraps at once.
            if row == frame.size.height - 1, column + span == width, abilities.autoMargins, !abilities.delayedWrap {
                continue
            }
            output += move(from: cursor, to: Point(x: column, y: row), over: shown) + penChange(to: cell.style)
            output += cell.grapheme.isEmpty ? " " : cell.grapheme
            for covered in column..<(column + span) { shown[covered, row] = frame[covered, row] }
            let trusted = span == 1 && cell.grapheme.unicodeScalars.count <= 1
            cursor = trusted && column + 1 < width ? Point(x: column + 1, y: row) : nil
        }
        if clearFrom < width, let clear = abilities.clearToEndOfLine {
            output += move(from: cursor, to: Point(x: clearFrom, y: row), over: shown) + erasingPen() + clear
            for covered in clearFrom..<width { shown[covered, row] = .blank }
            cursor = Point(x: clearFrom, y: row)
        }
        screen = shown
        return output
    }

    /// Where the row can be cleared to its end instead of written: the start of its blank tail,
    /// when clearing costs less than writing the cells there that differ; else the width.
    private func clearedTail(_ row: Int, of frame: Buffer) -> Int {
        let width = frame.size.width
        guard let clear = abilities.clearToEndOfLine, let shown = screen else { return width }
        var start = width
        while start > 0, frame[start - 1, row] == .blank { start -= 1 }
        let differing = (start..<width).filter { shown[$0, row] != .blank }.count
        return differing > clear.utf8.count + 4 ? start : width
    }

    // MARK: Cursor and attributes

    /// The cheapest way from `from` to `to`: an address, a carriage return, a step right, or
    /// writing again the few unchanged cells in between (when they are plain ASCII in the pen).
    private func move(from: Point?, to: Point, over shown: Buffer? = nil) -> String {
        guard from != to else { return "" }
        var options = [abilities.cursorAddress(to.y, to.x)]
        if to == Point(x: 0, y: 0), let home = abilities.cursorHome { options.append(home) }
        guard let from else { return options.min { $0.utf8.count < $1.utf8.count }! }
        if from.y == to.y {
            if to.x == 0, let carriageReturn = abilities.carriageReturn { options.append(carriageReturn) }
            if to.x > from.x {
                if let forward = abilities.cursorForward { options.append(forward(to.x - from.x)) }
                if let shown, let between = rewritten(shown, row: to.y, from.x..<to.x) { options.append(between) }
            }
        }
        return options.min { $0.utf8.count < $1.utf8.count }!
    }

    private func rewritten(_ shown: Buffer, row: Int, _ columns: Range<Int>) -> String? {
        guard columns.count <= 4, let pen else { return nil }
        var text = ""
        for column in columns {
            let cell = shown[column, row]
            guard cell.style == pen, cell.grapheme.count == 1, cell.grapheme.allSatisfy(\.isASCII) else { return nil }
            text += cell.grapheme
        }
        return text
    }

    /// Switches the pen to `target`: only what it adds, after a reset when it takes something away.
    private mutating func penChange(to target: Style) -> String {
        guard pen != target else { return "" }
        var output = ""
        var base = pen ?? .plain
        if pen == nil || Self.takesAway(from: base, to: target) {
            output += abilities.resetAttributes
            base = .plain
        }
        let attributes: [(Bool, Bool, String?)] = [
            (target.bold, base.bold, abilities.bold), (target.dim, base.dim, abilities.dim),
            (target.italic, base.italic, abilities.italic), (target.underline, base.underline, abilities.underline),
            (target.reverse, base.reverse, abilities.reverse),
        ]
        for (wanted, had, ability) in attributes where wanted && !had { output += ability ?? "" }
        if let color = target.foreground, color != base.foreground, let set = abilities.foreground {
            output += set(Int(color.rawValue))
        }
        if let color = target.background, color != base.background, let set = abilities.background {
            output += set(Int(color.rawValue))
        }
        pen = target
        return output
    }

    private static func takesAway(from base: Style, to target: Style) -> Bool {
        (base.bold && !target.bold) || (base.dim && !target.dim) || (base.italic && !target.italic)
            || (base.underline && !target.underline) || (base.reverse && !target.reverse)
            || (base.foreground != nil && target.foreground == nil) || (base.background != nil && target.background == nil)
    }

    /// Erasing (clear to end of line, opened lines) fills with the pen's background: plain first
    /// when the pen has a colour behind or reverses.
    private mutating func erasingPen() -> String {
        guard let pen, pen.background == nil, !pen.reverse else { return penChange(to: .plain) }
        return ""
    }
}

struct Point: Hashable {
    var x: Int
    var y: Int
}
