import Canvas

/// Columns aligned by terminal width (not `String.count`), control characters made harmless:
/// course titles are trainers' text and must never drive the terminal.
enum TextTable {
    static func render(_ rows: [[String]]) -> String {
        let cells = rows.map { $0.map(Sanitizer.cleanLine) }
        let columns = cells.map(\.count).max() ?? 0
        let widths = (0..<columns).map { column in cells.map { $0.count > column ? displayWidth($0[column]) : 0 }.max() ?? 0 }
        return cells.map { row in
            row.enumerated().map { column, text in
                column == row.count - 1 ? text : text + String(repeating: " ", count: widths[column] - displayWidth(text))
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }
}
