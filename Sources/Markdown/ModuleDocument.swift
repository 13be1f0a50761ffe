import Basics
import CCmarkGFM
import FoundationEssentials
import Glibc
import Localization

/// Parses a module's Markdown (CommonMark with GitHub tables, strikethrough, task lists and
/// autolinks) with cmark-gfm into a sanitized `Document`. Autolinks are found by `Autolinker`
/// after parsing rather than by cmark-gfm's extension, which slows the whole parse.
public enum ModuleDocument {
    /// Nesting deeper than this is flattened into its parent: nobody can read a quote 10,000
    /// levels deep at 80 columns, and a capped tree keeps every later walk shallow.
    public static let maximumDepth = 24

    /// With a `layoutGuard`, a text it finds too large or too slow comes back as `Document.plain`.
    public static func parse(_ markdown: String, guard layoutGuard: LayoutGuard = .unguarded) -> Document {
        if let reason = layoutGuard.verdict(markdown) { return Document.plain(markdown, reason: reason) }
        guard let root = parseLock.withLock({ cmarkTree(markdown) }) else { return Document(blocks: []) }
        var blocks: [Block] = []
        convertAndFree(CmarkTree(root: root)) { blocks += $0 }
        return Document(blocks: blocks)
    }

    /// Parses and lays out in one go, the same as `parse(_:)` then `layout`, on two threads:
    /// while this one lays out the blocks converted so far, a second one converts the next
    /// from cmark's tree. For a long module that hides most of the conversion.
    public static func parseAndLayout(_ markdown: String, width: Int, charset: Charset = .utf8,
                                      language: Language = .indonesian, guard layoutGuard: LayoutGuard = .unguarded)
        -> (document: Document, rendered: RenderedModule) {
        if let reason = layoutGuard.verdict(markdown) {
            let document = Document.plain(markdown, reason: reason)
            return (document, document.layout(width: width, charset: charset, language: language))
        }
        let engine = LayoutEngine(width: max(width, Layout.minimumWidth), glyphs: charset.glyphs, language: language)
        guard let root = parseLock.withLock({ cmarkTree(markdown) }) else { return (Document(blocks: []), engine.finish()) }
        let channel = BlockChannel()
        let tree = CmarkTree(root: root)
        Threads.detach {
            convertAndFree(tree) { channel.send($0) }
            channel.close()
        }
        var blocks: [Block] = []
        while let converted = channel.receive() {
            engine.append(converted)
            blocks += converted
        }
        return (Document(blocks: blocks), engine.finish())
    }

    /// Runs only cmark-gfm's parse, the part that cannot be interrupted and is quadratic on some
    /// inputs; converting its tree is our own linear code. What `belajar markdown-probe` times.
    public static func probe(_ markdown: String) {
        guard let root = parseLock.withLock({ cmarkTree(markdown) }) else { return }
        cmark_node_free(root)
    }

    /// cmark-gfm's extensions add their special characters (`|`, `~`, `:`) to a table shared by
    /// the whole process when a parse starts and take them out when it finishes, so two parses
    /// at once can lose a table or a link. Parses take turns; converting the tree needs no turn.
    private static let parseLock = Lock()

    private static func cmarkTree(_ markdown: String) -> OpaquePointer? {
        _ = extensionsRegistered
        guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT) else { return nil }
        defer { cmark_parser_free(parser) }
        for name in ["table", "strikethrough", "tasklist"] {
            if let syntax = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntax)
            }
        }
        var source = markdown
        source.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
        }
        return cmark_parser_finish(parser)
    }

    /// Decodes a module file's bytes; invalid UTF-8 is replaced (U+FFFD) and reported so
    /// `belajar check` and `belajar render` can warn the trainer.
    public static func decode(_ bytes: [UInt8]) -> (text: String, hadInvalidUTF8: Bool) {
        if let valid = String(validating: bytes, as: UTF8.self) { return (valid, false) }
        return (String(decoding: bytes, as: UTF8.self), true)
    }

    /// Converts the top-level blocks one at a time, freeing each as soon as it is converted, so
    /// cmark's tree and ours are never both whole in memory; `deliver` gets them a few at a time.
    private static func convertAndFree(_ tree: CmarkTree, deliver: ([Block]) -> Void) {
        var blocks: [Block] = []
        var builder = TreeBuilder()
        var child = cmark_node_first_child(tree.root)
        while let node = child {
            child = cmark_node_next(node)
            blocks.append(contentsOf: builder.blocks(of: node))
            cmark_node_free(node)
            if blocks.count >= 32 {
                deliver(blocks)
                blocks.removeAll(keepingCapacity: true)
            }
        }
        if !blocks.isEmpty { deliver(blocks) }
        cmark_node_free(tree.root)
    }
}

/// A parsed cmark tree handed to the thread that converts and frees it; nothing else touches
/// it after the hand-over, which is what makes sending it safe.
private struct CmarkTree: @unchecked Sendable {
    let root: OpaquePointer
}

/// Converted blocks on their way from the converting thread to the laying-out one.
private final class BlockChannel: @unchecked Sendable {
    private let condition = Lock()
    private var waiting: [Block] = []
    private var closed = false

    func send(_ blocks: [Block]) {
        condition.withLock {
            waiting += blocks
            condition.signal()
        }
    }

    func close() {
        condition.withLock {
            closed = true
            condition.signal()
        }
    }

    /// Every block sent since the last call, waiting for some; nil once all are taken and the
    /// sender is done.
    func receive() -> [Block]? {
        condition.withLock {
            while waiting.isEmpty && !closed { condition.wait() }
            guard !waiting.isEmpty else { return nil }
            defer { waiting = [] }
            return waiting
        }
    }
}

/// cmark-gfm registers its extensions through an unguarded static flag; a Swift global is
/// initialized once, atomically, so parallel parses cannot race on it.
private let extensionsRegistered: Void = cmark_gfm_core_extensions_ensure_registered()
