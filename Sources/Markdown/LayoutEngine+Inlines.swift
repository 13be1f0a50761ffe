import Canvas

extension LayoutEngine {
    /// Lines of inline content at the width left after `prefix`.
    func flow(_ inlines: [Inline], role: Role, prefix: Prefix) -> [ContentLine] {
        fill(first: width - prefix.firstWidth, rest: width - prefix.restWidth) { flow(inlines, role: role, into: &$0) }.lines
    }

    func flow(_ inlines: [Inline], role: Role, into filler: inout LineFiller) {
        for inline in inlines { flow(inline, role: role, into: &filler) }
    }

    private func flow(_ inline: Inline, role: Role, into filler: inout LineFiller) {
        switch inline {
        case .text(let text): filler.add(visible(text), role)
        case .emphasis(let inlines): flow(inlines, role: role.union(.emphasis), into: &filler)
        case .strong(let inlines): flow(inlines, role: role.union(.strong), into: &filler)
        case .strikethrough(let inlines):
            // No terminal attribute strikes text through portably: the tildes stay visible.
            let struck = role.union(.strikethrough)
            filler.glue("~~", struck.union(.muted))
            flow(inlines, role: struck, into: &filler)
            filler.glue("~~", struck.union(.muted))
        case .code(let text): filler.add(visible(text), role.union(.code))
        case .link(let destination, let inlines):
            flow(inlines, role: role.union(.link), into: &filler)
            filler.glue("[\(number(for: destination))]", role.union(.linkNumber))
        case .image(_, let alt):
            filler.add("[\(MarkdownText.image.text(in: language)): \(visible(alt))]", role.union(.muted))
        case .html(let text): filler.add(visible(text), role.union(.muted))
        case .softBreak: filler.space()
        case .lineBreak: filler.lineBreak()
        }
    }

    /// Course text as the terminal may show it: the sanitizer's placeholder has an ASCII form.
    func visible(_ text: String) -> String {
        guard let placeholder = glyphs.placeholder, text.unicodeScalars.contains(Sanitizer.placeholder) else {
            return text
        }
        return String(text.unicodeScalars.map { $0 == Sanitizer.placeholder ? placeholder : String($0) }.joined())
    }
}
