import Canvas

/// A line's content before its prefix (quote bars, list indents) is put in front.
struct ContentLine {
    var runs: [Run]
    var width: Int
}

/// Fills lines word by word, greedily, by display columns. Words may cross runs (`**bold**,`);
/// a word wider than a whole line is broken between graphemes rather than cut.
///
/// Text is gathered as UTF-8 bytes in a buffer that is reused, each word written once, straight
/// after the line it may end up on; a word that does not fit is moved to the front of the next
/// line. Each run becomes a `String` once, when its line is done: a 1 MB module is some 150,000
/// words, and building strings word by word was most of the layout's time.
struct LineFiller {
    let firstAvailable: Int
    let restAvailable: Int
    private var lines: [ContentLine]
    /// The widest word seen: the narrowest a table column can get without cutting a word.
    private(set) var widestWord = 0
    /// The line so far, with the word being read at its end.
    private var line: Segments
    /// Columns of the line before the word being read (and the space before it).
    private var width = 0
    /// Where the word being read starts in `line`, and where the space before it is, if any.
    private var word: (start: Int, space: Int?)?
    private var wordWidth = 0
    private var spaceBefore = false

    init(firstAvailable: Int, restAvailable: Int, buffers: Buffers = Buffers()) {
        self.firstAvailable = max(firstAvailable, 1)
        self.restAvailable = max(restAvailable, 1)
        line = buffers.line
        lines = buffers.lines
    }

    /// The buffers a filler works in, handed from one filler to the next: a module has
    /// thousands of paragraphs and table cells, and growing fresh buffers for each was a third
    /// of the layout's allocations.
    struct Buffers {
        fileprivate var line = Segments()
        fileprivate var lines: [ContentLine] = []
    }

    /// The buffers, emptied, for the next filler; this filler is done.
    mutating func takeBuffers() -> Buffers {
        line.removeAll()
        lines.removeAll(keepingCapacity: true)
        defer { line = Segments(); lines = [] }
        return Buffers(line: line, lines: lines)
    }

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
                    if start != index { glue(UnsafeBufferPointer(rebasing: bytes[start..<index]), ascii: ascii, role) }
                    space()
                    start = index + 1
                    ascii = true
                } else if byte >= 0x80 {
                    ascii = false
                }
            }
            if start != bytes.count { glue(UnsafeBufferPointer(rebasing: bytes[start...]), ascii: ascii, role) }
        }
    }

    /// Adds text to the word being built, with no break allowed before it (a link's `[3]`).
    mutating func glue(_ text: String, _ role: Role) {
        var text = text
        text.withUTF8 { glue($0, ascii: false, role) }
    }

    /// For ASCII the width is the byte count, with no second pass over the text.
    private mutating func glue(_ bytes: UnsafeBufferPointer<UInt8>, ascii: Bool, _ role: Role) {
        guard !bytes.isEmpty else { return }
        if word == nil {
            // A space between two words of one role takes that role, so a link stays underlined.
            let space = spaceBefore && width > 0 ? line.byteCount : nil
            if space != nil { line.appendSpace(joining: role) }
            word = (line.byteCount, space)
        }
        wordWidth += ascii ? bytes.count : columns(String(decoding: bytes, as: UTF8.self))
        line.append(bytes, role)
    }

    mutating func space() {
        flushWord()
        spaceBefore = width > 0
    }

    mutating func lineBreak() {
        flushWord()
        emitLine()
    }

    /// The lines, in an array of their own: the filler's array is a buffer for the next one.
    mutating func finish() -> [ContentLine] {
        flushWord()
        if width > 0 || lines.isEmpty { emitLine() }
        return lines.withUnsafeBufferPointer { Array($0) }
    }

    private mutating func flushWord() {
        guard let (start, space) = word else { return }
        word = nil
        widestWord = max(widestWord, wordWidth)
        var gap = space == nil ? 0 : 1
        if width > 0, width + gap + wordWidth > available {
            // The line ends before the space; the word starts the next one.
            lines.append(ContentLine(runs: line.runs(upTo: space ?? start), width: width))
            line.removePrefix(upTo: start)
            width = 0
            gap = 0
        }
        if width == 0, wordWidth > available {
            breakWord()
        } else {
            width += gap + wordWidth
        }
        wordWidth = 0
        spaceBefore = false
    }

    /// The line holds only the word: it is laid out again grapheme by grapheme.
    private mutating func breakWord() {
        let runs = line.runs()
        line.removeAll()
        for run in runs {
            for character in run.text {
                let columns = displayWidth(character)
                if width > 0, width + columns > available { emitLine() }
                var text = String(character)
                text.withUTF8 { line.append($0, run.role) }
                width += columns
            }
        }
    }

    private mutating func emitLine() {
        lines.append(ContentLine(runs: line.runs(), width: width))
        line.removeAll()
        width = 0
        spaceBefore = false
    }
}
