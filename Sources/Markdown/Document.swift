/// A module's Markdown as our own value model, built from cmark-gfm's AST and already sanitized:
/// no string in it holds a control character, so nothing downstream needs to think about escapes.
public struct Document: Sendable, Hashable {
    public var blocks: [Block]
    /// Set when the text was not read as Markdown (see `LayoutGuard`): the blocks are its lines.
    public var plainReason: PlainReason?

    public init(blocks: [Block], plainReason: PlainReason? = nil) {
        self.blocks = blocks
        self.plainReason = plainReason
    }
}

public enum Block: Sendable, Hashable {
    case paragraph([Inline])
    case heading(level: Int, [Inline])
    case list(List)
    case quote([Block])
    case code(info: String, text: String)
    /// Raw HTML is shown as the text the trainer wrote, never interpreted.
    case html(String)
    case thematicBreak
    case table(Table)
}

public struct List: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case bullet
        case ordered(start: Int)
    }

    public struct Item: Sendable, Hashable {
        /// nil for an ordinary item; true or false for a task list item.
        public var task: Bool?
        public var blocks: [Block]

        public init(task: Bool? = nil, blocks: [Block]) {
            self.task = task
            self.blocks = blocks
        }
    }

    public var kind: Kind
    /// Loose lists keep a blank line between items, as the author spaced them.
    public var isTight: Bool
    public var items: [Item]

    public init(kind: Kind, isTight: Bool, items: [Item]) {
        self.kind = kind
        self.isTight = isTight
        self.items = items
    }
}

public struct Table: Sendable, Hashable {
    public enum Alignment: Sendable, Hashable { case left, center, right }

    public var alignments: [Alignment]
    /// The header row first; every row has `alignments.count` cells.
    public var rows: [[[Inline]]]

    public init(alignments: [Alignment], rows: [[[Inline]]]) {
        self.alignments = alignments
        self.rows = rows
    }
}

public enum Inline: Sendable, Hashable {
    case text(String)
    case emphasis([Inline])
    case strong([Inline])
    case strikethrough([Inline])
    case code(String)
    case link(destination: String, [Inline])
    case image(destination: String, alt: String)
    case html(String)
    case softBreak
    case lineBreak
}
