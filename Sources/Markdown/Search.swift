import Basics
import FoundationEssentials
import Canvas

/// One occurrence of a search query: a line of the rendered module and the display columns the
/// match covers there, for the reader to highlight and scroll to.
public struct SearchHit: Sendable, Hashable {
    public let line: Int
    public let columns: Range<Int>
    /// A match that a wrap cut in two goes on in these columns of the next line.
    public let continuation: Range<Int>?

    public init(line: Int, columns: Range<Int>, continuation: Range<Int>? = nil) {
        self.line = line
        self.columns = columns
        self.continuation = continuation
    }
}

extension RenderedModule {
    /// Every occurrence of `query` in the rendered lines, in reading order, ignoring case and
    /// diacritics ("kinerja" finds "Kinerja", "cafe" finds "café"). A match may run on from one
    /// line into the next where the text was wrapped: the line end counts as one space, and the
    /// next line's indent is skipped.
    public func search(_ query: String) -> [SearchHit] {
        search(query, stoppingWhen: { false }) ?? []
    }

    /// The same, asking `stop` every few thousand lines: nil once it said yes (a search of a
    /// 50 MB module takes seconds, and the learner may give up on it).
    public func search(_ query: String, stoppingWhen stop: () -> Bool) -> [SearchHit]? {
        let needle = SearchText.fold(query)
        guard !needle.isEmpty else { return [] }
        if let bytes = ASCIISearch(needle) { return bytes.hits(in: lines, stoppingWhen: stop) }
        var hits: [SearchHit] = []
        var next = lines.first.map { SearchText($0.text) }
        for index in lines.indices {
            if index % Self.linesBetweenStops == 0, stop() { return nil }
            guard let haystack = next else { break }
            next = index + 1 < lines.count ? SearchText(lines[index + 1].text) : nil
            for match in haystack.matches(of: needle, runningOnInto: next) {
                hits.append(SearchHit(line: index, columns: match.columns, continuation: match.continuation))
            }
        }
        return hits
    }

    /// How often a long search or layout asks whether to stop: a few milliseconds of work.
    static let linesBetweenStops = 4096
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
        return Array(Folding.forSearch(String(character)))
    }

    /// Matches that start on this line; one may end on `next`, past a single space standing
    /// for the line end and the indent that begins `next`.
    func matches(of needle: [Character], runningOnInto next: SearchText?) -> [(columns: Range<Int>, continuation: Range<Int>?)] {
        let own = units.count
        var joined = units
        if let next {
            if units.last?.character != " " { joined.append((" ", -1, 0)) }
            joined += next.units.drop { $0.character == " " }
        }
        var result: [(columns: Range<Int>, continuation: Range<Int>?)] = []
        var start = 0
        while start < own, start + needle.count <= joined.count {
            guard (0..<needle.count).allSatisfy({ joined[start + $0].character == needle[$0] }) else {
                start += 1
                continue
            }
            let end = start + needle.count
            if end <= own {
                result.append((joined[start].column..<Self.endColumn(joined[end - 1]), nil))
            } else {
                let last = joined[own..<end].last { $0.width > 0 } ?? joined[own - 1]
                let first = joined[own..<end].first { $0.width > 0 } ?? last
                result.append((joined[start].column..<Self.endColumn(joined[own - 1]),
                               first.column..<Self.endColumn(last)))
            }
            start = end
        }
        return result
    }

    private static func endColumn(_ unit: (character: Character, column: Int, width: Int)) -> Int {
        unit.column + unit.width
    }
}
