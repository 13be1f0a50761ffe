import Canvas

extension Buffer {
    /// Draws the part of `line` from column `offset` on (the reader's sideways scroll) into row
    /// `y`, from column `x`, `width` columns wide. The rest of that span is cleared, and a wide
    /// character cut by either edge becomes a blank rather than half a glyph.
    public mutating func draw(_ line: StyledLine, x: Int, y: Int, width: Int, offset: Int = 0, theme: Theme) {
        let clip = Rect(x: x, y: y, width: width, height: 1)
        fill(clip)
        var column = x - offset
        for run in line.runs {
            let runWidth = columns(run.text)
            if column + runWidth > x, column < x + width {
                write(run.text, x: column, y: y, style: theme.style(for: run.role), clip: clip)
            }
            column += runWidth
        }
    }
}
