import Canvas

/// Rendered lines as bytes for a terminal or a pipe: SGR attributes only when a theme with
/// attributes is given, reset at the end of every line so a cut-off output never leaks style.
extension RenderedModule {
    public func terminalText(theme: Theme?) -> String {
        String(decoding: terminalBytes(theme: theme), as: UTF8.self)
    }

    /// The text as UTF-8 bytes, gathered in one buffer: appending to a `String` run by run cost
    /// several times as much.
    public func terminalBytes(theme: Theme?) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(byteCount(styled: theme != nil))
        for line in lines {
            if let theme { line.appendStyled(to: &output, theme: theme) } else { for run in line.runs { output.append(text: run.text) } }
            output.append(0x0A)
        }
        return output
    }
}

extension RenderedModule {
    /// Enough bytes for the whole text, so a megabyte of it is not copied again as it grows:
    /// every run's bytes, a newline per line, and room for an SGR sequence before each run.
    private func byteCount(styled: Bool) -> Int {
        var count = lines.count
        for line in lines {
            for run in line.runs { count += run.text.utf8.count + (styled ? 16 : 0) }
        }
        return count + (styled ? 8 * lines.count : 0)
    }
}

extension StyledLine {
    func appendStyled(to output: inout [UInt8], theme: Theme) {
        var current = Style.plain
        for run in runs {
            let style = theme.style(for: run.role)
            if style != current {
                output.append(text: Self.sgr(style))
                current = style
            }
            output.append(text: run.text)
        }
        if current != .plain { output.append(text: Self.sgr(.plain)) }
    }

    /// The Select Graphic Rendition sequence that sets exactly `style`, starting from a reset.
    static func sgr(_ style: Style) -> String {
        var codes = ["0"]
        if style.bold { codes.append("1") }
        if style.dim { codes.append("2") }
        if style.italic { codes.append("3") }
        if style.underline { codes.append("4") }
        if style.reverse { codes.append("7") }
        if let foreground = style.foreground { codes.append(String(30 + Int(foreground.rawValue))) }
        if let background = style.background { codes.append(String(40 + Int(background.rawValue))) }
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }
}

extension [UInt8] {
    mutating func append(text: String) {
        var text = text
        text.withUTF8 { append(contentsOf: $0) }
    }
}
