import Localization

/// The character set the output may use. Course text is passed through as written; only the
/// decoration this module adds (bullets, bars, boxes, marks) has an ASCII form.
public enum Charset: Sendable, Hashable {
    case utf8
    case ascii

    public init(environment: [String: String]) {
        self = TerminalCharset.isUTF8(environment: environment) ? .utf8 : .ascii
    }

    var glyphs: Glyphs { self == .utf8 ? .unicode : .ascii }
}

struct Glyphs: Sendable {
    var bullets: [String]
    var taskOpen: String
    var taskDone: String
    var quoteBar: String
    var rule: String
    var doubleRule: String
    var wrapMark: String
    var placeholder: String?
    var box: Box

    /// Table borders: corners, junctions and lines.
    struct Box: Sendable {
        var horizontal, vertical, headerHorizontal: String
        var topLeft, topMiddle, topRight: String
        var middleLeft, middleMiddle, middleRight: String
        var headerLeft, headerMiddle, headerRight: String
        var bottomLeft, bottomMiddle, bottomRight: String
    }

    static let unicode = Glyphs(
        bullets: ["•", "◦", "▪"], taskOpen: "☐", taskDone: "☑", quoteBar: "│", rule: "─",
        doubleRule: "═", wrapMark: "↩", placeholder: nil,
        box: Box(horizontal: "─", vertical: "│", headerHorizontal: "═",
                 topLeft: "┌", topMiddle: "┬", topRight: "┐",
                 middleLeft: "├", middleMiddle: "┼", middleRight: "┤",
                 headerLeft: "╞", headerMiddle: "╪", headerRight: "╡",
                 bottomLeft: "└", bottomMiddle: "┴", bottomRight: "┘"))

    static let ascii = Glyphs(
        bullets: ["*", "-", "+"], taskOpen: "[ ]", taskDone: "[x]", quoteBar: "|", rule: "-",
        doubleRule: "=", wrapMark: "\\", placeholder: "?",
        box: Box(horizontal: "-", vertical: "|", headerHorizontal: "=",
                 topLeft: "+", topMiddle: "+", topRight: "+",
                 middleLeft: "+", middleMiddle: "+", middleRight: "+",
                 headerLeft: "+", headerMiddle: "+", headerRight: "+",
                 bottomLeft: "+", bottomMiddle: "+", bottomRight: "+"))
}
