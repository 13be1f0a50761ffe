import Canvas

/// A line's content before its prefix (quote bars, list indents) is put in front.
struct ContentLine {
    var runs: [Run]
    var width: Int
}

/// Fills lines word by word, greedily, by display columns. Words may cross runs (`**bold**,`);
/// a word wider than a whole line is broken between graphemes rather than cut.
///
/// Text is gathered as UTF-8 bytes in buffers that are reused, and each run becomes a `String`
/// once, when its line is done: a 1 MB module is some 150,000 words, and building strings word by
/// word was most of the layout's time.
struct LineFiller {
    let firstAvailable: Int
    let restAvailable: Int
    private var lines: [ContentLine]
    /// The widest word seen: the narrowest a table column can get without cutting a word.
    private(set) var widestWord = 0
    private var line: Segments
    private var width = 0
    private var word: Segments
    private var wordWidth = 0
    private var spaceBefore = false

    init(firstAvailable: Int, restAvailable: Int, buffers: Buffers = Buffers()) {
        self.firstAvailable = max(firstAvailable, 1)
        self.restAvailable = max(restAvailable, 1)
        line = buffers.line
        word = buffers.word
        lines = buffers.lines
    }

    /// The byte buffers a filler works in, handed from one filler to the next: a module has
    /// thousands of paragraphs and table cells, and growing fresh buffers for each was a third
    /// of the layout's allocations.
    struct Buffers {
        fileprivate var line = Segments()
        fileprivate var word = Segments()
        fileprivate var lines: [ContentLine] = []
    }

    /// The buffers, emptied, for the next filler; this filler is done.
    mutating func takeBuffers() -> Buffers {
        line.removeAll()
        word.removeAll()
        lines.removeAll(keepingCapacity: true)
        defer { line = Segments(); word = Segments(); lines = [] }
        return Buffers(line: line, word: word, lines: lines)
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
        wordWidth += ascii ? bytes.count : columns(String(decoding: bytes, as: UTF8.self))
        word.append(bytes, role)
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
        guard !word.isEmpty else { return }
        widestWord = max(widestWord, wordWidth)
        let gap = spaceBefore && width > 0 ? 1 : 0
        if width > 0, width + gap + wordWidth > available { emitLine() }
        if width == 0, wordWidth > available {
            breakWord()
        } else {
            if width > 0, gap == 1 {
                line.appendSpace(joining: word.firstRole)
                width += 1
            }
            line.append(word)
            width += wordWidth
        }
        word.removeAll()
        wordWidth = 0
        spaceBefore = false
    }

    private mutating func breakWord() {
        for run in word.runs() {
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

/// UTF-8 bytes with the role each stretch of them has; adjacent stretches never share a role.
struct Segments {
    private var bytes: [UInt8] = []
    private var starts: [(offset: Int, role: Role)] = []

    var isEmpty: Bool { bytes.isEmpty }
    var firstRole: Role? { starts.first?.role }

    mutating func append(_ text: UnsafeBufferPointer<UInt8>, _ role: Role) {
        guard !text.isEmpty else { return }
        if starts.last?.role != role { starts.append((bytes.count, role)) }
        bytes.append(contentsOf: text)
    }

    mutating func append(_ text: String, _ role: Role) {
        var text = text
        text.withUTF8 { append($0, role) }
    }

    mutating func append(_ other: Segments) {
        for (index, start) in other.starts.enumerated() {
            let end = index + 1 < other.starts.count ? other.starts[index + 1].offset : other.bytes.count
            other.bytes.withUnsafeBufferPointer { append(UnsafeBufferPointer(rebasing: $0[start.offset..<end]), start.role) }
        }
    }

    /// A space between two words of one role takes that role, so a link stays underlined.
    mutating func appendSpace(joining next: Role?) {
        let role = starts.last?.role == next ? next ?? .plain : .plain
        if starts.last?.role != role { starts.append((bytes.count, role)) }
        bytes.append(0x20)
    }

    func runs() -> [Run] {
        var result: [Run] = []
        result.reserveCapacity(starts.count)
        for (index, start) in starts.enumerated() {
            let end = index + 1 < starts.count ? starts[index + 1].offset : bytes.count
            result.append(Run(String(decoding: bytes[start.offset..<end], as: UTF8.self), start.role))
        }
        return result
    }

    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        starts.removeAll(keepingCapacity: true)
    }
}
