import Foundation
import Markdown
import Testing

/// One golden file per element and width, holding the plain text and the SGR output of the
/// colour and monochrome themes (ESC shown as `\e`), so roles and their styles are both pinned.
struct SnapshotTests {
    static let elements: [(name: String, markdown: String)] = [
        ("paragraph", """
            Setiap *ASN* berhak dan **wajib** mengikuti pengembangan kompetensi paling sedikit \
            20 JP setahun; ~~10 JP~~ tidak cukup. Gunakan `belajar render` untuk pratinjau.
            Baris lunak ini menyambung, sedangkan baris ini\\
            dipaksa pecah. 日本語の文章と絵文字 🎓📚 serta e\u{301} gabungan.
            """),
        ("long-word", "Unduh di https://bpsdm.example.go.id/kursus/pengembangan-kualitas-asn/modul-01-pentingnya-pengembangan-kompetensi.pdf sekarang."),
        ("headings", "# Pengembangan Kualitas ASN\n\n## Strategi pembelajaran mandiri di daerah terpencil\n\n### Tujuan\n\n#### Catatan kecil\n\nTeks."),
        ("lists", """
            1. Baca modul.
            2. Kerjakan kuis sampai nilai kelulusan tercapai, lalu lanjutkan ke modul berikutnya.
               - Satu butir bersarang yang cukup panjang untuk dibungkus dengan indentasi gantung.
                 - Lebih dalam lagi.
            10. Nomor dua digit.

            - Butir longgar pertama.

            - Butir longgar kedua.
            """),
        ("tasks", "- [x] Membaca modul 1\n- [ ] Mengerjakan kuis modul 1 dengan nilai minimal tujuh puluh\n- Butir biasa"),
        ("quote", "> Belajar adalah kewajiban sepanjang hayat.\n>\n> > Kutipan bersarang yang agak panjang agar terbungkus.\n\n---\n\nSetelah garis."),
        ("code", """
            ```swift
            let module = ModuleDocument.parse(text).layout(width: 80, charset: .utf8, language: .indonesian)
            \tif ok { print("selesai") }
            ```
            """),
        ("table", """
            | Modul | JP | Status |
            |:------|---:|:------:|
            | Pentingnya pengembangan | 2 | Selesai |
            | Strategi | 10 | Belum |
            """),
        ("table-shrinks", """
            | Istilah | Penjelasan |
            |---|---|
            | JP | Jam pelajaran: satu JP sama dengan empat puluh lima menit belajar. |
            | NIP | Nomor Induk Pegawai, delapan belas digit yang memuat tanggal lahir. |
            """),
        ("table-too-wide", """
            | Tautan | Keterangan |
            |---|---|
            | https://bpsdm.example.go.id/unduhan/modul-pengembangan-kualitas-asn.pdf | Modul lengkap |
            """),
        ("links", "Lihat [peraturan BKN](https://bkn.go.id/peraturan) dan <https://lan.go.id>, juga [peraturan BKN](https://bkn.go.id/peraturan) lagi. Surel: info@example.org."),
        ("image-html", "![Diagram alur belajar](media/alur.png)\n\nTeks dengan <b>HTML</b> mentah.\n\n<div class=\"catatan\">\nBlok HTML\n</div>"),
    ]

    static let widths = [80, 40, 20]

    @Test(arguments: elements.indices, widths)
    func element(_ index: Int, width: Int) {
        let (name, markdown) = Self.elements[index]
        let module = render(markdown, width: width)
        checkInvariants(module, width: width, input: markdown)
        expectSnapshot(Self.snapshot(module), named: "\(name)-\(width)")
    }

    @Test(arguments: widths)
    func asciiFallback(width: Int) {
        let markdown = Self.elements.map(\.markdown).joined(separator: "\n\n")
        let module = render(markdown, width: width, charset: .ascii)
        // Every non-ASCII character shown must come from the course text, none from decoration.
        let added = Set(texts(module).joined().unicodeScalars).subtracting(markdown.unicodeScalars)
        let nonASCII = added.filter { !$0.isASCII }
        #expect(nonASCII.isEmpty, "decoration not ASCII: \(nonASCII)")
        expectSnapshot(texts(module).joined(separator: "\n") + "\n", named: "ascii-\(width)")
    }

    static func snapshot(_ module: RenderedModule) -> String {
        let visible = { (text: String) in text.replacingOccurrences(of: "\u{1B}", with: "\\e") }
        return "--- text\n" + module.terminalText(theme: nil)
            + "--- colour\n" + visible(module.terminalText(theme: .colour))
            + "--- monochrome\n" + visible(module.terminalText(theme: .monochrome))
    }
}
