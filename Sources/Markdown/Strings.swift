import Localization

/// Every string this module and `belajar render` show, one table per language.
public enum MarkdownText: String, CaseIterable, Sendable {
    case image
    case links
    case cannotRead
    case invalidUTF8
    case badWidth
    case badColor
    case plainTooLarge, plainTooSlow, plainTooMuchMemory, plainUnchecked

    public static let indonesian: [MarkdownText: String] = [
        .image: "gambar",
        .links: "Tautan",
        .cannotRead: "Galat: berkas %@ tidak dapat dibaca (%@). Periksa nama dan izin berkasnya.",
        .invalidUTF8: "Peringatan: %@ bukan UTF-8 yang sah; bita yang rusak ditampilkan sebagai �. Simpan ulang berkas sebagai UTF-8.",
        .badWidth: "Galat: --width harus bilangan antara 10 dan 1000, bukan %@.",
        .badColor: "Galat: --color harus auto, always, atau never, bukan %@.",
        .plainTooLarge: "Modul ini %@ MB (batas %@ MB): ditampilkan sebagai teks polos.",
        .plainTooSlow: "Modul ini tidak selesai ditata dalam %@ detik: ditampilkan sebagai teks polos.",
        .plainTooMuchMemory: "Menata modul ini butuh lebih dari %@ MB memori: ditampilkan sebagai teks polos.",
        .plainUnchecked: "Modul besar ini tidak bisa diperiksa lebih dulu: ditampilkan sebagai teks polos.",
    ]

    public static let english: [MarkdownText: String] = [
        .image: "image",
        .links: "Links",
        .cannotRead: "Error: cannot read file %@ (%@). Check its name and permissions.",
        .invalidUTF8: "Warning: %@ is not valid UTF-8; broken bytes are shown as �. Save the file again as UTF-8.",
        .badWidth: "Error: --width must be a number from 10 to 1000, not %@.",
        .badColor: "Error: --color must be auto, always or never, not %@.",
        .plainTooLarge: "This module is %@ MB (the limit is %@ MB): shown as plain text.",
        .plainTooSlow: "This module did not lay out within %@ s: shown as plain text.",
        .plainTooMuchMemory: "Laying out this module needs more than %@ MB of memory: shown as plain text.",
        .plainUnchecked: "This large module could not be checked first: shown as plain text.",
    ]

    public static func table(_ language: Language) -> [MarkdownText: String] {
        language == .english ? english : indonesian
    }

    /// The text in `language`, with each `%@` replaced by the next argument.
    public func text(_ language: Language, _ arguments: String...) -> String {
        let template = Self.table(language)[self] ?? rawValue
        var result = ""
        var remaining = arguments[...]
        var rest = Substring(template)
        while let range = rest.firstRange(of: "%@") {
            result += rest[..<range.lowerBound]
            result += remaining.popFirst() ?? ""
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
