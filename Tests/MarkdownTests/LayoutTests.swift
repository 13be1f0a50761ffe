import Markdown
import Testing

struct LayoutTests {
    @Test func headingsKeepTheirLineNumbers() {
        let module = render("# Satu\n\nTeks.\n\n## Dua *miring*\n\n### Tiga\n\nAkhir.")
        #expect(module.headings.map(\.title) == ["Satu", "Dua miring", "Tiga"])
        #expect(module.headings.map(\.level) == [1, 2, 3])
        for heading in module.headings {
            #expect(module.lines[heading.line].text.hasPrefix(heading.title.prefix(3)))
        }
    }

    @Test func linksAreNumberedOnceAndListedAtTheEnd() {
        let module = render("[a](https://a.example) [b](https://b.example) [lagi](https://a.example)", width: 80)
        #expect(module.links.map(\.destination) == ["https://a.example", "https://b.example"])
        #expect(module.lines[0].text == "a[1] b[2] lagi[1]")
        let list = texts(module).suffix(3)
        #expect(Array(list) == ["Tautan", "[1] https://a.example", "[2] https://b.example"])
    }

    @Test func imagesAreShownByTheirAltTextInTheUsersLanguage() {
        let document = ModuleDocument.parse("![Peta wilayah](peta.png)")
        #expect(document.layout(width: 40).lines[0].text == "[gambar: Peta wilayah]")
        #expect(document.layout(width: 40, language: .english).lines[0].text == "[image: Peta wilayah]")
    }

    @Test func wrappingNeverSplitsAGrapheme() {
        let family = "👩‍👩‍👧"
        let input = String(repeating: "e\u{301}" + family + "日", count: 40)
        let module = render(input, width: 11)
        #expect(module.lines.map(\.text).joined() == input, "no grapheme lost or split")
        checkInvariants(module, width: 11, input: input)
    }

    @Test func listsHangTheirIndent() {
        let module = render("- satu dua tiga empat lima enam tujuh delapan sembilan sepuluh", width: 20)
        #expect(texts(module) == ["• satu dua tiga", "  empat lima enam", "  tujuh delapan", "  sembilan sepuluh"])
    }

    @Test func deepNestingStopsIndentingBeforeTheTextHasNoRoom() {
        let input = (0..<12).map { String(repeating: "  ", count: $0) + "- butir \($0)" }.joined(separator: "\n")
        let module = render(input, width: 20)
        checkInvariants(module, width: 20, input: input)
        for line in module.lines { #expect(line.text.prefix { $0 == " " }.count <= 20 - 12) }
    }

    @Test func tableTooWideKeepsEveryCellWhole() {
        let url = "https://bpsdm.example.go.id/unduhan/modul-pengembangan-kualitas-asn.pdf"
        let module = render("| Tautan | Ket |\n|---|---|\n| \(url) | ok |", width: 40)
        #expect(module.scrollsSideways)
        #expect(texts(module).contains { $0.contains(url) })
    }

    @Test func tableThatCanShrinkWrapsItsCellsWithinTheWidth() {
        let long = "jam pelajaran satu JP sama dengan empat puluh lima menit"
        let module = render("| JP | Arti |\n|---|---|\n| 1 | \(long) |", width: 30)
        #expect(!module.scrollsSideways)
        let words = texts(module).joined(separator: " ").split(whereSeparator: { " │".contains($0) })
        #expect(words.joined(separator: " ").contains(long), "every word, in order")
    }

    @Test func codeKeepsItsLinesAndMarksWraps() {
        let code = "let x = 1\n    indented\n" + String(repeating: "y", count: 50)
        let module = render("```\n\(code)\n```", width: 20)
        #expect(texts(module).prefix(2) == ["  let x = 1", "      indented"])
        #expect(module.lines[2].text.hasSuffix("↩"))
        let rejoined = texts(module).dropFirst(2).map { $0.dropFirst(2).replacingOccurrences(of: "↩", with: "") }.joined()
        #expect(rejoined == String(repeating: "y", count: 50))
    }

    @Test func tasksShowCheckBoxes() {
        #expect(texts(render("- [x] selesai\n- [ ] belum")) == ["☑ selesai", "☐ belum"])
        #expect(texts(render("- [x] selesai\n- [ ] belum", charset: .ascii)) == ["[x] selesai", "[ ] belum"])
    }

    @Test func rolesOfInlineText() {
        let line = render("**tebal** *miring* `kode` ~~coret~~ [tautan](x)").lines[0]
        let roles = Dictionary(line.runs.map { ($0.text, $0.role) }, uniquingKeysWith: { a, _ in a })
        #expect(roles["tebal"] == .strong)
        #expect(roles["miring"] == .emphasis)
        #expect(roles["kode"] == .code)
        #expect(roles["coret"] == .strikethrough)
        #expect(roles["tautan"] == .link)
        #expect(roles["[1]"] == .linkNumber)
    }

    @Test func themesMapRoles() {
        #expect(Theme.monochrome.style(for: [.strong, .link]) == .init(bold: true, underline: true))
        #expect(Theme.monochrome.style(for: .heading1).foreground == nil)
        #expect(Theme.colour.style(for: .heading2).foreground != nil)
        for role in [Role.heading1, .heading2, .heading3] {
            #expect(Theme.monochrome.style(for: role) != .plain, "headings stand out without colour")
        }
    }

    @Test func colourChoice() {
        #expect(ColorChoice.auto.theme(isTerminal: false, environment: [:]) == nil)
        #expect(ColorChoice.auto.theme(isTerminal: true, environment: [:]) == .colour)
        #expect(ColorChoice.auto.theme(isTerminal: true, environment: ["NO_COLOR": "1"]) == .monochrome)
        #expect(ColorChoice.always.theme(isTerminal: false, environment: ["NO_COLOR": "1"]) == .colour)
        #expect(ColorChoice.never.theme(isTerminal: true, environment: [:]) == nil)
    }

    @Test func plainOutputHasNoEscape() {
        let module = render("# Judul\n\n**tebal**")
        #expect(!module.terminalText(theme: nil).contains("\u{1B}"))
        #expect(module.terminalText(theme: .colour).contains("\u{1B}[0;1;4;35m"))
    }
}
