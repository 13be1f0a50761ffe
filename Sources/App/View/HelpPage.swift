import Canvas

/// The help of a screen too small for its keys in columns: one key a row, its words wrapped
/// under themselves, scrolled with the arrows and PgUp/PgDn (any other key closes it).
extension Painter {
    /// Rows the help has for its keys: between the header and the closing line.
    var helpRows: Int { max(height - 3, 1) }

    /// The help as wrapped lines, or nil when every key and its words fit in columns uncut.
    func helpLines(_ bindings: [Binding]) -> [(label: String, text: String)]? {
        let labels = bindings.map { label($0) }
        // As `drawHelp` lays them out in columns.
        let rows = max(height - 4, 1)
        let columns = (bindings.count + rows - 1) / rows
        let columnWidth = (width - 2) / max(columns, 1)
        let labelWidth = min((labels.map(displayWidth).max() ?? 0) + 1, columnWidth / 2)
        let fits = labels.allSatisfy { displayWidth($0) <= labelWidth - 1 }
            && bindings.allSatisfy { displayWidth(strings[$0.help]) <= columnWidth - labelWidth - 1 }
        guard !fits else { return nil }
        let keyWidth = min((labels.map(displayWidth).max() ?? 0) + 1, (width - 4) / 3)
        return zip(bindings, labels).flatMap { binding, label in
            wrapped(strings[binding.help], width - 4 - keyWidth).enumerated().map { index, line in
                ((index == 0 ? fitted(label, keyWidth - 1, ellipsis: glyphs.ellipsis) : "").padded(keyWidth), line)
            }
        }
    }

    /// How far the help of the keys that work now can scroll: 0 when it fits.
    var helpOverflow: Int {
        max((helpLines(Keymap.current(in: state).filter { $0.disabled == nil })?.count ?? 0) - helpRows, 0)
    }

    mutating func drawHelpPage(_ lines: [(label: String, text: String)]) {
        let top = min(state.helpTop, max(lines.count - helpRows, 0))
        for (offset, line) in lines.dropFirst(top).prefix(helpRows).enumerated() {
            let x = write(line.label, x: 2, y: 2 + offset, style: styles.key)
            write(line.text, x: 2 + x, y: 2 + offset)
        }
        if top > 0 { write(glyphs.moreAbove, x: width - 2, y: 2, style: styles.key) }
        if top + helpRows < lines.count { write(glyphs.moreBelow, x: width - 2, y: 1 + helpRows, style: styles.key) }
        write(fitted(" " + strings[.helpScroll], width, ellipsis: glyphs.ellipsis), x: 0, y: height - 1, style: styles.muted)
    }
}

/// Keys on the help: the arrows and PgUp/PgDn scroll a help longer than the screen; any other
/// key closes it.
func helpKey(_ key: Key, _ state: inout AppState) {
    let overflow = Painter(state: state, buffer: Buffer(size: Size(width: 0, height: 0))).helpOverflow
    let page = max(state.size.height - 4, 1)
    let action = overflow > 0 ? Keymap.helpScrolling.first { $0.keys.contains(key) }?.action : nil
    switch action {
    case .down: state.helpTop = min(state.helpTop + 1, overflow)
    case .pageDown: state.helpTop = min(state.helpTop + page, overflow)
    case .up: state.helpTop = max(state.helpTop - 1, 0)
    case .pageUp: state.helpTop = max(state.helpTop - page, 0)
    default:
        state.showsHelp = false
        state.helpTop = 0
    }
}
