import Foundation
import Markdown
import Testing

struct BadInputTests {
    @Test func invalidUTF8IsReplacedAndReported() {
        let (text, invalid) = ModuleDocument.decode(Array("Modul ".utf8) + [0xFF, 0xC3, 0x28] + Array(" rusak".utf8))
        #expect(invalid)
        #expect(text.contains("\u{FFFD}"))
        let module = render(text, width: 20)
        checkInvariants(module, width: 20, input: text)
        #expect(texts(module).joined().contains("rusak"))
        #expect(ModuleDocument.decode(Array("baik é".utf8)) == ("baik é", false))
    }

    @Test func nulBytes() {
        let input = "a\u{0}b\n\n# \u{0}\n\n`\u{0}`\n\n```\n\u{0}\n```"
        let module = render(input, width: 20)
        checkInvariants(module, width: 20, input: input)
        #expect(texts(module).first == "a\u{FFFD}b")
    }

    @Test(arguments: [">", "- ", "1. ", "* ", "> - "])
    func tenThousandDeepBlocks(_ opener: String) {
        let input = String(repeating: opener, count: 10_000) + "dalam"
        for width in [80, 20] {
            let module = render(input, width: width)
            checkInvariants(module, width: width, input: "10,000 × \(opener)")
            #expect(texts(module).joined().contains("dalam"), "the deepest text is shown")
        }
    }

    @Test(arguments: ["*", "**", "_", "[", "~~", "![", "<"])
    func tenThousandDeepInlines(_ opener: String) {
        let closer = String(opener.reversed()).replacingOccurrences(of: "[", with: "](x)").replacingOccurrences(of: "<", with: ">")
        let input = String(repeating: opener + "a", count: 10_000) + String(repeating: closer, count: 10_000)
        let module = render(input, width: 40)
        checkInvariants(module, width: 40, input: "10,000 × \(opener)")
    }

    @Test func oneMegabyteLine() {
        let words = String(repeating: "kompetensi 日本 ", count: 60_000)
        let module = render(words, width: 80)
        checkInvariants(module, width: 80, input: "1 MB of words")
        #expect(module.lines.count > 10_000)
    }

    @Test func oneMegabyteWord() {
        let word = String(repeating: "x", count: 1 << 20)
        let module = render(word, width: 80)
        #expect(module.lines.count == (1 << 20) / 80 + 1)
        #expect(module.lines.allSatisfy { $0.width <= 80 })
        #expect(module.lines.map(\.width).reduce(0, +) == 1 << 20, "no character lost")
    }

    @Test func tinyWidthsAreRaisedToTheMinimum() {
        let module = render("日本語の文章 and words", width: 1)
        #expect(module.width == Layout.minimumWidth)
        checkInvariants(module, width: Layout.minimumWidth, input: "tiny")
    }
}

struct ConcurrencyTests {
    /// cmark-gfm keeps its extensions' special characters in a process-wide table; parses on
    /// several threads at once must still all see tables, strikethrough and autolinks.
    @Test func parsesAtOnceAgree() async {
        let markdown = String(repeating: "| a | b |\n|---|---|\n| ~~x~~ | https://x.example |\n\n", count: 50)
        let expected = ModuleDocument.parse(markdown)
        let results = await withTaskGroup(of: Document.self) { group in
            for _ in 0..<64 { group.addTask { ModuleDocument.parse(markdown) } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.allSatisfy { $0 == expected })
    }
}
