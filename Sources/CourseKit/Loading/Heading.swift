import Basics
import FoundationEssentials
import Glibc

/// Finds a Markdown module's first heading without reading more of the file than it must:
/// opening a course must not cost a full read of every module.
enum Heading {
    /// The first ATX (`# Title`) or setext (`Title` over `===`) heading, outside code fences.
    static func first(in text: String) -> String? {
        var inFence = false
        var previous: Substring?
        // Lines are taken one at a time: the heading is usually on the first, and splitting the
        // whole text first was most of the cost of opening a large library.
        var rest = text[...]
        while !rest.isEmpty {
            let end = rest.firstIndex(of: "\n") ?? rest.endIndex
            let line = rest[..<end]
            rest = end == rest.endIndex ? rest[end...] : rest[rest.index(after: end)...]
            let trimmed = line.drop { $0 == " " }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                inFence.toggle()
                previous = nil
                continue
            }
            if inFence { continue }
            if let title = atx(trimmed), line.prefix(while: { $0 == " " }).count < 4 { return title }
            if let previous, isSetextUnderline(trimmed), !previous.allSatisfy(\.isWhitespace) {
                return previous.trimmingSpaces
            }
            previous = line
        }
        return nil
    }

    /// Reads the file in chunks until a heading shows up, then stops. Each chunk is twice the
    /// last: the text read so far is judged again at each, so equal chunks made a 50 MB module
    /// without a heading cost 12,000 passes over up to 50 MB when its outline opened.
    static func first(inFile url: URL, chunkSize: Int = 4096) -> String? {
        guard let file = FileBytes.Reader(path: url.path) else { return nil }
        var data = Data()
        var size = chunkSize
        while case let chunk = file.read(upTo: size), !chunk.isEmpty {
            size *= 2
            data.append(contentsOf: chunk)
            // Only complete lines are judged: a heading cut in half is not yet a heading.
            guard let lastNewline = data.lastIndex(of: UInt8(ascii: "\n")) else { continue }
            let text = TextFile(data: data[..<lastNewline]).text
            if let title = first(in: text) { return title }
        }
        return first(in: TextFile(data: data).text)
    }

    private static func atx(_ line: Substring) -> String? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        let rest = line.dropFirst(hashes)
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        var title = rest.trimmingSpaces
        // A closing run of '#' is decoration, not part of the title.
        while title.hasSuffix("#") { title.removeLast() }
        title = title.trimmingSpaces
        return title.isEmpty ? nil : title
    }

    private static func isSetextUnderline(_ line: Substring) -> Bool {
        let trimmed = line.trimmingSpaces
        guard let first = trimmed.first, first == "=" || first == "-" else { return false }
        return trimmed.allSatisfy { $0 == first }
    }
}
