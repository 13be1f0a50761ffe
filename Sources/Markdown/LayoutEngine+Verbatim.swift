import Canvas

extension LayoutEngine {
    static let tabStop = 4

    /// Code and raw HTML keep their lines as written. A line too long for the width is wrapped
    /// between graphemes with a visible mark at the end of each piece, so nothing is lost and
    /// nobody mistakes the wrap for a line break of the source.
    func verbatim(_ text: String, role: Role, indent: Int, prefix: inout Prefix) {
        let useIndent = indent > 0 && fits(indent, prefix)
        var inner = useIndent ? prefix.adding(first: Run(.spaces(indent)), rest: Run(.spaces(indent))) : prefix
        let available = max(width - inner.restWidth, 2)
        // Split on the byte: splitting a String on "\n" would find grapheme boundaries first.
        var sourceLines = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false)
        if sourceLines.last?.isEmpty == true { sourceLines.removeLast() }
        for line in sourceLines {
            emit(pieces(of: visible(expandingTabs(Substring(line))), role: role, available: available), prefix: &inner)
        }
        prefix.consumeFirst()
    }

    private func pieces(of line: String, role: Role, available: Int) -> [ContentLine] {
        let lineWidth = columns(line)
        guard lineWidth > available else { return [ContentLine(runs: line.isEmpty ? [] : [Run(line, role)], width: lineWidth)] }
        let mark = Run(glyphs.wrapMark, .muted)
        let markWidth = columns(mark.text)
        let chunks = lineWidth == line.utf8.count
            ? asciiChunks(line, room: available - markWidth)
            : graphemeChunks(line, room: available - markWidth)
        return chunks.enumerated().map { index, chunk in
            index == chunks.count - 1
                ? ContentLine(runs: [Run(chunk.text, role)], width: chunk.width)
                : ContentLine(runs: [Run(chunk.text, role), mark], width: chunk.width + markWidth)
        }
    }

    /// One byte is one column and one grapheme: cut every `room` bytes.
    private func asciiChunks(_ line: String, room: Int) -> [(text: String, width: Int)] {
        let bytes = Array(line.utf8)
        return stride(from: 0, to: bytes.count, by: room).map { start in
            let end = min(start + room, bytes.count)
            return (String(decoding: bytes[start..<end], as: UTF8.self), end - start)
        }
    }

    /// Pieces cut between graphemes, found by index and copied once each rather than built
    /// character by character.
    private func graphemeChunks(_ line: String, room: Int) -> [(text: String, width: Int)] {
        var result: [(text: String, width: Int)] = []
        var pieceStart = line.startIndex
        var pieceWidth = 0
        var index = line.startIndex
        while index < line.endIndex {
            let next = line.index(after: index)
            let characterWidth = columns(line[index..<next])
            if pieceWidth + characterWidth > room, pieceWidth > 0 {
                result.append((String(line[pieceStart..<index]), pieceWidth))
                pieceStart = index
                pieceWidth = 0
            }
            pieceWidth += characterWidth
            index = next
        }
        result.append((String(line[pieceStart...]), pieceWidth))
        return result
    }

    private func expandingTabs(_ line: Substring) -> String {
        guard line.utf8.contains(0x09) else { return String(line) }
        var result = ""
        var column = 0
        for character in line {
            if character == "\t" {
                let spaces = Self.tabStop - column % Self.tabStop
                result += String.spaces(spaces)
                column += spaces
            } else {
                result.append(character)
                column += displayWidth(character)
            }
        }
        return result
    }
}
