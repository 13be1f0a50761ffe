import Canvas

/// Rows top...bottom of the screen moved by `lines`: up when positive (a line-down in the
/// reader: the rows that stay are top+lines...bottom, now at top), down when negative. The
/// lines the move opens are blank.
struct Shift: Hashable {
    var top: Int
    var bottom: Int
    var lines: Int

    /// The move that brings the most of `old`'s drawn cells to where `new` has them: the longest
    /// run of rows of `new` found in `old` a fixed distance away, counted in non-blank cells so a
    /// run of empty rows (which match anywhere) does not win. Nil when no move keeps anything.
    static func best(from old: Buffer, to new: Buffer) -> Shift? {
        let height = new.size.height
        guard old.size == new.size, height > 1 else { return nil }
        let oldRows = (0..<height).map { Row(old, $0) }, newRows = (0..<height).map { Row(new, $0) }
        var best: (score: Int, shift: Shift)?
        for distance in 1..<height {
            for lines in [distance, -distance] {
                guard let (score, shift) = longestRun(oldRows, newRows, lines: lines),
                      score > (best?.score ?? 0) else { continue }
                best = (score, shift)
            }
        }
        return best?.shift
    }

    /// The run of rows y with new[y] == old[y + lines] holding the most drawn cells.
    private static func longestRun(_ old: [Row], _ new: [Row], lines: Int) -> (Int, Shift)? {
        let rows = max(0, -lines)..<min(new.count, new.count - lines)
        var best: (score: Int, first: Int, last: Int)?
        var start: Int?, score = 0
        for row in rows {
            guard new[row] == old[row + lines] else {
                start = nil
                score = 0
                continue
            }
            if start == nil { start = row }
            score += new[row].drawn
            if score > (best?.score ?? 0) { best = (score, start!, row) }
        }
        guard let best else { return nil }
        // In old's rows: lines > 0 moves old[first + lines...last + lines] up to first.
        let shift = lines > 0 ? Shift(top: best.first, bottom: best.last + lines, lines: lines)
                              : Shift(top: best.first + lines, bottom: best.last, lines: lines)
        return (best.score, shift)
    }

    /// One row's cells with their hash, so most comparisons are one integer.
    private struct Row: Equatable {
        let cells: ArraySlice<Cell>
        let hash: Int
        let drawn: Int

        init(_ buffer: Buffer, _ row: Int) {
            let width = buffer.size.width
            cells = buffer.cells[(row * width)..<((row + 1) * width)]
            var hasher = Hasher()
            for cell in cells { hasher.combine(cell) }
            hash = hasher.finalize()
            drawn = cells.filter { $0 != .blank }.count
        }

        static func == (left: Row, right: Row) -> Bool { left.hash == right.hash && left.cells == right.cells }
    }
}

extension Buffer {
    /// The rows of `shift` moved as the terminal moves them, the opened lines blank.
    mutating func shift(_ shift: Shift) {
        let rows = Array(shift.top...shift.bottom)
        let ordered = shift.lines > 0 ? rows : rows.reversed()
        for row in ordered {
            let source = row + shift.lines
            let inside = source >= shift.top && source <= shift.bottom
            for column in 0..<size.width {
                self[column, row] = inside ? self[column, source] : .blank
            }
        }
    }
}
