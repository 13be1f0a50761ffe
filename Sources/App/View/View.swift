import Canvas

/// The smallest screen the app draws on; below it, it says so and waits to be enlarged.
public let minimumSize = Size(width: 40, height: 12)

/// Draws the whole screen for `state`. Pure: the same state always gives the same buffer.
public func view(_ state: AppState) -> Buffer {
    var canvas = Painter(state: state, buffer: Buffer(size: state.size))
    guard state.size.width >= minimumSize.width, state.size.height >= minimumSize.height else {
        canvas.drawTooSmall()
        return canvas.buffer
    }
    guard let screen = state.screen else { return canvas.buffer }
    if state.showsHelp {
        canvas.drawHelp()
        return canvas.buffer
    }
    switch screen {
    case .profileForm: canvas.drawProfileForm()
    case .learnerPicker: canvas.drawPicker()
    case .pinPrompt: canvas.drawPINPrompt()
    case .library: canvas.drawLibrary()
    case .outline: canvas.drawOutline()
    case .reader: canvas.drawReader()
    case .quiz: canvas.drawQuiz()
    case .progress: canvas.drawProgress()
    case .feedback: canvas.drawFeedback()
    case .review: canvas.drawReview()
    }
    if let field = state.exportPath, screen == .progress {
        canvas.drawDrives(state.report?.drives ?? [])
        canvas.drawPrompt(.exportPrompt, field)
    } else if let field = state.receivePath, screen == .progress {
        canvas.drawPrompt(.receivePrompt, field)
    } else if screen == .review {
        canvas.drawReviewFooter()
    } else if screen != .reader {
        canvas.drawFooter()
    }
    return canvas.buffer
}

/// A buffer being drawn for one state, with the helpers every screen shares.
struct Painter {
    let state: AppState
    var buffer: Buffer
    var styles: Styles { Styles(display: state.display) }
    var strings: Strings { state.strings }
    var glyphs: Glyphs { state.glyphs }
    var width: Int { state.size.width }
    var height: Int { state.size.height }
    /// Rows between the header (row 0) and the footer (last row).
    var body: Rect { Rect(x: 1, y: 2, width: width - 2, height: height - 3) }

    init(state: AppState, buffer: Buffer) {
        self.state = state
        self.buffer = buffer
    }

    /// The message and its hint, wrapped to the screen and centred; on a screen too short for
    /// all of it, the message comes first.
    mutating func drawTooSmall() {
        let message = wrapped(strings[.screenTooSmall], width).map { ($0, styles.error) }
        let hint = wrapped(strings(.screenTooSmallHint, ["width": minimumSize.width, "height": minimumSize.height]), width).map { ($0, Style.plain) }
        let lines = Array((message + hint).prefix(height))
        let top = max((height - lines.count) / 2, 0)
        for (offset, (line, style)) in lines.enumerated() {
            write(line, x: max((width - displayWidth(line)) / 2, 0), y: top + offset, style: style)
        }
    }

    /// Row 0: the app, the screen's title and, at the right, `right` (the learner, or a count).
    mutating func drawHeader(_ title: String, right: String? = nil) {
        buffer.fill(Rect(x: 0, y: 0, width: width, height: 1), style: styles.header)
        let rightText = right.map { fitted($0, width / 3, ellipsis: glyphs.ellipsis) } ?? ""
        let rightWidth = displayWidth(rightText)
        let left = " \(strings[.appName]) \(glyphs.separator) \(title)"
        write(fitted(left, width - rightWidth - 2, ellipsis: glyphs.ellipsis), x: 0, y: 0, style: styles.header)
        write(rightText, x: width - rightWidth - 1, y: 0, style: styles.header)
    }

    /// The last row: the notice if there is one, else the screen's key hints.
    mutating func drawFooter() {
        let y = height - 1
        if let notice = state.notice {
            write(fitted(" " + notice, width, ellipsis: glyphs.ellipsis), x: 0, y: y, style: styles.error)
            return
        }
        drawHints(y: y)
    }

    /// A question typed on the last row: the search in the reader, the export destination; the
    /// key that opens help from there (F1: `?` is typed) at the right when there is room.
    mutating func drawPrompt(_ prompt: Phrase, _ field: TextField) {
        let y = height - 1
        let x = write(strings[prompt], x: 1, y: y, style: styles.title) + 1
        let help = Keymap.current(in: state).first { $0.action == .help }
        let hint = help.map { (label($0, first: true), strings[$0.help]) }
        let hintWidth = hint.map { displayWidth($0.0) + 1 + displayWidth($0.1) + 2 } ?? 0
        let room = width - x - 1
        let showsHint = hint != nil && room - hintWidth >= 12
        drawField(field, x: x, y: y, width: showsHint ? room - hintWidth : room, active: true)
        if showsHint, let (key, text) = hint {
            let hintX = width - hintWidth + 1
            write(text, x: hintX + write(key, x: hintX, y: y, style: styles.key) + 1, y: y, style: styles.muted)
        }
    }

    /// What works now, help first: a disabled binding is left out.
    mutating func drawHints(y: Int) {
        var x = 1
        let bindings = Keymap.current(in: state).filter { $0.inFooter && $0.disabled == nil }
        let ordered = bindings.filter { $0.action == .help } + bindings.filter { $0.action != .help }
        for binding in ordered {
            let key = label(binding, first: true)
            let help = strings[binding.help]
            let needed = displayWidth(key) + 1 + displayWidth(help) + 2
            guard x + needed <= width else { break }
            x += write(key, x: x, y: y, style: styles.key) + 1
            x += write(help, x: x, y: y, style: styles.muted) + 2
        }
    }

    /// How a binding's keys are written: `↑/k`, or only the first in the footer.
    func label(_ binding: Binding, first: Bool = false) -> String {
        if let label = binding.label { return label }
        let names = binding.keys.map(name)
        return first ? names.first ?? "" : names.joined(separator: "/")
    }

    func name(_ key: Key) -> String {
        switch key {
        case .character(" "): strings[.keySpaceName]
        case .character(let character): String(character)
        case .control(let character): "Ctrl-" + character.uppercased()
        case .up: glyphs.up
        case .down: glyphs.down
        case .left: glyphs.left
        case .right: glyphs.right
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .enter: "Enter"
        case .escape: "Esc"
        case .backspace: "Backspace"
        case .delete: "Del"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .function(let number): "F\(number)"
        }
    }

    mutating func drawHelp() {
        drawHeader(strings[.helpTitle])
        let bindings = Keymap.current(in: state).filter { $0.disabled == nil }
        if let lines = helpLines(bindings) { return drawHelpPage(lines) }
        let labels = bindings.map { label($0) }
        // In as many columns as it takes for every key to show on a small screen.
        let rows = max(height - 4, 1)
        let columns = (bindings.count + rows - 1) / rows
        let columnWidth = (width - 2) / max(columns, 1)
        let labelWidth = min((labels.map(displayWidth).max() ?? 0) + 1, columnWidth / 2)
        for (index, binding) in bindings.enumerated() {
            let x = 2 + (index / rows) * columnWidth
            let y = 2 + index % rows
            write(fitted(labels[index], labelWidth - 1, ellipsis: glyphs.ellipsis), x: x, y: y, style: styles.key)
            write(fitted(strings[binding.help], columnWidth - labelWidth - 1, ellipsis: glyphs.ellipsis), x: x + labelWidth, y: y)
        }
        write(fitted(" " + strings[.helpClose], width, ellipsis: glyphs.ellipsis), x: 0, y: height - 1, style: styles.muted)
    }

    /// Draws a list of `count` rows of `rowHeight` lines in `area`, scrolled so `selected` shows.
    mutating func drawList(count: Int, selected: Int, rowHeight: Int = 1, highlights: Bool = true, in area: Rect,
                           row draw: (inout Painter, Int, Int, Bool) -> Void) {
        let visible = max(area.height / max(rowHeight, 1), 1)
        let first = min(max(selected - visible + 1, 0), max(count - visible, 0))
        for index in first..<min(first + visible, count) {
            let y = area.y + (index - first) * rowHeight
            if highlights && index == selected {
                buffer.fill(Rect(x: area.x - 1, y: y, width: area.width + 2, height: rowHeight), style: styles.selected)
            }
            draw(&self, index, y, index == selected)
        }
    }

    /// A text field with a visible cursor, from x to the end of the row.
    mutating func drawField(_ field: TextField, x: Int, y: Int, width fieldWidth: Int, active: Bool) {
        let before = String(field.characters[..<field.cursor])
        // Keep the cursor in view: when the text is wider than the field, show its tail.
        let overflow = max(displayWidth(before) + 1 - fieldWidth, 0)
        var skipped = 0
        var shown = Substring(field.text)
        while skipped < overflow, let first = shown.first {
            skipped += displayWidth(first)
            shown = shown.dropFirst()
        }
        write(String(shown), x: x, y: y, clip: Rect(x: x, y: y, width: fieldWidth, height: 1))
        guard active else { return }
        let cursorX = x + displayWidth(before) - skipped
        if cursorX < x + fieldWidth {
            buffer.restyle(Rect(x: cursorX, y: y, width: field.cursor < field.characters.count
                                    ? max(displayWidth(field.characters[field.cursor]), 1) : 1, height: 1)) {
                $0.reverse = true
            }
        }
    }

    /// Every row of text the app draws: learner names, course titles, paths and messages come
    /// from outside (course files, the store, an LRS), so they are cleaned on their way in.
    @discardableResult
    mutating func write(_ text: String, x: Int, y: Int, style: Style = .plain, clip: Rect? = nil) -> Int {
        buffer.write(Sanitizer.cleanLine(text), x: x, y: y, style: style, clip: clip)
    }
}
