import Canvas

/// Maps roles to terminal styles. A run with several roles gets every matching attribute, and
/// the colour of the most specific role (later in `entries`).
public struct Theme: Sendable, Hashable {
    public var entries: [Entry]

    public struct Entry: Sendable, Hashable {
        public var role: Role
        public var style: Style

        public init(_ role: Role, _ style: Style) {
            self.role = role
            self.style = style
        }
    }

    public init(entries: [Entry]) { self.entries = entries }

    public func style(for role: Role) -> Style {
        var result = Style.plain
        for entry in entries where role.contains(entry.role) {
            let style = entry.style
            result.foreground = style.foreground ?? result.foreground
            result.background = style.background ?? result.background
            result.bold = result.bold || style.bold
            result.dim = result.dim || style.dim
            result.italic = result.italic || style.italic
            result.underline = result.underline || style.underline
            result.reverse = result.reverse || style.reverse
        }
        return result
    }

    public static let colour = Theme(entries: [
        Entry(.muted, Style(dim: true)),
        Entry(.quote, Style(foreground: .green)),
        Entry(.tableBorder, Style(foreground: .blue)),
        Entry(.marker, Style(foreground: .cyan, bold: true)),
        Entry(.emphasis, Style(italic: true)),
        Entry(.strong, Style(bold: true)),
        Entry(.strikethrough, Style(dim: true)),
        Entry(.code, Style(foreground: .yellow)),
        Entry(.codeBlock, Style(foreground: .yellow)),
        Entry(.link, Style(foreground: .blue, underline: true)),
        Entry(.linkNumber, Style(foreground: .cyan)),
        Entry(.heading3, Style(foreground: .green, bold: true)),
        Entry(.heading2, Style(foreground: .cyan, bold: true)),
        Entry(.heading1, Style(foreground: .magenta, bold: true, underline: true)),
    ])

    /// Bold, underline and reverse only: for terminals without colours and for `NO_COLOR`.
    public static let monochrome = Theme(entries: [
        Entry(.strong, Style(bold: true)),
        Entry(.emphasis, Style(underline: true)),
        Entry(.code, Style(reverse: true)),
        Entry(.link, Style(underline: true)),
        Entry(.marker, Style(bold: true)),
        Entry(.heading3, Style(bold: true)),
        Entry(.heading2, Style(bold: true, underline: true)),
        Entry(.heading1, Style(bold: true, reverse: true)),
    ])

    /// No attributes at all: what `belajar render` prints into a pipe.
    public static let plain = Theme(entries: [])
}
