import Localization

/// What is wrong with a typed NIP, in the words both the profile form and the CLI show.
public enum NIPText: String, Catalogue {
    case empty, notDigits, wrongLength, birthDate, birthInFuture, serviceMonth
    case serviceBeforeBirth, sex, sequence, implausibleAge, valid

    public static func table(_ language: Language) -> [NIPText: String] {
        language == .english ? english : indonesian
    }

    static let indonesian: [NIPText: String] = [
        .empty: "NIP wajib diisi (18 angka).",
        .notDigits: "NIP hanya berisi angka; \"{character}\" bukan angka.",
        .wrongLength: "NIP terdiri dari 18 angka; yang diketik {count}.",
        .birthDate: "Angka 1–8 NIP harus tanggal lahir yang benar (ttttbbhh).",
        .birthInFuture: "Tanggal lahir (angka 1–8 NIP) ada di masa depan.",
        .serviceMonth: "Angka 13–14 NIP harus bulan TMT 01–12 (atau 21–29 untuk PPPK).",
        .serviceBeforeBirth: "TMT (angka 9–14 NIP) harus sesudah tanggal lahir.",
        .sex: "Angka ke-15 NIP harus 1 (pria) atau 2 (wanita).",
        .sequence: "Nomor urut (angka 16–18 NIP) tidak boleh 000.",
        .implausibleAge: "Periksa lagi: menurut NIP ini, usia saat diangkat {years} tahun.",
        .valid: "NIP benar.",
    ]

    static let english: [NIPText: String] = [
        .empty: "The NIP is required (18 digits).",
        .notDigits: "A NIP holds digits only; \"{character}\" is not a digit.",
        .wrongLength: "A NIP has 18 digits; {count} typed.",
        .birthDate: "Digits 1–8 of a NIP must be a real date of birth (yyyymmdd).",
        .birthInFuture: "The date of birth (digits 1–8 of the NIP) is in the future.",
        .serviceMonth: "Digits 13–14 of a NIP must be the month of service 01–12 (or 21–29 for PPPK).",
        .serviceBeforeBirth: "The start of service (digits 9–14 of the NIP) must come after the date of birth.",
        .sex: "Digit 15 of a NIP must be 1 (man) or 2 (woman).",
        .sequence: "The sequence (digits 16–18 of the NIP) cannot be 000.",
        .implausibleAge: "Check again: by this NIP, the age at appointment was {years}.",
        .valid: "The NIP is valid.",
    ]
}

extension NIP.Problem {
    public func message(in language: Language) -> String {
        switch self {
        case .empty: NIPText.empty.text(in: language)
        case .notDigits(let character): NIPText.notDigits.text(in: language, ["character": String(character)])
        case .wrongLength(let count): NIPText.wrongLength.text(in: language, ["count": String(count)])
        case .birthDate: NIPText.birthDate.text(in: language)
        case .birthInFuture: NIPText.birthInFuture.text(in: language)
        case .serviceMonth: NIPText.serviceMonth.text(in: language)
        case .serviceBeforeBirth: NIPText.serviceBeforeBirth.text(in: language)
        case .sex: NIPText.sex.text(in: language)
        case .sequence: NIPText.sequence.text(in: language)
        }
    }
}

extension NIP.Warning {
    public func message(in language: Language) -> String {
        switch self {
        case .implausibleAgeAtAppointment(let years): NIPText.implausibleAge.text(in: language, ["years": String(years)])
        }
    }
}
