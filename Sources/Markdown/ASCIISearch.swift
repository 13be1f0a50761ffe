/// `RenderedModule.search` for an ASCII query, on bytes: a line is only turned into folded
/// characters when it holds something other than ASCII. Matching a folded character at a time
/// took 15 s for a 50 MB module; most lines of most modules are ASCII, and most lines hold no hit.
struct ASCIISearch {
    private let needle: [UInt8]

    init?(_ folded: [Character]) {
        guard folded.allSatisfy(\.isASCII) else { return nil }
        needle = folded.map { $0.asciiValue! }
    }

    func hits(in lines: [StyledLine]) -> [SearchHit] {
        var hits: [SearchHit] = []
        var next = lines.first.map { Array($0.text.utf8) }
        for index in lines.indices {
            guard let own = next else { break }
            next = index + 1 < lines.count ? Array(lines[index + 1].text.utf8) : nil
            guard own.allSatisfy({ $0 < 0x80 }), next?.allSatisfy({ $0 < 0x80 }) ?? true else {
                hits += slowHits(line: index, lines)
                continue
            }
            hits += matches(own, runningOnInto: next).map {
                SearchHit(line: index, columns: $0.columns, continuation: $0.continuation)
            }
        }
        return hits
    }

    /// As `SearchText.matches`: the line end counts as one space, and the next line's indent is skipped.
    private func matches(_ own: [UInt8], runningOnInto next: [UInt8]?) -> [(columns: Range<Int>, continuation: Range<Int>?)] {
        guard let first = needle.first, own.contains(where: { Self.lower($0) == first }) else { return [] }
        var joined = own.map(Self.lower)
        var space = 0
        var indent = 0
        if let next {
            if own.last != UInt8(ascii: " ") { joined.append(UInt8(ascii: " ")); space = 1 }
            indent = next.prefix { $0 == UInt8(ascii: " ") }.count
            joined += next[indent...].map(Self.lower)
        }
        var result: [(columns: Range<Int>, continuation: Range<Int>?)] = []
        var start = 0
        while start < own.count, start + needle.count <= joined.count {
            guard joined[start] == first, needle.indices.allSatisfy({ joined[start + $0] == needle[$0] }) else {
                start += 1
                continue
            }
            let end = start + needle.count
            if end <= own.count {
                result.append((start..<end, nil))
            } else {
                // The part on the next line, in its columns, without the space that stood for the
                // line end; a match that only reached that space marks the line's last column, as
                // `SearchText` does.
                let from = indent
                let to = end - own.count - space + indent
                result.append((start..<own.count, to > from ? from..<to : own.count - 1..<own.count))
            }
            start = end
        }
        return result
    }

    /// The characters of a line that is not all ASCII, matched the general way.
    private func slowHits(line index: Int, _ lines: [StyledLine]) -> [SearchHit] {
        let next = index + 1 < lines.count ? SearchText(lines[index + 1].text) : nil
        return SearchText(lines[index].text).matches(of: needle.map { Character(Unicode.Scalar($0)) }, runningOnInto: next)
            .map { SearchHit(line: index, columns: $0.columns, continuation: $0.continuation) }
    }

    private static func lower(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
    }
}
