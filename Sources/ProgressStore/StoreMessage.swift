import Localization

/// Every sentence the store can say to a person, one table per language.
public enum StoreMessage: String, Catalogue {
    case learnerUnknown, learnerExists, learnerNameEmpty
    case folderMissing, folderNotWritable, fileNotWritable, notAStore, corrupt, newerVersion
    case diskFull, busy, storageFailure, deviceFailure
    case attemptLimit, attemptFinished, attemptUnknown, moduleUnknown
    case learnerAdded, learnerRemoved, noLearners, noCourses
    case headingNIP, headingName, headingAgency, headingUnit, headingCourse, headingProgress, headingCompleted
    case headingJP, yearSummary, notCompleted
    case pinNotDigits, pinLength, pinWrong, pinWrongWait, pinWait, pinResetReason, pinResetNotOwner
    case pinSet, pinResetDone, pinResetsNone, settingSet, settingUnknown, settingValue

    public static func table(_ language: Language) -> [StoreMessage: String] {
        language == .english ? english : indonesian
    }

    static let indonesian: [StoreMessage: String] = [
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
