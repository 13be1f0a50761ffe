import Foundation
import Canvas

/// One occurrence of a search query: a line of the rendered module and the display columns the
/// match covers there, for the reader to highlight and scroll to.
public struct SearchHit: Sendable, Hashable {
    public let line: Int
    public let columns: Range<Int>

    public init(line: Int, columns: Range<Int>) {
        self.line = line
        self.columns = columns
    }
}

extension RenderedModule {
    /// Every occurrence of `query` in the rendered lines, in reading order, ignoring case and
    /// diacritics ("kinerja" finds "Kinerja", "cafe" finds "café"). Matches do not span lines.
    public func search(_ query: String) -> [SearchHit] {
        let needle = SearchText.fold(query)
        guard !needle.isEmpty else { return [] }
        var hits: [SearchHit] = []
        for (index, line) in lines.enumerated() {
            let haystack = SearchText(line.text)
            for columns in haystack.matches(of: needle) { hits.append(SearchHit(line: index, columns: columns)) }
        }
        return hits
    }
}

/// A line's text folded for matching, each folded character remembering the columns of the
/// character it came from.
struct SearchText {
    private var units: [(character: Character, column: Int, width: Int)] = []

    init(_ text: String) {
        var column = 0
        for character in text {
            let width = displayWidth(character)
            for folded in Self.fold(character) { units.append((folded, column, width)) }
            column += width
        }
    }

    static func fold(_ text: String) -> [Character] {
        text.flatMap { fold($0) }
    }

    private static func fold(_ character: Character) -> [Character] {
        if character.isASCII { return [Character(character.lowercased())] }
        let folded = String(character).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        return Array(folded)
    }

    func matches(of needle: [Character]) -> [Range<Int>] {
        guard needle.count <= units.count else { return [] }
        var result: [Range<Int>] = []
        var start = 0
        while start + needle.count <= units.count {
            if (0..<needle.count).allSatisfy({ units[start + $0].character == needle[$0] }) {
                let last = units[start + needle.count - 1]
                result.append(units[start].column..<(last.column + last.width))
                start += needle.count
            } else {
                start += 1
            }
        }
        return result
    }
}
