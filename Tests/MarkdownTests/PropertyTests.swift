import Foundation
import Markdown
import Testing
import TestSupport

/// Whatever the input and width: no crash, no line wider than the width (except a table that
/// cannot shrink), no control character in the output.
struct PropertyTests {
    static let specPath = "/usr/share/doc/cmark-gfm/spec.txt.gz"

    /// One example of the spec: its Markdown, the HTML it must give, and the extension it
    /// belongs to ("autolink", "table"; empty for CommonMark's own).
    struct SpecExample {
        var markdown: String
        var html: String
        var extensionName: String
    }

    /// The CommonMark spec's examples, as shipped by Debian's `cmark-gfm` package
    /// (`scripts/setup --test` installs it).
    static func specExamples() throws -> [SpecExample] {
        let spec = try Execution("/bin/gzip", ["-dc", specPath]).output
        let fence = "```````````````````````````````` example"
        var examples: [SpecExample] = []
        var current: (extensionName: String, markdown: [Substring], html: [Substring]?)?
        for line in spec.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix(fence) {
                current = (line.dropFirst(fence.count).trimmingCharacters(in: .whitespaces), [], nil)
            } else if line == ".", current != nil, current?.html == nil {
                current?.html = []
            } else if line.hasPrefix("````````````````````````````````"), let example = current {
                let markdown = example.markdown.joined(separator: "\n").replacingOccurrences(of: "→", with: "\t") + "\n"
                examples.append(SpecExample(markdown: markdown, html: (example.html ?? []).joined(separator: "\n"),
                                            extensionName: example.extensionName))
                current = nil
            } else if current?.html != nil {
                current?.html?.append(line)
            } else {
                current?.markdown.append(line)
            }
        }
        return examples
    }

    @Test func specExamples() throws {
        let examples = try Self.specExamples().map(\.markdown)
        #expect(examples.count > 600, "spec examples found: \(examples.count)")
        let document = examples.joined(separator: "\n\n")
        for width in [80, 40, 20, 13] {
            for example in examples {
                checkInvariants(render(example, width: width), width: width, input: example)
            }
            checkInvariants(render(document, width: width), width: width, input: "the whole spec")
        }
    }

    /// Pieces that make Markdown interesting, and that break naive renderers.
    static let alphabet: [String] = [
        "a", "kata", " ", "  ", "\n", "\n\n", "\t", "*", "**", "_", "~~", "`", "```\n", "#", "## ",
        "> ", "- ", "1. ", "- [ ] ", "- [x] ", "|", "| a | b |\n|---|:-:|\n", "[", "]", "(", ")",
        "](http://x.example/a_b)", "<", ">", "<div>", "&#27;", "&#x9b;", "&#7;", "&#x202e;", "\\",
        "https://example.org/", "www.contoh.id", "日本語", "🎓", "👩‍💻", "e\u{301}", "\u{200B}", "\u{FFFD}",
        "\u{1B}[31m", "\u{9B}", "\u{0}", "\u{7F}", "---\n", "    kode\n", "![alt](x.png)", "\u{0301}",
    ]

    @Test(arguments: 0..<40)
    func randomInputs(_ seed: Int) {
        var generator = SplitMix64(seed: UInt64(seed))
        for _ in 0..<10 {
            let count = Int.random(in: 1...300, using: &generator)
            let input = (0..<count).map { _ in Self.alphabet.randomElement(using: &generator)! }.joined()
            let width = Int.random(in: 10...100, using: &generator)
            checkInvariants(render(input, width: width), width: width, input: input)
        }
    }
}

/// `parseAndLayout` converts on a second thread while it lays out: whatever the input, it must
/// give what `parse` then `layout` give, block for block and line for line.
struct PipelineTests {
    static func expectSame(_ markdown: String, width: Int) {
        let document = ModuleDocument.parse(markdown)
        let together = ModuleDocument.parseAndLayout(markdown, width: width)
        #expect(together.document == document, "\(markdown)")
        #expect(together.rendered == document.layout(width: width), "\(markdown)")
    }

    @Test func specExamplesAndTheWholeSpec() throws {
        let examples = try PropertyTests.specExamples().map(\.markdown)
        for example in examples { Self.expectSame(example, width: 40) }
        Self.expectSame(examples.joined(separator: "\n\n"), width: 80)
    }

    @Test(arguments: 0..<10)
    func randomInputs(_ seed: Int) {
        var generator = SplitMix64(seed: UInt64(seed))
        let count = Int.random(in: 1...3000, using: &generator)
        let input = (0..<count).map { _ in PropertyTests.alphabet.randomElement(using: &generator)! }.joined()
        Self.expectSame(input, width: Int.random(in: 10...100, using: &generator))
    }

    @Test func emptyModule() {
        Self.expectSame("", width: 80)
    }
}
