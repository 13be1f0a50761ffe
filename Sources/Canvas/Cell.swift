/// One terminal cell. A wide grapheme occupies its cell and the next one; the next one is a
/// `continuation` cell that draws nothing, so a buffer row always has exactly `width` cells.
public struct Cell: Sendable, Hashable {
    public var grapheme: String
    public var style: Style
    public var isContinuation: Bool

    public init(_ grapheme: String = " ", style: Style = .plain, isContinuation: Bool = false) {
        self.grapheme = grapheme
        self.style = style
        self.isContinuation = isContinuation
    }

    public static let blank = Cell()
    static func continuation(_ style: Style) -> Cell { Cell("", style: style, isContinuation: true) }
}
