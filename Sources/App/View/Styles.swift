import Canvas
import Markdown

/// How the app's own chrome looks; without colours only attributes remain.
struct Styles {
    let display: Display

    var header: Style { Style(bold: true, reverse: true) }
    var selected: Style { Style(reverse: true) }
    var muted: Style { Style(dim: true) }
    var title: Style { adapt(Style(foreground: .cyan, bold: true)) }
    var error: Style { adapt(Style(foreground: .red, bold: true)) }
    var good: Style { adapt(Style(foreground: .green, bold: true)) }
    var key: Style { adapt(Style(foreground: .yellow, bold: true)) }
    var hit: Style { Style(reverse: true) }
    var currentHit: Style { adapt(Style(foreground: .yellow, bold: true, reverse: true)) }
    var cursor: Style { Style(reverse: true) }
    /// Where an answer is typed.
    var field: Style { Style(underline: true) }
    var theme: Theme { display.hasColors ? .colour : .monochrome }

    private func adapt(_ style: Style) -> Style { display.hasColors ? style : style.monochrome }
}

/// Text cut to `width` columns, ending in an ellipsis when cut.
func fitted(_ text: String, _ width: Int, ellipsis: String) -> String {
    guard width > 0 else { return "" }
    if displayWidth(text) <= width { return text }
    let room = width - displayWidth(ellipsis)
    guard room > 0 else { return String(text.prefix(width)) }
    var result = ""
    var used = 0
    for character in text {
        let columns = displayWidth(character)
        if used + columns > room { break }
        result.append(character)
        used += columns
    }
    return result + ellipsis
}

/// Text wrapped at spaces into lines of at most `width` columns; a word longer than a line is cut.
func wrapped(_ text: String, _ width: Int) -> [String] {
    guard width > 0 else { return [] }
    var lines: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
        var line = ""
        for word in paragraph.split(separator: " ") {
            let candidate = line.isEmpty ? String(word) : line + " " + word
            if displayWidth(candidate) <= width {
                line = candidate
                continue
            }
            if !line.isEmpty { lines.append(line) }
            line = String(word)
            while displayWidth(line) > width {
                let head = fitted(line, width, ellipsis: "")
                let taken = max(head.count, 1)
                lines.append(String(line.prefix(taken)))
                line = String(line.dropFirst(taken))
            }
        }
        lines.append(line)
    }
    return lines
}

/// A bar of `width` cells, filled in proportion to `fraction`.
func bar(_ fraction: Double, width: Int, glyphs: Glyphs) -> String {
    let filled = Int((min(max(fraction, 0), 1) * Double(width)).rounded())
    return String(repeating: glyphs.filled, count: filled) + String(repeating: glyphs.empty, count: width - filled)
}
