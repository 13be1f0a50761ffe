import Localization

/// A module laid out at one width: what the reader scrolls, and its table of contents and links.
public struct RenderedModule: Sendable, Hashable {
    /// The width asked for (never below `Layout.minimumWidth`).
    public let width: Int
    public let lines: [StyledLine]
    public let headings: [Heading]
    public let links: [LinkTarget]

    public struct Heading: Sendable, Hashable {
        public let level: Int
        public let title: String
        /// The index in `lines` of the heading's first line.
        public let line: Int
    }

    public struct LinkTarget: Sendable, Hashable {
        /// The number shown after the link text, `[3]`.
        public let number: Int
        public let destination: String
    }

    /// The widest line. Only a table that cannot shrink to `width` without cutting cell text
    /// makes it wider than `width`; the reader then scrolls sideways.
    public let contentWidth: Int

    public var scrollsSideways: Bool { contentWidth > width }
}

extension Document {
    /// Lays the document out in lines of at most `width` columns (tables that cannot shrink
    /// excepted), followed by the numbered list of its link targets.
    public func layout(width: Int, charset: Charset = .utf8, language: Language = .indonesian) -> RenderedModule {
        layout(width: width, charset: charset, language: language, stoppingWhen: { false })!
    }

    /// The same, asking `stop` between top-level blocks: nil once it said yes (a resize that a
    /// newer one made stale).
    public func layout(width: Int, charset: Charset = .utf8, language: Language = .indonesian,
                       stoppingWhen stop: () -> Bool) -> RenderedModule? {
        let engine = LayoutEngine(width: max(width, Layout.minimumWidth), glyphs: charset.glyphs, language: language)
        return engine.render(self, stoppingWhen: stop)
    }
}

public enum Layout {
    /// Below this no sensible reading layout exists; the reader says the screen is too small.
    public static let minimumWidth = 10
}
