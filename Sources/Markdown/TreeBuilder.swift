import CCmarkGFM
import Canvas

/// Walks one cmark subtree with cmark's own iterator (no recursion, whatever the nesting) and
/// builds our model on an explicit stack of frames.
struct TreeBuilder {
    private enum Frame {
        case blocks(BlockContainer, [Block])
        case list(List)
        case inlines(InlineContainer, [Inline])
        case table([Table.Alignment], [[[Inline]]])
        case row([[Inline]])
    }

    private enum BlockContainer { case root, quote, item(task: Bool?) }
    private enum InlineContainer {
        case paragraph, heading(Int), emphasis, strong, strikethrough, cell
        case link(String), image(String)
    }

    private var stack: [Frame] = []
    /// Per entered container: whether it pushed a frame (false once too deep to nest further).
    private var pushed: [Bool] = []

    /// The blocks of one top-level node. The builder is reused from node to node, so its stack
    /// keeps the room it grew.
    mutating func blocks(of node: OpaquePointer) -> [Block] {
        stack.removeAll(keepingCapacity: true)
        stack.append(.blocks(.root, []))
        pushed.removeAll(keepingCapacity: true)
        guard let iterator = cmark_iter_new(node) else { return [] }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let current = cmark_iter_get_node(iterator) else { continue }
            if event == CMARK_EVENT_ENTER {
                enter(current)
            } else if event == CMARK_EVENT_EXIT {
                exit()
            }
        }
        guard case .blocks(_, let blocks) = stack.first else { return [] }
        return blocks
    }

    private mutating func enter(_ node: OpaquePointer) {
        let type = cmark_node_get_type(node)
        if let leaf = Self.leafBlock(node, type) { return appendBlock(leaf) }
        if let leaf = Self.leafInline(node, type) { return appendInline(leaf) }
        guard let frame = frame(for: node, type) else {
            pushed.append(false)
            return
        }
        stack.append(frame)
        pushed.append(true)
    }

    private mutating func exit() {
        guard let didPush = pushed.popLast(), didPush, stack.count > 1, let frame = stack.popLast() else { return }
        switch frame {
        case .blocks(.root, _): break
        case .blocks(.quote, let blocks): appendBlock(.quote(blocks))
        case .blocks(.item(let task), let blocks): appendItem(List.Item(task: task, blocks: blocks))
        case .list(let list): appendBlock(.list(list))
        case .inlines(let container, let inlines): close(container, inlines)
        case .table(let alignments, let rows): appendBlock(.table(Table(alignments: alignments, rows: rows)))
        case .row(let cells): appendRow(cells)
        }
    }

    private var depth: Int { stack.count }

    /// The frame a container opens, or nil when it is nested too deep and is flattened.
    private func frame(for node: OpaquePointer, _ type: cmark_node_type) -> Frame? {
        let deep = depth >= ModuleDocument.maximumDepth
        switch type {
        case CMARK_NODE_BLOCK_QUOTE: return deep ? nil : .blocks(.quote, Self.room(node))
        case CMARK_NODE_LIST: return deep ? nil : .list(Self.list(node))
        case CMARK_NODE_ITEM:
            guard case .list = stack.last else { return nil }
            return .blocks(.item(task: Self.task(node)), Self.room(node))
        case CMARK_NODE_PARAGRAPH: return .inlines(.paragraph, Self.room(node))
        case CMARK_NODE_HEADING: return .inlines(.heading(Int(cmark_node_get_heading_level(node))), Self.room(node))
        case CMARK_NODE_EMPH: return deep ? nil : .inlines(.emphasis, Self.room(node))
        case CMARK_NODE_STRONG: return deep ? nil : .inlines(.strong, Self.room(node))
        case CMARK_NODE_LINK: return deep ? nil : .inlines(.link(Self.url(node)), Self.room(node))
        case CMARK_NODE_IMAGE: return deep ? nil : .inlines(.image(Self.url(node)), Self.room(node))
        case belajar_node_strikethrough(): return deep ? nil : .inlines(.strikethrough, Self.room(node))
        case belajar_node_table(): return .table(Self.alignments(node), Self.room(node))
        case belajar_node_table_row(): return .row(Self.room(node))
        case belajar_node_table_cell(): return .inlines(.cell, Self.room(node))
        default: return nil
        }
    }

    /// An empty array with room for one element per child of `node`: grown once rather than
    /// doubled a few times over, for each of a module's thousands of paragraphs.
    private static func room<Element>(_ node: OpaquePointer) -> [Element] {
        var count = 0
        var child = cmark_node_first_child(node)
        while let current = child {
            count += 1
            child = cmark_node_next(current)
        }
        var elements: [Element] = []
        elements.reserveCapacity(count)
        return elements
    }

    private static func leafBlock(_ node: OpaquePointer, _ type: cmark_node_type) -> Block? {
        switch type {
        case CMARK_NODE_CODE_BLOCK:
            return .code(info: clean(cmark_node_get_fence_info(node)), text: literal(node))
        case CMARK_NODE_HTML_BLOCK: return .html(literal(node))
        case CMARK_NODE_THEMATIC_BREAK: return .thematicBreak
        default: return nil
        }
    }

    private static func leafInline(_ node: OpaquePointer, _ type: cmark_node_type) -> Inline? {
        switch type {
        case CMARK_NODE_TEXT: return .text(literal(node))
        case CMARK_NODE_CODE: return .code(literal(node))
        case CMARK_NODE_HTML_INLINE: return .html(literal(node))
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_LINEBREAK: return .lineBreak
        default: return nil
        }
    }

    private mutating func close(_ container: InlineContainer, _ inlines: [Inline]) {
        switch container {
        case .paragraph: appendBlock(.paragraph(autolinked(inlines)))
        case .heading(let level): appendBlock(.heading(level: level, autolinked(inlines)))
        case .emphasis: appendInline(.emphasis(autolinked(inlines)))
        case .strong: appendInline(.strong(autolinked(inlines)))
        case .strikethrough: appendInline(.strikethrough(autolinked(inlines)))
        case .link(let destination): appendInline(.link(destination: destination, inlines))
        case .image(let destination): appendInline(.image(destination: destination, alt: inlines.plainText))
        case .cell: appendCell(autolinked(inlines))
        }
    }

    /// Addresses written as plain text become links, except inside a link or an image.
    private func autolinked(_ inlines: [Inline]) -> [Inline] {
        let insideLink = stack.contains {
            if case .inlines(.link, _) = $0 { return true }
            if case .inlines(.image, _) = $0 { return true }
            return false
        }
        let holdsLink = inlines.contains { if case .text(let text) = $0 { Autolinker.mayHoldLink(text) } else { false } }
        guard holdsLink, !insideLink else { return inlines }
        var result: [Inline] = []
        result.reserveCapacity(inlines.count)
        for inline in inlines {
            if case .text(let text) = inline { result.append(contentsOf: Autolinker.inlines(in: text)) } else { result.append(inline) }
        }
        return result
    }

    private mutating func appendBlock(_ block: Block) {
        guard case .blocks(let container, var blocks) = stack.last else { return }
        stack[stack.count - 1] = .blocks(container, [])
        blocks.append(block)
        stack[stack.count - 1] = .blocks(container, blocks)
    }

    private mutating func appendItem(_ item: List.Item) {
        guard case .list(var list) = stack.last else { return }
        stack[stack.count - 1] = .list(List(kind: .bullet, isTight: true, items: []))
        list.items.append(item)
        stack[stack.count - 1] = .list(list)
    }

    /// Adjacent text nodes (cmark splits text at entities and brackets) are merged into one.
    private mutating func appendInline(_ inline: Inline) {
        guard case .inlines(let container, var inlines) = stack.last else { return }
        stack[stack.count - 1] = .inlines(container, [])
        if case .text(let more) = inline, case .text(let text)? = inlines.last {
            inlines[inlines.count - 1] = .text(text + more)
        } else {
            inlines.append(inline)
        }
        stack[stack.count - 1] = .inlines(container, inlines)
    }

    private mutating func appendCell(_ cell: [Inline]) {
        guard case .row(var cells) = stack.last else { return }
        stack[stack.count - 1] = .row([])
        cells.append(cell)
        stack[stack.count - 1] = .row(cells)
    }

    private mutating func appendRow(_ cells: [[Inline]]) {
        guard case .table(let alignments, var rows) = stack.last else { return }
        stack[stack.count - 1] = .table(alignments, [])
        var row = Array(cells.prefix(alignments.count))
        row.append(contentsOf: Array(repeating: [], count: alignments.count - row.count))
        rows.append(row)
        stack[stack.count - 1] = .table(alignments, rows)
    }

    private static func list(_ node: OpaquePointer) -> List {
        let ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
        let kind: List.Kind = ordered ? .ordered(start: Int(cmark_node_get_list_start(node))) : .bullet
        return List(kind: kind, isTight: cmark_node_get_list_tight(node) != 0, items: room(node))
    }

    private static func task(_ node: OpaquePointer) -> Bool? {
        guard let name = cmark_node_get_type_string(node), String(cString: name) == "tasklist" else { return nil }
        return cmark_gfm_extensions_get_tasklist_item_checked(node)
    }

    private static func alignments(_ node: OpaquePointer) -> [Table.Alignment] {
        let count = Int(cmark_gfm_extensions_get_table_columns(node))
        guard let raw = cmark_gfm_extensions_get_table_alignments(node) else {
            return Array(repeating: .left, count: count)
        }
        return (0..<count).map { column in
            switch raw[column] {
            case UInt8(ascii: "c"): return .center
            case UInt8(ascii: "r"): return .right
            default: return .left
            }
        }
    }

    private static func url(_ node: OpaquePointer) -> String { clean(cmark_node_get_url(node)) }
    private static func literal(_ node: OpaquePointer) -> String { clean(cmark_node_get_literal(node)) }

    private static func clean(_ pointer: UnsafePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        return Sanitizer.clean(String(cString: pointer))
    }
}

extension [Inline] {
    /// The words a reader would see, without any styling: image alt text, heading titles.
    var plainText: String {
        var result = ""
        for inline in self { inline.appendPlainText(to: &result) }
        return result
    }
}

extension Inline {
    func appendPlainText(to result: inout String) {
        switch self {
        case .text(let text), .code(let text), .html(let text): result += text
        case .emphasis(let inlines), .strong(let inlines), .strikethrough(let inlines), .link(_, let inlines):
            for inline in inlines { inline.appendPlainText(to: &result) }
        case .image(_, let alt): result += alt
        case .softBreak, .lineBreak: result += " "
        }
    }
}
