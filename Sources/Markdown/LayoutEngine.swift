import Localization

/// Lays blocks out top to bottom into styled lines; one engine per layout.
final class LayoutEngine {
    let width: Int
    let glyphs: Glyphs
    let language: Language
    private(set) var lines: [StyledLine] = []
    private var headings: [RenderedModule.Heading] = []
    private var links: [RenderedModule.LinkTarget] = []
    private var linkNumbers: [String: Int] = [:]
    private var listDepth = 0
    private var spareBuffers = LineFiller.Buffers()
    private var topLevelBlocks = 0

    init(width: Int, glyphs: Glyphs, language: Language) {
        self.width = width
        self.glyphs = glyphs
        self.language = language
    }

    /// A container may indent its content only while this many columns stay for the text.
    var minimumContent: Int { min(width, max(12, width / 2)) }

    func render(_ document: Document, stoppingWhen stop: () -> Bool) -> RenderedModule? {
        var start = 0
        while start < document.blocks.count {
            if stop() { return nil }
            let end = min(start + Self.blocksBetweenStops, document.blocks.count)
            append(document.blocks[start..<end])
            start = end
        }
        return finish()
    }

    /// Top-level blocks laid out between two questions whether to stop.
    private static let blocksBetweenStops = 256

    /// Lays out more top-level blocks below those laid out so far.
    func append(_ blocks: some Collection<Block>) {
        for block in blocks {
            if topLevelBlocks > 0 { emitBlank(.none) }
            var prefix = Prefix.none
            layout(block, prefix: &prefix)
            topLevelBlocks += 1
        }
    }

    /// The module: the lines so far, then the list of link targets.
    func finish() -> RenderedModule {
        appendLinkList()
        let widest = lines.reduce(0) { max($0, $1.width) }
        return RenderedModule(width: width, lines: lines, headings: headings, links: links, contentWidth: widest)
    }

    // MARK: Lines

    func emit(_ content: ContentLine, prefix: inout Prefix) {
        let runs = prefix.first.isEmpty ? content.runs : prefix.first + content.runs
        lines.append(StyledLine(runs: runs, width: prefix.firstWidth + content.width))
        prefix.consumeFirst()
    }

    func emit(_ contents: [ContentLine], prefix: inout Prefix) {
        for content in contents { emit(content, prefix: &prefix) }
    }

    func emitBlank(_ prefix: Prefix) {
        let blank = prefix.blank
        lines.append(StyledLine(runs: blank.runs, width: blank.width))
    }

    /// Lines filled by `body` on the engine's reused buffers, with the widest word seen.
    func fill(first: Int, rest: Int, _ body: (inout LineFiller) -> Void) -> (lines: [ContentLine], widestWord: Int) {
        var filler = LineFiller(firstAvailable: first, restAvailable: rest, buffers: spareBuffers)
        spareBuffers = LineFiller.Buffers()
        body(&filler)
        let lines = filler.finish()
        spareBuffers = filler.takeBuffers()
        return (lines, filler.widestWord)
    }

    func number(for destination: String) -> Int {
        if let number = linkNumbers[destination] { return number }
        let number = links.count + 1
        links.append(RenderedModule.LinkTarget(number: number, destination: destination))
        linkNumbers[destination] = number
        return number
    }

    // MARK: Blocks

    func layout(_ blocks: [Block], prefix: inout Prefix, tight: Bool) {
        for (index, block) in blocks.enumerated() {
            if index > 0, !tight { emitBlank(prefix) }
            layout(block, prefix: &prefix)
        }
    }

    private func layout(_ block: Block, prefix: inout Prefix) {
        switch block {
        case .paragraph(let inlines): emit(flow(inlines, role: .plain, prefix: prefix), prefix: &prefix)
        case .heading(let level, let inlines): heading(level, inlines, prefix: &prefix)
        case .list(let list): self.list(list, prefix: &prefix)
        case .quote(let blocks): quote(blocks, prefix: &prefix)
        case .code(_, let text): verbatim(text, role: .codeBlock, indent: 2, prefix: &prefix)
        case .html(let text): verbatim(text, role: .muted, indent: 0, prefix: &prefix)
        case .thematicBreak: rule(prefix: &prefix)
        case .table(let table): emit(self.table(table, available: width - prefix.restWidth), prefix: &prefix)
        }
    }

    private func heading(_ level: Int, _ inlines: [Inline], prefix: inout Prefix) {
        let role = Role.heading(level)
        let content = flow(inlines, role: role, prefix: prefix)
        headings.append(RenderedModule.Heading(level: level, title: inlines.plainText, line: lines.count))
        emit(content, prefix: &prefix)
        guard level <= 2 else { return }
        let underline = content.reduce(0) { max($0, $1.width) }
        let glyph = level == 1 ? glyphs.doubleRule : glyphs.rule
        emit(ContentLine(runs: [Run(String.repeating(glyph, count: underline), role)], width: underline), prefix: &prefix)
    }

    private func quote(_ blocks: [Block], prefix: inout Prefix) {
        let bar = Run(glyphs.quoteBar + " ", .quote)
        let barWidth = columns(bar.text)
        var inner = fits(barWidth, prefix) ? prefix.adding(first: bar, rest: bar) : prefix
        layout(blocks, prefix: &inner, tight: false)
        prefix.consumeFirst()
    }

    private func list(_ list: List, prefix: inout Prefix) {
        listDepth += 1
        defer { listDepth -= 1 }
        let markers = self.markers(list)
        let markerWidth = markers.reduce(0) { max($0, columns($1)) } + 1
        for (index, item) in list.items.enumerated() {
            if index > 0, !list.isTight { emitBlank(prefix) }
            let marker = (markers[index].isEmpty ? "" : markers[index].padding(to: markerWidth)) + taskBox(item.task)
            var inner = itemPrefix(marker, prefix: &prefix)
            if item.blocks.isEmpty {
                emit(ContentLine(runs: [], width: 0), prefix: &inner)
            } else {
                layout(item.blocks, prefix: &inner, tight: list.isTight)
            }
            prefix.consumeFirst()
        }
    }

    /// The marker hangs in front of the item with its text indented under the first word; when
    /// that would leave too little room for the text, the marker gets a line of its own and the
    /// item is not indented further.
    private func itemPrefix(_ marker: String, prefix: inout Prefix) -> Prefix {
        let markerWidth = columns(marker)
        if fits(markerWidth, prefix) {
            return prefix.adding(first: Run(marker, .marker), rest: Run(.spaces(markerWidth)))
        }
        var markerLine = prefix
        emit(ContentLine(runs: [Run(marker, .marker)], width: markerWidth), prefix: &markerLine)
        prefix.consumeFirst()
        return prefix
    }

    private func markers(_ list: List) -> [String] {
        switch list.kind {
        case .bullet:
            let bullet = glyphs.bullets[(listDepth - 1) % glyphs.bullets.count]
            return list.items.map { $0.task == nil ? bullet : "" }
        case .ordered(let start):
            return list.items.indices.map { "\(start + $0)." }
        }
    }

    private func taskBox(_ task: Bool?) -> String {
        guard let task else { return "" }
        return (task ? glyphs.taskDone : glyphs.taskOpen) + " "
    }

    private func rule(prefix: inout Prefix) {
        let length = max(width - prefix.restWidth, 1)
        emit(ContentLine(runs: [Run(String.repeating(glyphs.rule, count: length), .muted)], width: length), prefix: &prefix)
    }

    /// Whether a container may add `extra` columns of indent in front of `prefix`.
    func fits(_ extra: Int, _ prefix: Prefix) -> Bool {
        width - prefix.restWidth - extra >= minimumContent
    }

    private func appendLinkList() {
        guard !links.isEmpty else { return }
        if !lines.isEmpty { lines.append(.empty) }
        let title = MarkdownText.links.text(in: language)
        lines.append(StyledLine(runs: [Run(title, .heading3)]))
        let numberWidth = columns("[\(links.count)] ")
        for link in links {
            let label = "[\(link.number)]".padding(to: numberWidth)
            var prefix = Prefix.none.adding(first: Run(label, .linkNumber), rest: Run(.spaces(numberWidth)))
            emit(fill(first: width - numberWidth, rest: width - numberWidth) { $0.glue(link.destination, .link) }.lines,
                 prefix: &prefix)
        }
    }
}

extension String {
    /// The string followed by spaces up to `width` display columns.
    func padding(to width: Int) -> String {
        let missing = width - columns(self)
        return missing > 0 ? self + .spaces(missing) : self
    }

    private static let someSpaces = (0..<80).map { String(repeating: " ", count: $0) }

    /// `piece` `count` times over. The standard library's `String(repeating:count:)` appends
    /// piece by piece at a few thousand instructions a call; rules and borders are on every table.
    static func repeating(_ piece: String, count: Int) -> String {
        let unit = Array(piece.utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(unit.count * Swift.max(count, 0))
        for _ in 0..<Swift.max(count, 0) { bytes.append(contentsOf: unit) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `count` spaces; the short ones, wanted on nearly every table and list line, are shared.
    static func spaces(_ count: Int) -> String {
        count < someSpaces.count ? someSpaces[Swift.max(count, 0)] : .repeating(" ", count: count)
    }
}
