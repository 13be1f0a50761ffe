import Basics
import FoundationEssentials

/// The warnings a module's Markdown can earn without a full parse: no heading, links to local
/// files that do not exist, images without alt text. Code blocks and code spans are skipped,
/// since what is written there is an example, not a link.
struct MarkdownLint {
    let file: URL
    /// Whether a path, relative to the module's folder, names an existing file.
    var exists: (URL) -> Bool = { FileManager.default.fileExists(atPath: $0.path) }

    func diagnostics(for text: String) -> [Diagnostic] {
        var found: [Diagnostic] = []
        if Heading.first(in: text) == nil { found.append(.warning(.moduleNoHeading, file: file)) }
        var inFence = false
        // Each target is looked up once: a module may link to the same file thousands of times.
        var known: [String: Bool] = [:]
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.drop { $0 == " " }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { inFence.toggle(); continue }
            if inFence || line.hasPrefix("    ") || line.hasPrefix("\t") { continue }
            found += diagnostics(inLine: Self.withoutCodeSpans(String(line)), number: index + 1, known: &known)
        }
        return found
    }

    private func diagnostics(inLine line: String, number: Int, known: inout [String: Bool]) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for link in Self.links(in: line) {
            if link.isImage, link.text.trimmingSpaces.isEmpty {
                found.append(.warning(.imageNoAlt, link.target, file: file, line: number, column: link.column))
            }
            let present = known[link.target] ?? Self.localPath(link.target).map {
                exists(file.deletingLastPathComponent().appendingPathComponent($0))
            } ?? true
            known[link.target] = present
            if !present {
                found.append(.warning(.brokenLink, link.target, file: file, line: number, column: link.column))
            }
        }
        return found
    }

    struct Link {
        var isImage: Bool
        var text: String
        var target: String
        /// 1-based, in Unicode scalars.
        var column: Int
    }

    /// Inline links and images `[text](target "title")`, and reference definitions `[id]: target`.
    static func links(in line: String) -> [Link] {
        let definitions = definitionTarget(line).map { target in
            Link(isImage: false, text: "", target: unbracketed(String(target)),
                 column: line.unicodeScalars[..<target.startIndex].count + 1)
        }
        let inline = line.utf8.contains(UInt8(ascii: "[")) ? InlineLinks(line).all() : []
        return inline + (definitions.map { [$0] } ?? [])
    }

    /// The file part of a link target when it points into the course folder; nil for web
    /// addresses, e-mail, anchors within the page and empty targets.
    static func localPath(_ target: String) -> String? {
        guard !target.isEmpty, !target.hasPrefix("#"), !target.hasPrefix("/") else { return nil }
        if hasScheme(target) { return nil }
        let path = target.prefix { $0 != "#" && $0 != "?" }
        return path.percentDecoded ?? String(path)
    }

    /// `https:`, `mailto:`: a letter, then letters, digits, `+`, `.` or `-`, then a colon.
    private static func hasScheme(_ target: String) -> Bool {
        guard let first = target.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic else { return false }
        for scalar in target.unicodeScalars.dropFirst() {
            if scalar == ":" { return true }
            guard scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "+.-".unicodeScalars.contains(scalar)
            else { return false }
        }
        return false
    }

    /// The line with each `code span` blanked out, so columns still match the file.
    static func withoutCodeSpans(_ line: String) -> String {
        guard line.utf8.contains(UInt8(ascii: "`")) else { return line }
        var result = ""
        var inCode = false
        for character in line {
            if character == "`" { inCode.toggle() }
            result.append(inCode || character == "`" ? " " : character)
        }
        return result
    }

    /// The target of a reference definition, `[label]: target` with up to three spaces before
    /// (`^ {0,3}\[[^\]]+\]:\s*(<[^>]*>|\S+)`), read by hand: Swift's Regex cost 30 µs a line,
    /// three times what `belajar check` took on a long module without it.
    static func definitionTarget(_ line: String) -> Substring? {
        let spaces = line.prefix { $0 == " " }.count
        guard spaces <= 3 else { return nil }
        var rest = line.dropFirst(spaces)
        guard rest.first == "[" else { return nil }
        rest = rest.dropFirst()
        guard let close = rest.firstIndex(of: "]"), close != rest.startIndex else { return nil }
        rest = rest[rest.index(after: close)...]
        guard rest.first == ":" else { return nil }
        rest = rest.dropFirst().drop(while: \.isWhitespace)
        guard let first = rest.first else { return nil }
        if first == "<", let end = rest.dropFirst().firstIndex(of: ">") { return rest[...end] }
        return rest.prefix { !$0.isWhitespace }
    }

    private static func unbracketed(_ target: String) -> String {
        target.hasPrefix("<") && target.hasSuffix(">") ? String(target.dropFirst().dropLast()) : target
    }
}
