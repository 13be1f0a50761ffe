import Canvas

extension Document {
    /// `markdown` as it was written, without reading its Markdown: a paragraph per run of
    /// non-blank lines, each line kept on its own. Linear in the text, whatever it holds, and
    /// sanitized like every parsed text.
    public static func plain(_ markdown: String, reason: PlainReason) -> Document {
        var blocks: [Block] = []
        var paragraph: [Inline] = []
        // "\r\n" is one Character, and a newline like "\n".
        for line in markdown.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            let text = Sanitizer.clean(String(line))
            if text.allSatisfy(\.isWhitespace) {
                if !paragraph.isEmpty { blocks.append(.paragraph(paragraph)) }
                paragraph = []
                continue
            }
            if !paragraph.isEmpty { paragraph.append(.lineBreak) }
            paragraph.append(.text(text))
        }
        if !paragraph.isEmpty { blocks.append(.paragraph(paragraph)) }
        return Document(blocks: blocks, plainReason: reason)
    }
}
