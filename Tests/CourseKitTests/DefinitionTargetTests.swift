@testable import CourseKit
import Foundation
import Testing

/// The hand-written reader of `[label]: target` finds what the regular expression it replaces
/// (`^ {0,3}\[[^\]]+\]:\s*(<[^>]*>|\S+)`, with Foundation's NSRegularExpression) found.
@Suite struct DefinitionTargetTests {
    static let pattern = try! NSRegularExpression(pattern: #"^ {0,3}\[[^\]]+\]:\s*(<[^>]*>|\S+)"#)

    @Test(arguments: ["[a]: gambar.png", "   [x]:   <dengan spasi.png> \"judul\"", "    [a]: kode", "[]: kosong",
                      "[a]b]: x", "[a]:", "[a]:   ", "[a]: <tanpa-tutup", "teks [a]: x", "[label panjang]:\tsana#bagian",
                      "[é]: é.png", "* [a]: x", "[a]:x"])
    func sameAsTheRegularExpression(_ line: String) {
        let match = Self.pattern.firstMatch(in: line, range: NSRange(line.startIndex..., in: line))
        let expected = match.flatMap { Range($0.range(at: 1), in: line) }.map { String(line[$0]) }
        #expect(MarkdownLint.definitionTarget(line).map(String.init) == expected)
    }
}
