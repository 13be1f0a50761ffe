import Foundation
@testable import Markdown
import Testing

/// Autolinks are found by `Autolinker`, not cmark-gfm's extension, so the GFM spec's own
/// autolink examples are the reference: every link their HTML shows, with its destination and
/// text, and no other link.
struct AutolinkTests {
    @Test func specAutolinkExamples() throws {
        let examples = try PropertyTests.specExamples().filter { $0.extensionName == "autolink" }
        #expect(examples.count >= 10, "autolink examples found: \(examples.count)")
        for example in examples {
            let found = ModuleDocument.parse(example.markdown).blocks.flatMap(\.links)
            #expect(found == Self.links(inHTML: example.html), "\(example.markdown)")
        }
    }

    @Test func linksAreNumberedLikeWrittenOnes() {
        let module = ModuleDocument.parse("Lihat www.bkn.go.id/asn dan [BKN](https://bkn.go.id).\n").layout(width: 80)
        #expect(module.links.map(\.destination) == ["http://www.bkn.go.id/asn", "https://bkn.go.id"])
        #expect(module.lines.first?.text == "Lihat www.bkn.go.id/asn[1] dan BKN[2].")
    }

    @Test func noAutolinkInsideLinksCodeOrWords() {
        let markdown = "[www.a.example](https://b.example) `www.c.example` kata@ xwww.d.example tanpa://e\n"
        let links = ModuleDocument.parse(markdown).blocks.flatMap(\.links)
        #expect(links == [Link(destination: "https://b.example", text: "www.a.example")])
    }

    @Test func textAroundALinkIsKept() {
        let text = "(surel ke admin@bpsdm.example.go.id, atau buka https://x.example/a_(b)).\n"
        let inlines = ModuleDocument.parse(text).blocks.flatMap(\.links)
        #expect(inlines == [Link(destination: "mailto:admin@bpsdm.example.go.id", text: "admin@bpsdm.example.go.id"),
                            Link(destination: "https://x.example/a_(b)", text: "https://x.example/a_(b)")])
        #expect(ModuleDocument.parse(text).layout(width: 200).lines.first?.text
                == "(surel ke admin@bpsdm.example.go.id[1], atau buka https://x.example/a_(b)[2]).")
    }

    struct Link: Equatable {
        var destination: String
        var text: String
    }

    /// `<a href="...">...</a>` pairs of the spec's HTML, with its entities decoded.
    static func links(inHTML html: String) -> [Link] {
        let pattern = try! NSRegularExpression(pattern: #"<a href="([^"]*)">(.*?)</a>"#)
        let range = NSRange(html.startIndex..., in: html)
        return pattern.matches(in: html, range: range).map { match in
            let part = { (index: Int) in String(html[Range(match.range(at: index), in: html)!]) }
            return Link(destination: decoded(part(1)), text: decoded(part(2)))
        }
    }

    static func decoded(_ html: String) -> String {
        html.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&quot;", with: "\"")
    }
}

private extension Block {
    var links: [AutolinkTests.Link] {
        switch self {
        case .paragraph(let inlines), .heading(_, let inlines): inlines.flatMap(\.links)
        case .quote(let blocks): blocks.flatMap(\.links)
        case .list(let list): list.items.flatMap { $0.blocks.flatMap(\.links) }
        case .table(let table): table.rows.flatMap { $0.flatMap { $0.flatMap(\.links) } }
        case .code, .html, .thematicBreak: []
        }
    }
}

private extension Inline {
    var links: [AutolinkTests.Link] {
        switch self {
        case .link(let destination, let inlines): [AutolinkTests.Link(destination: destination, text: inlines.plainText)]
        case .emphasis(let inlines), .strong(let inlines), .strikethrough(let inlines): inlines.flatMap(\.links)
        case .text, .code, .html, .image, .softBreak, .lineBreak: []
        }
    }
}
