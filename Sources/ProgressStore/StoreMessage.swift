import Localization

/// Every sentence the store can say to a person, one table per language.
/// `{name}` placeholders are filled from the arguments of `text(in:_:)`.
public enum StoreMessage: String, CaseIterable, Sendable {
    case nipEmpty, nipNotDigits, nipWrongLength, nipBirthDate, nipBirthInFuture, nipServiceMonth
    case nipServiceBeforeBirth, nipSex, nipSequence, nipImplausibleAge
    case learnerUnknown, learnerExists, learnerNameEmpty
    case folderMissing, folderNotWritable, fileNotWritable, notAStore, corrupt, newerVersion
    case diskFull, busy, storageFailure, deviceFailure
    case attemptLimit, attemptFinished, attemptUnknown, moduleUnknown
    case learnerAdded, learnerRemoved, noLearners, noCourses
    case headingNIP, headingName, headingAgency, headingUnit, headingCourse, headingProgress, headingCompleted
    case headingJP, yearSummary, notCompleted
    case pinNotDigits, pinLength, pinWrong, pinWrongWait, pinWait, pinResetReason, pinResetNotOwner
    case pinSet, pinResetDone, pinResetsNone, settingSet, settingUnknown, settingValue

    public func text(in language: Language, _ arguments: [String: String] = [:]) -> String {
        let table = language == .english ? Self.english : Self.indonesian
        return arguments.reduce(table[self] ?? rawValue) { text, argument in
            text.replacingOccurrences(of: "{\(argument.key)}", with: argument.value)
        }
    }

    static let indonesian: [StoreMessage: String] = [
        .nipEmpty: "NIP kosong. Ketik 18 angka NIP, misalnya 19860926 201505 1 001.",
        .nipNotDigits: "NIP hanya boleh berisi angka (spasi, titik dan tanda hubung diabaikan), bukan \"{character}\".",
        .nipWrongLength: "NIP harus 18 angka; yang diketik {count} angka. Periksa kembali NIP Anda.",
        .nipBirthDate: "Angka 1–8 NIP harus tanggal lahir yang benar (tttthhbb). Periksa kembali NIP Anda.",
        .nipBirthInFuture: "Tanggal lahir pada angka 1–8 NIP belum terjadi. Periksa kembali NIP Anda.",
        .nipServiceMonth: "Angka 13–14 NIP harus bulan TMT 01–12 (atau 21–29 untuk PPPK). Periksa kembali NIP Anda.",
        .nipServiceBeforeBirth: "TMT pada angka 9–14 NIP harus sesudah tanggal lahir. Periksa kembali NIP Anda.",
        .nipSex: "Angka ke-15 NIP harus 1 (pria) atau 2 (wanita). Periksa kembali NIP Anda.",
        .nipSequence: "Tiga angka terakhir NIP (nomor urut) tidak boleh 000. Periksa kembali NIP Anda.",
        .nipImplausibleAge: "Peringatan: menurut NIP ini, usia saat pengangkatan {years} tahun. Pastikan NIP sudah benar.",
        .learnerUnknown: "Peserta dengan NIP {nip} belum terdaftar di perangkat ini. Tambahkan dengan: belajar learner add {nip} --name \"Nama\".",
        .learnerExists: "Peserta dengan NIP {nip} sudah terdaftar.",
        .learnerNameEmpty: "Nama peserta tidak boleh kosong. Isi dengan --name \"Nama Lengkap\".",
        .folderMissing: "Folder {path} tidak ada. Buat folder itu dulu atau pilih lokasi lain dengan --store.",
        .folderNotWritable: "Folder {path} tidak bisa ditulisi. Periksa izinnya atau pilih lokasi lain dengan --store.",
        .fileNotWritable: "Berkas {path} tidak bisa ditulisi. Periksa izinnya atau pilih lokasi lain dengan --store.",
        .notAStore: "Berkas {path} bukan penyimpanan belajar (bukan basis data SQLite). Berkas itu tidak diubah; pilih berkas lain dengan --store.",
        .corrupt: "Penyimpanan {path} rusak dan tidak bisa dibaca. Berkas itu tidak diubah; simpan salinannya dan hubungi petugas TI.",
        .newerVersion: "Penyimpanan {path} dibuat oleh versi belajar yang lebih baru. Berkas itu tidak diubah; perbarui belajar untuk membukanya.",
        .diskFull: "Disk penuh: catatan terakhir tidak tersimpan, catatan sebelumnya aman di {path}. Kosongkan ruang disk lalu ulangi.",
        .busy: "Penyimpanan {path} sedang dipakai terlalu lama oleh belajar lain (jendela lain, atau pengguna lain di komputer ini). Tutup belajar yang lain itu lalu ulangi; tidak ada catatan yang hilang.",
        .storageFailure: "Penyimpanan {path} tidak bisa dipakai: {detail}.",
        .deviceFailure: "Penyimpanan {path} tidak bisa dibaca atau ditulis: disknya bermasalah atau dicabut. Catatan yang tersimpan sebelumnya aman; periksa disk itu lalu ulangi.",
        .attemptLimit: "Batas {max} kali mengerjakan kuis ini sudah tercapai.",
        .attemptFinished: "Percobaan kuis ini sudah selesai; mulai percobaan baru untuk menjawab lagi.",
        .attemptUnknown: "Percobaan kuis {attempt} tidak ditemukan di penyimpanan.",
        .moduleUnknown: "Modul {module} tidak ada di kursus {course}.",
        .learnerAdded: "Peserta ditambahkan: {name} ({nip}).",
        .learnerRemoved: "Peserta {nip} dihapus dari daftar. Catatannya tetap tersimpan dan tetap dikirim ke kantor pusat.",
        .noLearners: "Belum ada peserta. Tambahkan dengan: belajar learner add NIP --name \"Nama\".",
        .noCourses: "Belum ada catatan kursus.",
        .headingNIP: "NIP",
        .headingName: "Nama",
        .headingAgency: "Instansi",
        .headingUnit: "Unit kerja",
        .headingCourse: "Kursus",
        .headingProgress: "Kemajuan",
        .headingCompleted: "Selesai",
        .headingJP: "JP",
        .yearSummary: "{name} ({nip}): {earned} dari {target} JP pada tahun {year}",
        .notCompleted: "Belum selesai",
        .pinNotDigits: "PIN hanya boleh berisi angka.",
        .pinLength: "PIN harus 4 sampai 8 angka; yang diketik {count} angka.",
        .pinWrong: "PIN salah. Coba lagi.",
        .pinWrongWait: "PIN salah. Coba lagi dalam {seconds} detik. Lupa PIN? Minta petugas kantor mengatur ulang.",
        .pinWait: "Terlalu banyak PIN salah: tunggu {seconds} detik lagi. Lupa PIN? Minta petugas kantor mengatur ulang.",
        .pinResetReason: "Tulis alasan pengaturan ulang PIN dengan --reason \"...\"; alasannya dicatat.",
        .pinResetNotOwner: "Hanya akun pemilik penyimpanan {path} ({owner}) yang boleh mengatur ulang PIN.",
        .pinSet: "PIN peserta {nip} disimpan.",
        .pinResetDone: "PIN peserta {nip} diatur ulang dan dicatat (alasan: {reason}). Peserta membuat PIN baru saat masuk berikutnya.",
        .pinResetsNone: "Belum pernah ada PIN yang diatur ulang di perangkat ini.",
        .settingSet: "Pengaturan {key} = {value}.",
        .settingUnknown: "Pengaturan {key} tidak dikenal. Yang bisa diatur: {keys}.",
        .settingValue: "Nilai {value} tidak berlaku untuk {key}: {expected}.",
    ]

    static let english: [StoreMessage: String] = [
        .nipEmpty: "The NIP is empty. Type its 18 digits, for example 19860926 201505 1 001.",
        .nipNotDigits: "A NIP holds digits only (spaces, dots and dashes are ignored), not \"{character}\".",
        .nipWrongLength: "A NIP has 18 digits; this one has {count}. Check the NIP.",
        .nipBirthDate: "Digits 1–8 of a NIP must be a real date of birth (yyyymmdd). Check the NIP.",
        .nipBirthInFuture: "The date of birth in digits 1–8 of the NIP is in the future. Check the NIP.",
        .nipServiceMonth: "Digits 13–14 of a NIP must be the month of service 01–12 (or 21–29 for PPPK). Check the NIP.",
        .nipServiceBeforeBirth: "The start of service in digits 9–14 must come after the date of birth. Check the NIP.",
        .nipSex: "Digit 15 of a NIP must be 1 (man) or 2 (woman). Check the NIP.",
        .nipSequence: "The last three digits of a NIP (the sequence) cannot be 000. Check the NIP.",
        .nipImplausibleAge: "Warning: by this NIP, the age at appointment was {years}. Make sure the NIP is right.",
        .learnerUnknown: "No learner with NIP {nip} on this device. Add one with: belajar learner add {nip} --name \"Name\".",
        .learnerExists: "A learner with NIP {nip} already exists.",
        .learnerNameEmpty: "The learner's name cannot be empty. Give it with --name \"Full Name\".",
        .folderMissing: "The folder {path} does not exist. Create it first or choose another place with --store.",
        .folderNotWritable: "The folder {path} cannot be written to. Check its permissions or choose another place with --store.",
        .fileNotWritable: "The file {path} cannot be written to. Check its permissions or choose another place with --store.",
        .notAStore: "The file {path} is not a belajar store (not an SQLite database). It was left untouched; choose another file with --store.",
        .corrupt: "The store {path} is damaged and cannot be read. It was left untouched; keep a copy and contact IT support.",
        .newerVersion: "The store {path} was made by a newer version of belajar. It was left untouched; update belajar to open it.",
        .diskFull: "The disk is full: the last record was not saved, earlier records are safe in {path}. Free some disk space and try again.",
        .busy: "The store {path} has been in use by another belajar for too long (another window, or another user of this computer). Close that other belajar and try again; no record was lost.",
        .storageFailure: "The store {path} cannot be used: {detail}.",
        .deviceFailure: "The store {path} cannot be read or written: its disk is failing or was removed. Records saved before are safe; check that disk and try again.",
        .attemptLimit: "The limit of {max} attempts at this quiz has been reached.",
        .attemptFinished: "This quiz attempt is finished; start a new attempt to answer again.",
        .attemptUnknown: "Quiz attempt {attempt} is not in the store.",
        .moduleUnknown: "Module {module} is not in course {course}.",
        .learnerAdded: "Learner added: {name} ({nip}).",
        .learnerRemoved: "Learner {nip} removed from the list. Their records stay stored and still go to the central office.",
        .noLearners: "No learners yet. Add one with: belajar learner add NIP --name \"Name\".",
        .noCourses: "No course records yet.",
        .headingNIP: "NIP",
        .headingName: "Name",
        .headingAgency: "Agency",
        .headingUnit: "Unit",
        .headingCourse: "Course",
        .headingProgress: "Progress",
        .headingCompleted: "Completed",
        .headingJP: "JP",
        .yearSummary: "{name} ({nip}): {earned} of {target} JP in {year}",
        .notCompleted: "Not completed",
        .pinNotDigits: "A PIN holds digits only.",
        .pinLength: "A PIN has 4 to 8 digits; this one has {count}.",
        .pinWrong: "Wrong PIN. Try again.",
        .pinWrongWait: "Wrong PIN. Try again in {seconds} seconds. Forgot it? Ask the office to reset it.",
        .pinWait: "Too many wrong PINs: wait {seconds} more seconds. Forgot it? Ask the office to reset it.",
        .pinResetReason: "Give the reason for the reset with --reason \"...\"; it is recorded.",
        .pinResetNotOwner: "Only the account that owns the store {path} ({owner}) may reset a PIN.",
        .pinSet: "PIN of learner {nip} saved.",
        .pinResetDone: "PIN of learner {nip} reset and recorded (reason: {reason}). The learner sets a new PIN at their next start.",
        .pinResetsNone: "No PIN was ever reset on this device.",
        .settingSet: "Setting {key} = {value}.",
        .settingUnknown: "Unknown setting {key}. These can be set: {keys}.",
        .settingValue: "The value {value} does not fit {key}: {expected}.",
    ]
}
