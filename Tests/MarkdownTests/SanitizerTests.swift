import Foundation
import Canvas
import Markdown
import Testing

/// Hostile course text for each sanitizing rule, through the whole path a module takes: cmark
/// decodes the entities into real control characters, and none may reach a rendered line.
struct SanitizerTests {
    static let placeholder = "\u{FFFD}"

    /// (rule, hostile markdown, what must still be visible afterwards)
    static let hostile: [(rule: String, markdown: String, kept: String)] = [
        ("CSI via entity", "merah &#27;[31mteks&#27;[0m biasa", "merah teks biasa"),
        ("CSI with private parameters", "layar &#27;[?1049h penuh", "layar  penuh"),
        ("OSC 8 hyperlink ended by ST", "klik &#27;]8;;jahat.example&#27;\\di sini&#27;]8;;&#27;\\ ya", "klik di sini ya"),
        ("OSC 52 clipboard ended by BEL", "salin &#27;]52;c;cm0gLXJmIH4=&#7;selesai", "salin selesai"),
        ("OSC title", "judul &#27;]0;dibajak&#7;aman", "judul aman"),
        ("DCS", "a &#27;Pq#0;2;0;0;0#1~~&#27;\\b", "a b"),
        ("APC", "a &#27;_perintah rahasia&#27;\\b", "a b"),
        ("PM and SOS", "a &#27;^pesan&#27;\\b &#27;Xmulai&#27;\\c", "a b c"),
        ("short ESC sequences", "a &#27;c&#27;(0b &#27;7c", "a b c"),
        ("8-bit CSI (C1)", "a &#x9b;31mmerah&#x9b;0m b", "a merah b"),
        ("8-bit OSC (C1)", "a &#x9d;8;;x.example&#x9c;tautan b", "a tautan b"),
        ("other C1 codes", "a&#x85;b&#x8d;c&#x90;", "abc"),
        ("C0 controls", "bel&#7; bs&#8; cr&#13; vt&#11; ff&#12; so&#14;", "bel bs cr vt ff so"),
        ("DEL", "hapus&#127;ini", "hapusini"),
        ("bidi overrides", "harga &#x202E;0001&#x202C; rupiah &#x202A;x&#x202B;y&#x202D;z", "harga 0001 rupiah xyz"),
        ("bidi isolates", "a&#x2066;b&#x2067;c&#x2068;d&#x2069;e", "abcde"),
        ("unterminated OSC keeps the text", "awal &#27;]8;;x.example teks tetap", "x.example teks tetap"),
        ("unterminated CSI keeps the text", "awal &#27;[31;\n\nlanjut", "[31;"),
        ("lone ESC at the end", "akhir &#27;", "akhir"),
        ("raw ESC bytes in the file", "mentah \u{1B}[2J\u{1B}]0;x\u{07}bersih", "mentah bersih"),
        ("raw C1 scalar in the file", "mentah \u{9B}31mwarna", "mentah warna"),
    ]

    @Test(arguments: hostile.indices)
    func ruleInParagraph(_ index: Int) {
        let (rule, markdown, kept) = Self.hostile[index]
        let module = render(markdown)
        checkInvariants(module, width: 80, input: markdown)
        let shown = texts(module).joined(separator: "\n")
        let withoutPlaceholders = shown.replacingOccurrences(of: Self.placeholder, with: "")
        #expect(withoutPlaceholders.contains(kept), "\(rule): \(shown.debugDescription)")
    }

    /// Each place course text can come from: code spans and blocks, link targets (the links list),
    /// image alt text, table cells, headings (and the table of contents), raw HTML.
    @Test(arguments: [
        "`kode &#27;[31m`",
        "```\nkode \u{1B}]52;c;eA==\u{07} blok\n```",
        "[teks](https://x.example/&#27;]8;;jahat&#27;\\)",
        "<https://x.example/\u{9B}31m>",
        "![alt &#27;[31m merah](gambar.png)",
        "| a | b |\n|---|---|\n| &#27;[31m | &#x202E;x |",
        "# Judul &#27;]0;dibajak&#7;",
        "<div>\u{1B}[31m\u{9B}1m</div>",
        "Teks <span>\u{1B}P rahasia \u{1B}\\</span>",
    ])
    func everySource(_ markdown: String) {
        let module = render(markdown, width: 40)
        checkInvariants(module, width: 40, input: markdown)
        for heading in module.headings { #expect(!heading.title.unicodeScalars.contains(where: isForbidden)) }
        for link in module.links { #expect(!link.destination.unicodeScalars.contains(where: isForbidden)) }
    }

    @Test func completeSequenceBecomesOnePlaceholder() {
        #expect(Sanitizer.clean("a\u{1B}[1;31mb") == "a\u{FFFD}b")
        #expect(Sanitizer.clean("a\u{1B}]8;;http://x\u{1B}\\b") == "a\u{FFFD}b")
    }

    @Test func cleanTextIsUntouched() {
        let text = "Kinerja ASN — café 日本 🎓\tkolom\nbaris"
        #expect(Sanitizer.clean(text) == text)
    }
}
