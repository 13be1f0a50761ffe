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
    /// The widest word seen: the narrowest a table column can get without cutting a word.
    private(set) var widestWord = 0
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
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            var ascii = true
            for index in 0..<bytes.count {
                let byte = bytes[index]
                if byte == 0x20 || byte == 0x09 || byte == 0x0A {
                    if start != index { glue(bytes, start..<index, ascii: ascii, role) }
                    space()
                    start = index + 1
                    ascii = true
                } else if byte >= 0x80 {
                    ascii = false
                }
            }
            if start != bytes.count { glue(bytes, start..<bytes.count, ascii: ascii, role) }
        }
    }

    /// Glues a slice of UTF-8 that starts and ends on scalar boundaries (it is cut at ASCII
    /// spaces); for ASCII the width is the byte count, with no second pass over the text.
    private mutating func glue(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, ascii: Bool, _ role: Role) {
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        if ascii {
            wordWidth += range.count
            appendToWord(text, role)
        } else {
            glue(text, role)
        }
    }

    /// Adds text to the word being built, with no break allowed before it (a link's `[3]`).
    mutating func glue(_ text: String, _ role: Role) {
        wordWidth += columns(text)
        appendToWord(text, role)
    }

    private mutating func appendToWord(_ text: String, _ role: Role) {
        if let last = word.indices.last, word[last].role == role {
            word[last].text += text
        } else {
            word.append(Run(text, role))
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

    /// Finishes and reports the widest word as well.
    mutating func finishMeasured() -> (lines: [ContentLine], widestWord: Int) {
        let lines = finish()
        return (lines, widestWord)
    }

    private mutating func flushWord() {
        guard !word.isEmpty else { return }
        widestWord = max(widestWord, wordWidth)
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
