import Canvas

/// A line's content before its prefix (quote bars, list indents) is put in front.
struct ContentLine {
    var runs: [Run]
    var width: Int
}

/// Fills lines word by word, greedily, by display columns. Words may cross runs (`**bold**,`);
/// a word wider than a whole line is broken between graphemes rather than cut.
struct LineFiller {
    let firstAvailable: Int
    let restAvailable: Int
    private(set) var lines: [ContentLine] = []
    private var runs: [Run] = []
    private var width = 0
    private var word: [Run] = []
    private var wordWidth = 0
    private var spaceBefore = false

    init(firstAvailable: Int, restAvailable: Int) {
        self.firstAvailable = max(firstAvailable, 1)
        self.restAvailable = max(restAvailable, 1)
    }

    init(available: Int) { self.init(firstAvailable: available, restAvailable: available) }

    private var available: Int { lines.isEmpty ? firstAvailable : restAvailable }

    /// Adds text that may hold spaces, tabs or newlines, which separate words.
    mutating func add(_ text: String, _ role: Role) {
        let utf8 = text.utf8
        var start = utf8.startIndex
        var index = start
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte == 0x20 || byte == 0x09 || byte == 0x0A {
                if start != index { glue(Substring(utf8[start..<index]), role) }
                space()
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        if start != utf8.endIndex { glue(Substring(utf8[start..<utf8.endIndex]), role) }
    }

    /// Adds text to the word being built, with no break allowed before it (a link's `[3]`).
    mutating func glue<S: StringProtocol>(_ text: S, _ role: Role) {
        wordWidth += columns(text)
        if let last = word.indices.last, word[last].role == role {
            word[last].text += text
        } else {
            word.append(Run(String(text), role))
        }
    }

    mutating func space() {
        flushWord()
        spaceBefore = width > 0
    }

    mutating func lineBreak() {
        flushWord()
        emitLine()
    }

    mutating func finish() -> [ContentLine] {
        flushWord()
        if width > 0 || lines.isEmpty { emitLine() }
        return lines
    }

    private mutating func flushWord() {
        guard !word.isEmpty else { return }
        let gap = spaceBefore && width > 0 ? 1 : 0
        if width > 0, width + gap + wordWidth > available { emitLine() }
        if width == 0, wordWidth > available {
            breakWord()
        } else {
            if width > 0, gap == 1 {
                append(" ", spaceRole)
                width += 1
            }
            for run in word { append(run.text, run.role) }
            width += wordWidth
        }
        word.removeAll(keepingCapacity: true)
        wordWidth = 0
        spaceBefore = false
    }

    /// A space between two words of one role takes that role, so a link stays underlined.
    private var spaceRole: Role {
        guard let before = runs.last?.role, let after = word.first?.role, before == after else { return .plain }
        return before
    }

    private mutating func breakWord() {
        for run in word {
            for character in run.text {
                let columns = displayWidth(character)
                if width > 0, width + columns > available { emitLine() }
                append(String(character), run.role)
                width += columns
            }
        }
    }

    private mutating func append(_ text: String, _ role: Role) {
        if let last = runs.indices.last, runs[last].role == role {
            runs[last].text += text
        } else {
            runs.append(Run(text, role))
        }
    }

    private mutating func emitLine() {
        lines.append(ContentLine(runs: runs, width: width))
        runs = []
        width = 0
        spaceBefore = false
    }
}
