/// The eight ANSI colours; `nil` in a `Style` keeps the terminal's default.
public enum Color: UInt8, Sendable, Hashable, CaseIterable {
    case black, red, green, yellow, blue, magenta, cyan, white
}

/// How a cell looks. Monochrome terminals use only the attributes.
public struct Style: Sendable, Hashable {
    public var foreground: Color?
    public var background: Color?
    public var bold: Bool
    public var dim: Bool
    public var italic: Bool
    public var underline: Bool
    public var reverse: Bool

    public init(foreground: Color? = nil, background: Color? = nil, bold: Bool = false,
                dim: Bool = false, italic: Bool = false, underline: Bool = false,
                reverse: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.dim = dim
        self.italic = italic
        self.underline = underline
        self.reverse = reverse
    }

    public static let plain = Style()

    /// The same style without colours, for monochrome terminals and `NO_COLOR`.
    public var monochrome: Style {
        Style(bold: bold, dim: dim, italic: italic, underline: underline, reverse: reverse)
    }
}
