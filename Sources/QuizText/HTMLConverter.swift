import CLibXML2
import Canvas
import Markdown

/// Walks libxml2's tree into blocks and inlines. Nesting deeper than the reader's own limit is
/// read as plain text, so a hostile bank cannot make the walk deep.
struct HTMLConverter {
    /// Never shown: code and styling, and what is not part of the text.
    static let dropped: Set<String> = ["script", "style", "head", "title", "meta", "link", "noscript",
                                       "template", "iframe", "object", "embed", "svg", "math", "button",
                                       "select", "input", "textarea"]
    /// Elements that hold blocks: they break the text around them.
    static let containers: Set<String> = ["html", "body", "div", "section", "article", "header", "footer",
                                          "main", "nav", "aside", "center", "address", "figure", "figcaption",
                                          "form", "fieldset", "details", "summary", "dl", "dt", "dd", "p",
                                          "caption", "legend"]
    static let blockOnly: Set<String> = ["ul", "ol", "li", "blockquote", "pre", "hr", "table",
                                         "h1", "h2", "h3", "h4", "h5", "h6"]

    static func isBlock(_ node: xmlNodePtr) -> Bool {
        guard HTMLNode.isElement(node) else { return false }
        let name = HTMLNode.name(node)
        return containers.contains(name) || blockOnly.contains(name) || dropped.contains(name)
    }

    func blocks(ofChildrenOf node: xmlNodePtr, depth: Int) -> [Block] {
        guard depth < ModuleDocument.maximumDepth else { return paragraph([.text(HTMLNode.text(under: node))]) }
        var blocks: [Block] = []
        var pending: [Inline] = []
        for child in HTMLNode.children(node) {
            if Self.isBlock(child) {
                blocks += paragraph(pending)
                pending = []
                blocks += block(child, depth: depth + 1)
            } else {
                pending += inlines(child, depth: depth + 1)
            }
        }
        return blocks + paragraph(pending)
    }

    private func block(_ node: xmlNodePtr, depth: Int) -> [Block] {
        let name = HTMLNode.name(node)
        switch name {
        case _ where Self.dropped.contains(name): return []
        case "h1", "h2", "h3", "h4", "h5", "h6":
            let inlines = Whitespace.collapse(children(node, depth: depth))
            return inlines.isEmpty ? [] : [.heading(level: Int(String(name.dropFirst())) ?? 3, inlines)]
        case "ul", "ol":
            let items = HTMLNode.children(node).filter { HTMLNode.isElement($0) && HTMLNode.name($0) == "li" }
                .map { List.Item(blocks: blocks(ofChildrenOf: $0, depth: depth)) }
            let start = HTMLNode.attribute(node, "start").flatMap { Int($0) } ?? 1
            return items.isEmpty ? [] : [.list(List(kind: name == "ol" ? .ordered(start: start) : .bullet,
                                                    isTight: true, items: items))]
        case "li": return blocks(ofChildrenOf: node, depth: depth)
        case "blockquote":
            let inside = blocks(ofChildrenOf: node, depth: depth)
            return inside.isEmpty ? [] : [.quote(inside)]
        case "pre":
            var text = Sanitizer.clean(HTMLNode.text(under: node))
            if text.hasPrefix("\n") { text.removeFirst() }
            while text.hasSuffix("\n") { text.removeLast() }
            return [.code(info: "", text: text)]
        case "hr": return [.thematicBreak]
        case "table": return HTMLTable(converter: self).blocks(node, depth: depth)
        default: return blocks(ofChildrenOf: node, depth: depth)
        }
    }

    private func paragraph(_ inlines: [Inline]) -> [Block] {
        let collapsed = Whitespace.collapse(inlines)
        return collapsed.isEmpty ? [] : [.paragraph(collapsed)]
    }

    func children(_ node: xmlNodePtr, depth: Int) -> [Inline] {
        guard depth < ModuleDocument.maximumDepth else { return [.text(HTMLNode.text(under: node))] }
        return HTMLNode.children(node).flatMap { inlines($0, depth: depth + 1) }
    }

    func inlines(_ node: xmlNodePtr, depth: Int) -> [Inline] {
        if HTMLNode.isText(node) { return [.text(Sanitizer.clean(HTMLNode.content(node)))] }
        guard HTMLNode.isElement(node) else { return [] }
        let name = HTMLNode.name(node)
        if Self.dropped.contains(name) { return [] }
        let inside = { children(node, depth: depth) }
        switch name {
        case "br": return [.lineBreak]
        case "b", "strong": return [.strong(inside())]
        case "i", "em", "cite", "var", "dfn": return [.emphasis(inside())]
        case "s", "strike", "del": return [.strikethrough(inside())]
        case "code", "tt", "kbd", "samp": return [.code(Sanitizer.clean(HTMLNode.text(under: node)))]
        case "a":
            guard let href = HTMLNode.attribute(node, "href"), !href.isEmpty else { return inside() }
            return [.link(destination: Sanitizer.clean(href), inside())]
        case "img":
            let alt = HTMLNode.attribute(node, "alt") ?? ""
            return [.image(destination: Sanitizer.clean(HTMLNode.attribute(node, "src") ?? ""), alt: Sanitizer.clean(alt))]
        default:
            // A block inside inline markup (`<b><p>..</p></b>`) still breaks the line.
            return Self.isBlock(node) ? [.lineBreak] + inside() + [.lineBreak] : inside()
        }
    }
}

/// A `<table>` as the reader's table: the first row is its header, every row as wide as the widest.
struct HTMLTable {
    let converter: HTMLConverter

    func blocks(_ table: xmlNodePtr, depth: Int) -> [Block] {
        var rows: [[[Inline]]] = []
        var stack = HTMLNode.children(table).reversed() as [xmlNodePtr]
        while let node = stack.popLast() {
            guard HTMLNode.isElement(node) else { continue }
            switch HTMLNode.name(node) {
            case "thead", "tbody", "tfoot": stack += HTMLNode.children(node).reversed()
            case "tr":
                rows.append(HTMLNode.children(node)
                    .filter { HTMLNode.isElement($0) && ["td", "th"].contains(HTMLNode.name($0)) }
                    .map { Whitespace.collapse(converter.children($0, depth: depth).map(Self.flat)) })
            default: break
            }
        }
        let columns = rows.map(\.count).max() ?? 0
        guard columns > 0 else { return [] }
        let padded = rows.map { $0 + Array(repeating: [], count: columns - $0.count) }
        return [.table(Table(alignments: Array(repeating: .left, count: columns), rows: padded))]
    }

    /// A cell holds one line in the reader's tables: its line breaks become spaces.
    private static func flat(_ inline: Inline) -> Inline {
        if case .lineBreak = inline { return .text(" ") }
        return inline
    }
}
