import Foundation
@testable import Markdown
import Testing

/// What keeps a large module usable: the byte-level search finds what the general one finds,
/// and a plain layout is linear.
struct LargeModuleTests {
    /// The general search, one folded character at a time, as a reference.
    static func reference(_ module: RenderedModule, _ query: String) -> [SearchHit] {
        let needle = SearchText.fold(query)
        return module.lines.indices.flatMap { index in
            let next = index + 1 < module.lines.count ? SearchText(module.lines[index + 1].text) : nil
            return SearchText(module.lines[index].text).matches(of: needle, runningOnInto: next).map {
                SearchHit(line: index, columns: $0.columns, continuation: $0.continuation)
            }
        }
    }

    @Test(arguments: ["kompetensi", "ASN wajib", "a", "an k", "jp. ", "zz"])
    func theByteSearchFindsWhatTheGeneralSearchFinds(query: String) {
        var generator = SystemRandomNumberGenerator()
        let words = ["ASN", "wajib", "kompetensi", "Kompetensi", "an", "kAn", "JP.", "café", "- item", "belajar"]
        var text = ""
        for _ in 0..<400 {
            text += words.randomElement(using: &generator)! + (Int.random(in: 0..<9) == 0 ? "\n\n" : " ")
        }
        for width in [12, 23, 40] {
            let module = ModuleDocument.parse(text).layout(width: width)
            #expect(module.search(query) == Self.reference(module, query), "\(query) at \(width) in \(text)")
        }
    }

    @Test func aPlainDocumentKeepsItsLinesAndIsSanitized() {
        let document = Document.plain("# Judul *tebal*\n\nbaris satu\r\nbaris \u{1B}[31mdua\n\n\n[a](b)", reason: .tooSlow(seconds: 1))
        #expect(document.plainReason == .tooSlow(seconds: 1))
        let lines = document.layout(width: 40).lines.map(\.text)
        #expect(lines.count == 6)
        #expect(lines.first == "# Judul *tebal*")
        #expect(lines[2...3].first == "baris satu")
        #expect(lines[3].hasPrefix("baris ") && lines[3].hasSuffix("dua") && !lines[3].contains("\u{1B}"))
        #expect(lines.last == "[a](b)")
    }

    @Test func aPlainLayoutGrowsLinearly() {
        let paragraph = String(repeating: "*a [b](c) _x_ ", count: 40) + "\n\n"
        // The fastest of three runs: other processes on a busy machine only ever add time.
        func seconds(_ count: Int) -> Double {
            let text = String(repeating: paragraph, count: count)
            return (1...3).map { _ in
                let started = Date()
                _ = Document.plain(text, reason: .tooSlow(seconds: 1)).layout(width: 78)
                return Date().timeIntervalSince(started)
            }.min()!
        }
        let small = seconds(500), large = seconds(4_000)
        // Eight times the text: far below the 64 times a quadratic layout would take.
        #expect(large < small * 20 + 0.05, "\(small) s, then \(large) s")
    }
}
