import Canvas

/// A typed answer wrapped to a box as it is typed: lines break after a space when a word would
/// not fit, inside a word only when it is longer than the line. Up and down move by these lines.
public enum EssayBox {
    /// Each line as a range of character indexes of the field.
    public static func lines(_ field: TextField, width: Int) -> [Range<Int>] {
        let characters = field.characters
        guard width > 0, !characters.isEmpty else { return [0..<0] }
        var lines: [Range<Int>] = []
        var start = 0
        var used = 0
        var lastSpace: Int?
        var index = 0
        while index < characters.count {
            let columns = max(displayWidth(characters[index]), characters[index] == " " ? 1 : 0)
            if used + columns > width && index > start {
                let end = lastSpace.map { $0 + 1 } ?? index
                lines.append(start..<end)
                start = end
                used = characters[start..<index].reduce(0) { $0 + displayWidth($1) }
                lastSpace = nil
                continue
            }
            if characters[index] == " " { lastSpace = index }
            used += columns
            index += 1
        }
        lines.append(start..<characters.count)
        return lines
    }

    /// The line and column (display columns from the line's start) of the cursor.
    public static func cursor(_ field: TextField, width: Int) -> (line: Int, column: Int) {
        let lines = lines(field, width: width)
        let line = lines.lastIndex { $0.lowerBound <= field.cursor } ?? 0
        let column = field.characters[lines[line].lowerBound..<field.cursor].reduce(0) { $0 + displayWidth($1) }
        return (line, column)
    }

    /// Moves the cursor one line up (-1) or down (+1), to the same column or the line's end.
    public static func move(_ field: inout TextField, lines step: Int, width: Int) {
        let lines = lines(field, width: width)
        let (line, column) = cursor(field, width: width)
        let target = line + step
        guard lines.indices.contains(target) else { return }
        var index = lines[target].lowerBound
        var used = 0
        let last = target == lines.count - 1 ? lines[target].upperBound : max(lines[target].upperBound - 1, lines[target].lowerBound)
        while index < last, used + displayWidth(field.characters[index]) <= column {
            used += displayWidth(field.characters[index])
            index += 1
        }
        field.move(to: index)
    }
}
