/// `RenderedModule.search` for an ASCII query, on bytes: a line is only turned into folded
/// characters when it holds something other than ASCII, or when a match may run on into the
/// next line. Matching a folded character at a time took 15 s for a 50 MB module; most lines
/// of most modules are ASCII, and most lines hold no hit.
struct ASCIISearch {
    private let needle: [UInt8]
    private let folded: [Character]

    init?(_ folded: [Character]) {
        guard folded.allSatisfy(\.isASCII) else { return nil }
        self.folded = folded
        needle = folded.map { $0.asciiValue! }
    }

    func hits(in lines: [StyledLine], stoppingWhen stop: () -> Bool) -> [SearchHit]? {
        var hits: [SearchHit] = []
        for index in lines.indices {
            if index % RenderedModule.linesBetweenStops == 0, stop() { return nil }
            switch scan(lines[index]) {
            case .hits(let columns): hits += columns.map { SearchHit(line: index, columns: $0) }
            case .general: hits += generalHits(line: index, lines)
            }
        }
        return hits
    }

    private enum Scan {
        case hits([Range<Int>])
        /// Not ASCII, or a match may go on into the next line: `SearchText` decides.
        case general
    }

    private func scan(_ line: StyledLine) -> Scan {
        // A line of one run (every line of a plain module) is read in place, without a copy.
        var text = line.runs.count == 1 ? line.runs[0].text : line.text
        return text.withUTF8 { bytes -> Scan in
            var found: [Range<Int>] = []
            var start = 0
            while start < bytes.count {
                let byte = bytes[start]
                // Controls (a tab) and non-ASCII text have their own widths: measured the general way.
                if byte >= 0x80 || byte < 0x20 { return .general }
                guard Self.lower(byte) == needle[0] else { start += 1; continue }
                // Near the end a match may continue on the next line, past the wrap.
                if start + needle.count > bytes.count { return .general }
                if matches(bytes, at: start) {
                    found.append(start..<start + needle.count)
                    start += needle.count
                } else {
                    start += 1
                }
            }
            return .hits(found)
        }
    }

    private func matches(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        for offset in 1..<needle.count where Self.lower(bytes[start + offset]) != needle[offset] { return false }
        return true
    }

    private func generalHits(line index: Int, _ lines: [StyledLine]) -> [SearchHit] {
        let next = index + 1 < lines.count ? SearchText(lines[index + 1].text) : nil
        return SearchText(lines[index].text).matches(of: folded, runningOnInto: next)
            .map { SearchHit(line: index, columns: $0.columns, continuation: $0.continuation) }
    }

    private static func lower(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
    }
}
