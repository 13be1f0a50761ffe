import Canvas
@testable import CursesTerminal

extension Capabilities {
    /// An xterm-like terminal: insert and delete line, scroll regions, colours, delayed wrap.
    static let ansi = Capabilities(
        cursorAddress: { "\u{1B}[\($0 + 1);\($1 + 1)H" }, cursorForward: { "\u{1B}[\($0)C" }, carriageReturn: "\r",
        cursorHome: "\u{1B}[H",
        clearScreen: "\u{1B}[H\u{1B}[2J", clearToEndOfLine: "\u{1B}[K",
        scrollRegion: { "\u{1B}[\($0 + 1);\($1 + 1)r" }, scrollForward: "\n", scrollReverse: "\u{1B}M",
        deleteLines: counted({ "\u{1B}[\($0)M" }, one: "\u{1B}[M"), insertLines: counted({ "\u{1B}[\($0)L" }, one: "\u{1B}[L"),
        resetAttributes: "\u{1B}[m", bold: "\u{1B}[1m", dim: "\u{1B}[2m", italic: "\u{1B}[3m",
        underline: "\u{1B}[4m", reverse: "\u{1B}[7m",
        foreground: { "\u{1B}[3\($0)m" }, background: { "\u{1B}[4\($0)m" }, autoMargins: true, delayedWrap: true)

    /// A vt100: scroll regions but no insert or delete line, no colours.
    static var vt100: Capabilities {
        var abilities = ansi
        (abilities.deleteLines, abilities.insertLines) = (nil, nil)
        (abilities.foreground, abilities.background, abilities.italic) = (nil, nil, nil)
        return abilities
    }

    /// A terminal that cannot move lines, clear a line's end or step right, and wraps at once.
    static var bare: Capabilities {
        var abilities = vt100
        (abilities.scrollRegion, abilities.scrollForward, abilities.scrollReverse) = (nil, nil, nil)
        (abilities.clearToEndOfLine, abilities.cursorForward, abilities.delayedWrap) = (nil, nil, false)
        return abilities
    }
}

/// A terminal screen that obeys the sequences of `Capabilities.ansi` (and so of its reductions):
/// what the bytes a `FrameWriter` wrote leave on a real terminal.
struct ScreenModel {
    private(set) var cells: Buffer
    private var x = 0, y = 0
    private var top = 0, bottom: Int
    private var pen = Style.plain
    private let delayedWrap: Bool

    /// A screen full of `#`: what a writer leaves uncleared shows.
    init(size: Size, delayedWrap: Bool = true) {
        cells = Buffer(size: size)
        cells.fill(cells.bounds, with: "#")
        bottom = size.height - 1
        self.delayedWrap = delayedWrap
    }

    private var width: Int { cells.size.width }
    private var height: Int { cells.size.height }
    /// What erasing leaves: a blank in the pen's background (bce), so a wrong pen shows.
    private var erased: Cell { Cell(" ", style: Style(background: pen.background)) }

    mutating func apply(_ text: String) {
        var characters = Array(text)[...]
        while let character = characters.popFirst() {
            switch character {
            case "\u{1B}": characters = escape(characters)
            case "\r": x = 0
            case "\n": lineFeed()
            default: put(character)
            }
        }
    }

    private mutating func put(_ character: Character) {
        let span = displayWidth(character)
        if x >= width { // a delayed wrap
            x = 0
            lineFeed()
        }
        cells[x, y] = Cell(String(character), style: pen)
        if span == 2, x + 1 < width { cells[x + 1, y] = Cell("", style: pen, isContinuation: true) }
        x += span
        if x >= width, !delayedWrap { // wraps at once: at the bottom right, the screen scrolls
            x = 0
            lineFeed()
        }
    }

    private mutating func lineFeed() {
        if y == bottom { scroll(top, bottom, up: 1) } else { y = min(y + 1, height - 1) }
    }

    private mutating func scroll(_ first: Int, _ last: Int, up count: Int) {
        guard first <= last else { return }
        let rows = Array(first...last)
        for row in count > 0 ? rows : rows.reversed() {
            let source = row + count
            for column in 0..<width {
                cells[column, row] = (first...last).contains(source) ? cells[column, source] : erased
            }
        }
    }

    private mutating func escape(_ rest: ArraySlice<Character>) -> ArraySlice<Character> {
        var rest = rest
        guard let kind = rest.popFirst() else { return rest }
        if kind == "M" {
            if y == top { scroll(top, bottom, up: -1) } else { y = max(y - 1, 0) }
            return rest
        }
        precondition(kind == "[", "unknown escape ESC \(kind)")
        var parameters = ""
        while let next = rest.first, next.isNumber || next == ";" { parameters.append(rest.removeFirst()) }
        let numbers = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }
        let first = max(numbers.first ?? 1, 1)
        switch rest.removeFirst() {
        case "H":
            y = min(max((numbers.first ?? 1) - 1, 0), height - 1)
            x = min(max((numbers.count > 1 ? numbers[1] : 1) - 1, 0), width - 1)
        case "J": for row in 0..<height { for column in 0..<width { cells[column, row] = erased } }
        case "K": for column in min(x, width - 1)..<width { cells[column, y] = erased }
        case "C": x = min(x + first, width - 1)
        case "M": if (top...bottom).contains(y) { scroll(y, bottom, up: first) }
        case "L": if (top...bottom).contains(y) { scroll(y, bottom, up: -first) }
        case "r":
            top = (numbers.first ?? 1) - 1
            bottom = numbers.count > 1 ? numbers[1] - 1 : height - 1
            (x, y) = (0, 0)
        case "m": numbers.forEach { attribute($0) }
        case let other: preconditionFailure("unknown sequence ESC [\(parameters)\(other)")
        }
        return rest
    }

    private mutating func attribute(_ number: Int) {
        switch number {
        case 0: pen = .plain
        case 1: pen.bold = true
        case 2: pen.dim = true
        case 3: pen.italic = true
        case 4: pen.underline = true
        case 7: pen.reverse = true
        case 30...37: pen.foreground = Color(rawValue: UInt8(number - 30))
        case 40...47: pen.background = Color(rawValue: UInt8(number - 40))
        default: preconditionFailure("unknown attribute \(number)")
        }
    }
}
