import Localization

/// Every string this module and `belajar render` show, one table per language.
public enum MarkdownText: String, Catalogue {
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
        .cannotRead: "Galat: berkas {file} tidak dapat dibaca ({reason}). Periksa nama dan izin berkasnya.",
        .invalidUTF8: "Peringatan: {file} bukan UTF-8 yang sah; bita yang rusak ditampilkan sebagai �. Simpan ulang berkas sebagai UTF-8.",
        .badWidth: "Galat: --width harus bilangan antara 10 dan 1000, bukan {value}.",
        .badColor: "Galat: --color harus auto, always, atau never, bukan {value}.",
        .plainTooLarge: "Modul ini {size} (batas {limit}): ditampilkan sebagai teks polos.",
        .plainTooSlow: "Modul ini tidak selesai ditata dalam {seconds} detik: ditampilkan sebagai teks polos.",
        .plainTooMuchMemory: "Menata modul ini butuh lebih dari {limit} memori: ditampilkan sebagai teks polos.",
        .plainUnchecked: "Modul besar ini tidak bisa diperiksa lebih dulu: ditampilkan sebagai teks polos.",
    ]

    public static let english: [MarkdownText: String] = [
        .image: "image",
        .links: "Links",
        .cannotRead: "Error: cannot read file {file} ({reason}). Check its name and permissions.",
        .invalidUTF8: "Warning: {file} is not valid UTF-8; broken bytes are shown as �. Save the file again as UTF-8.",
        .badWidth: "Error: --width must be a number from 10 to 1000, not {value}.",
        .badColor: "Error: --color must be auto, always or never, not {value}.",
        .plainTooLarge: "This module is {size} (the limit is {limit}): shown as plain text.",
        .plainTooSlow: "This module did not lay out within {seconds} s: shown as plain text.",
        .plainTooMuchMemory: "Laying out this module needs more than {limit} of memory: shown as plain text.",
        .plainUnchecked: "This large module could not be checked first: shown as plain text.",
    ]

    public static func table(_ language: Language) -> [MarkdownText: String] {
        language == .english ? english : indonesian
    }
}
