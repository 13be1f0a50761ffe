import Markdown

/// The pager over one module.
public struct ReaderScreen: Sendable, Hashable {
    public var courseID: String
    public var moduleIndex: Int
    public var document: Document?
    public var rendered: RenderedModule?
    public var failure: String?
    /// First line shown, and columns scrolled sideways (wide tables).
    public var top = 0
    public var left = 0
    /// How far in the reader is (0...1), kept across resizes so a new width lands on the same text.
    public var anchor: Double
    public var search = SearchState()
    public var overlay: Overlay?
    public var reachedEnd = false
    /// Work the runtime is doing for this reader; the status line says so, keys go on working.
    public var pending: Pending?

    public enum Overlay: Sendable, Hashable {
        case contents(selected: Int)
        case links(selected: Int)
    }

    public struct Pending: Sendable, Hashable {
        public var generation: Int
        public var kind: Kind

        public enum Kind: Sendable, Hashable {
            case opening, layingOut
            /// `jumps`: the learner asked, so the screen moves to the first hit below the top;
            /// a search run again after a resize keeps the hit the learner was at.
            case searching(query: String, jumps: Bool)
        }
    }

    public struct SearchState: Sendable, Hashable {
        public var field = TextField()
        public var isEditing = false
        public var query = ""
        public var hits: [SearchHit] = []
        public var current = 0
    }

    public init(courseID: String, moduleIndex: Int, anchor: Double = 0) {
        self.courseID = courseID
        self.moduleIndex = moduleIndex
        self.anchor = anchor
    }

    public var lineCount: Int { rendered?.lines.count ?? 0 }

    /// How far in, in percent: the share of lines above the bottom of the page.
    public func percent(pageHeight: Int) -> Int {
        guard lineCount > 0 else { return 100 }
        return min(100, (min(top + pageHeight, lineCount) * 100) / lineCount)
    }
}
