/// GFM tables. A table wider than the width first narrows its columns and wraps their text,
/// down to the longest word of each column; a table that still does not fit keeps that
/// width and the reader scrolls it sideways. Cell text is never cut.
extension LayoutEngine {
    func table(_ table: Table, available: Int) -> [ContentLine] {
        let count = table.alignments.count
        guard count > 0, !table.rows.isEmpty else { return [] }
        let natural = table.rows.enumerated().map { rowIndex, row in
            row.map { cell(lines: $0, header: rowIndex == 0, width: Int.max / 4) }
        }
        let wanted = natural.columnMaximum { $0.lines.reduce(0) { max($0, $1.width) } }
        let least = natural.columnMaximum(\.widestWord)
        let widths = columnWidths(wanted: wanted, least: least, budget: available - (3 * count + 1))
        // Only a column narrower than its natural width needs its cells flowed again.
        let grid = table.rows.enumerated().map { rowIndex, row in
            row.indices.map { column in
                widths[column] >= wanted[column] ? natural[rowIndex][column].lines
                    : cell(lines: row[column], header: rowIndex == 0, width: widths[column]).lines
            }
        }
        return draw(grid, widths: widths, alignments: table.alignments)
    }

    private func cell(lines cell: [Inline], header: Bool, width: Int) -> (lines: [ContentLine], widestWord: Int) {
        fill(first: width, rest: width) { flow(cell, role: header ? .strong : .plain, into: &$0) }
    }

    private func columnWidths(wanted: [Int], least: [Int], budget: Int) -> [Int] {
        if wanted.reduce(0, +) <= budget { return wanted }
        if least.reduce(0, +) > budget {
            let share = max(budget / wanted.count, 8)
            return zip(least, wanted).map { max($0, min($1, share)) }
        }
        return distribute(budget - least.reduce(0, +), from: least, toward: wanted)
    }

    /// Gives `extra` columns to the narrowed columns in proportion to what each lacks.
    private func distribute(_ extra: Int, from least: [Int], toward wanted: [Int]) -> [Int] {
        let lacking = zip(wanted, least).map { $0 - $1 }
        let totalLacking = max(lacking.reduce(0, +), 1)
        var widths = zip(least, lacking).map { $0 + extra * $1 / totalLacking }
        var left = extra - zip(widths, least).map { $0 - $1 }.reduce(0, +)
        var column = 0
        while left > 0 {
            if widths[column] < wanted[column] {
                widths[column] += 1
                left -= 1
            }
            column = (column + 1) % widths.count
        }
        return widths
    }

    private func draw(_ grid: [[[ContentLine]]], widths: [Int], alignments: [Table.Alignment]) -> [ContentLine] {
        let box = glyphs.box
        let ruleBetweenRows = grid.dropFirst().contains { row in row.contains { $0.count > 1 } }
        let rowRule = border(widths, box.middleLeft, box.middleMiddle, box.middleRight, box.horizontal)
        var result = [border(widths, box.topLeft, box.topMiddle, box.topRight, box.horizontal)]
        for (index, row) in grid.enumerated() {
            if index == 1 {
                result.append(border(widths, box.headerLeft, box.headerMiddle, box.headerRight, box.headerHorizontal))
            } else if index > 1, ruleBetweenRows {
                result.append(rowRule)
            }
            result.append(contentsOf: rowLines(row, widths: widths, alignments: alignments))
        }
        result.append(border(widths, box.bottomLeft, box.bottomMiddle, box.bottomRight, box.horizontal))
        return result
    }

    private func border(_ widths: [Int], _ left: String, _ middle: String, _ right: String, _ line: String) -> ContentLine {
        var text = left
        text.reserveCapacity((widths.reduce(0, +) + 3 * widths.count + 1) * line.utf8.count)
        for (index, width) in widths.enumerated() {
            if index > 0 { text += middle }
            text += .repeating(line, count: width + 2)
        }
        text += right
        return ContentLine(runs: [Run(text, .tableBorder)], width: widths.reduce(0, +) + 3 * widths.count + 1)
    }

    /// Padding goes into the border runs beside it (spaces look the same in any role), so a
    /// table line is a few runs, not three per cell.
    private func rowLines(_ row: [[ContentLine]], widths: [Int], alignments: [Table.Alignment]) -> [ContentLine] {
        let height = row.reduce(1) { max($0, $1.count) }
        let vertical = glyphs.box.vertical
        let verticalWidth = columns(vertical)
        var segments = Segments()
        return (0..<height).map { lineIndex in
            segments.removeAll()
            segments.append(vertical, .tableBorder)
            var lineWidth = verticalWidth
            for (column, cell) in row.enumerated() {
                let content = lineIndex < cell.count ? cell[lineIndex] : ContentLine(runs: [], width: 0)
                let missing = max(widths[column] - content.width, 0)
                let before = alignments[column] == .right ? missing : alignments[column] == .center ? missing / 2 : 0
                segments.append(.spaces(1 + before), .tableBorder)
                for run in content.runs { segments.append(run.text, run.role) }
                segments.append(.spaces(missing - before + 1), .tableBorder)
                segments.append(vertical, .tableBorder)
                lineWidth += 1 + before + content.width + missing - before + 1 + verticalWidth
            }
            return ContentLine(runs: segments.runs(), width: lineWidth)
        }
    }
}

extension [[(lines: [ContentLine], widestWord: Int)]] {
    /// Per column, the largest `measure` over its cells (at least 1, so no column vanishes).
    func columnMaximum(_ measure: ((lines: [ContentLine], widestWord: Int)) -> Int) -> [Int] {
        let count = first?.count ?? 0
        return (0..<count).map { column in Swift.max(map { measure($0[column]) }.max() ?? 0, 1) }
    }
}
