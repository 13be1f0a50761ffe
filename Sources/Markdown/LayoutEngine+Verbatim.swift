import Canvas

extension LayoutEngine {
    static let tabStop = 4

    /// Code and raw HTML keep their lines as written. A line too long for the width is wrapped
    /// between graphemes with a visible mark at the end of each piece, so nothing is lost and
    /// nobody mistakes the wrap for a line break of the source.
    func verbatim(_ text: String, role: Role, indent: Int, prefix: inout Prefix) {
        let useIndent = indent > 0 && fits(indent, prefix)
        var inner = useIndent ? prefix.adding(first: Run(String(repeating: " ", count: indent)), rest: Run(String(repeating: " ", count: indent))) : prefix
        let available = max(width - inner.restWidth, 2)
        var sourceLines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if sourceLines.last?.isEmpty == true { sourceLines.removeLast() }
        for line in sourceLines {
            emit(pieces(of: visible(expandingTabs(line)), role: role, available: available), prefix: &inner)
        }
        prefix.consumeFirst()
    }

    private func pieces(of line: String, role: Role, available: Int) -> [ContentLine] {
        let lineWidth = columns(line)
        guard lineWidth > available else { return [ContentLine(runs: line.isEmpty ? [] : [Run(line, role)], width: lineWidth)] }
        let mark = Run(glyphs.wrapMark, .muted)
        let room = available - columns(mark.text)
        var result: [ContentLine] = []
        var piece = ""
        var pieceWidth = 0
        for character in line {
            let characterWidth = displayWidth(character)
            if pieceWidth + characterWidth > room, pieceWidth > 0 {
                result.append(ContentLine(runs: [Run(piece, role), mark], width: pieceWidth + columns(mark.text)))
                piece = ""
                pieceWidth = 0
            }
            piece.append(character)
            pieceWidth += characterWidth
        }
        result.append(ContentLine(runs: [Run(piece, role)], width: pieceWidth))
        return result
    }

    private func expandingTabs(_ line: Substring) -> String {
        guard line.utf8.contains(0x09) else { return String(line) }
        var result = ""
        var column = 0
        for character in line {
            if character == "\t" {
                let spaces = Self.tabStop - column % Self.tabStop
                result += String(repeating: " ", count: spaces)
                column += spaces
            } else {
                result.append(character)
                column += displayWidth(character)
            }
        }
        return result
    }
}
