import Canvas
import Localization

/// Every sentence sync says to a person, one table per language.
public enum SyncMessage: String, Catalogue {
    case fileMissing, fileExists, filePermission, readOnly, folderMissing, notAFileOrFolder, diskFull, fileFailure, deviceKeyDamaged, trustFileLine, configLine
    case bundleNotABundle, bundleFormat, bundleTruncated, bundleTrailingData, bundleManifestDamaged
    case bundleSignatureUnreadable, bundleSignatureMismatch, bundleUnknownDevice, bundleKeyMismatch
    case bundleStatementsAltered, bundleCountMismatch, bundleIDRange, bundleAlreadyImported, bundleSequenceReused
    case bundleSequenceInvalid, notAFile, trustRequired
    case statementNotOneLine
    case lrsMissing, lrsAddress, credentialsMissing, lrsCredentials, lrsRejected, lrsRejectedStatement, lrsFailing
    case lrsUnreachable, lrsLibraryMissing, lrsMoved, lrsAnswer
    case lrsWebPage, lrsOtherIDs, lrsUnexpected, lrsNotHeld, lrsAnswerTooLarge, lrsSilent, pushCancelled
    case deviceShown, exportNothing, exportDone, exportNotMarked, pushProgress, pushDone, importDone, importGaps
    case reportSource, reportTimeZone, reportDate, reportSkipped, unexpected
    case reportTitle, reportAllYears, reportScore, reportTargetMet, reportTargetShort, reportEmpty

    public static func table(_ language: Language) -> [SyncMessage: String] {
        language == .english ? english : indonesian
    }

    /// Arguments come from outside (paths, device ids, an LRS's reasons): made safe for a terminal.
    public func text(in language: Language, _ arguments: [String: String] = [:]) -> String {
        Placeholders.fill(Self.table(language)[self] ?? rawValue, arguments.mapValues(Sanitizer.clean))
    }

    static let indonesian: [SyncMessage: String] = [
        .fileMissing: "Berkas atau folder {path} tidak ada. Periksa nama dan lokasinya.",
        .fileExists: "Berkas {path} sudah ada dan tidak ditimpa (mungkin paket yang belum diserahkan). Pilih nama lain atau sebutkan foldernya saja.",
        .filePermission: "Tidak ada izin untuk {path}. Periksa izin berkas/folder itu atau pilih lokasi lain.",
        .diskFull: "Disk atau flashdisk penuh saat menulis {path}. Tidak ada catatan yang hilang dan tidak ada yang ditandai diekspor; kosongkan ruang atau pakai flashdisk lain, lalu ulangi.",
        .fileFailure: "Berkas {path} tidak bisa dipakai: {detail}.",
        .deviceKeyDamaged: "Kunci perangkat {path} rusak. Jangan hapus catatan; pulihkan berkas itu dari cadangan atau hubungi petugas TI.",
        .trustFileLine: "{path} baris {line}: bukan baris kunci perangkat (\"{detail}\"). Tiap baris harus: ID-PERANGKAT ed25519:KUNCI, seperti dicetak oleh `belajar device`.",
        .configLine: "{path} baris {line}: \"{detail}\" tidak dikenal. Tulis url = …, user = … atau password = ….",
        .bundleNotABundle: "{path} bukan berkas paket belajar. Pilih berkas .bundle yang dibuat oleh `belajar export`.",
        .bundleFormat: "{path} memakai format {format} yang belum dikenal versi ini. Perbarui belajar di kantor pusat.",
        .bundleTruncated: "{path} terpotong: berkasnya tidak lengkap (penyalinan belum selesai?). Salin ulang dari perangkat asal.",
        .bundleTrailingData: "{path} berisi {bytes} bita tambahan setelah catatan yang ditandatangani. Paket ditolak; minta salinan asli.",
        .bundleManifestDamaged: "Manifes paket {path} rusak. Paket ditolak; salin ulang dari perangkat asal.",
        .bundleSignatureUnreadable: "Tanda tangan paket {path} rusak dan tidak bisa dibaca. Paket ditolak; salin ulang dari perangkat asal.",
        .bundleSignatureMismatch: "Tanda tangan paket {path} tidak cocok dengan isinya: manifes diubah atau tanda tangan berasal dari paket lain. Paket ditolak.",
        .bundleUnknownDevice: "Paket {path} berasal dari perangkat {device} yang tidak terdaftar di berkas kunci tepercaya. Daftarkan perangkat itu (baris dari `belajar device`) lalu ulangi.",
        .bundleKeyMismatch: "Paket {path} mengaku dari perangkat {device}, tetapi ditandatangani kunci lain daripada yang terdaftar. Paket ditolak.",
        .bundleStatementsAltered: "Catatan di dalam paket {path} sudah diubah (SHA-256 tidak cocok). Paket ditolak; salin ulang dari perangkat asal.",
        .bundleCountMismatch: "Paket {path} menyebut {declared} catatan tetapi berisi {found}. Paket ditolak.",
        .bundleIDRange: "Rentang ID catatan di paket {path} tidak cocok dengan manifesnya. Paket ditolak.",
        .bundleAlreadyImported: "Paket {path} (perangkat {device}, nomor {sequence}) sudah pernah diimpor; tidak ada yang diubah.",
        .bundleSequenceReused: "Paket {path} memakai nomor {sequence} milik perangkat {device} yang sudah diimpor dengan isi lain. Paket ditolak; periksa perangkat itu.",
        .bundleSequenceInvalid: "Paket {path} bernomor {sequence}, padahal perangkat menomori paketnya mulai dari 1. Paket ditolak.",
        .notAFile: "{path} bukan berkas biasa (folder atau pipa?). Pilih berkas .bundle buatan `belajar export`.",
        .trustRequired: "Belum ada kunci perangkat tepercaya. Pakai --trusted-keys BERKAS (baris dari `belajar device` tiap perangkat), atau --trust-on-first-use untuk menerima kunci pertama yang terlihat dari tiap perangkat.",
        .statementNotOneLine: "Catatan {id} di penyimpanan tidak tersimpan sebagai satu baris JSON dan tidak bisa dikemas.",
        .lrsMissing: "Alamat LRS belum diberikan. Pakai --lrs ALAMAT, variabel BELAJAR_LRS_URL, atau baris url = … di lrs.conf.",
        .lrsAddress: "Alamat LRS \"{url}\" tidak valid. Tulis misalnya https://lrs.contoh.go.id/xAPI/.",
        .credentialsMissing: "Nama pengguna dan kata sandi untuk LRS {url} belum diberikan. Pakai --user dan --password, variabel BELAJAR_LRS_USER/BELAJAR_LRS_PASSWORD, atau berkas konfigurasi.",
        .lrsCredentials: "LRS {url} menolak nama pengguna atau kata sandi. Periksa kredensial Anda; tidak ada catatan yang ditandai terkirim.",
        .lrsMoved: "LRS {url} menjawab HTTP {status}: alamat itu bukan alamat LRS-nya sendiri (dialihkan). Periksa alamat LRS, misalnya https:// dan bukan http://; tidak ada catatan yang ditandai terkirim.",
        .lrsRejected: "LRS {url} menolak kiriman (HTTP {status}): {reason}. Kiriman itu tidak ditandai terkirim.",
        .lrsRejectedStatement: "LRS {url} menolak catatan {id} (HTTP {status}): {reason}. Kiriman itu tidak ditandai terkirim; laporkan ke petugas TI.",
        .lrsFailing: "LRS {url} terus gagal ({detail}). Yang sudah diterima tetap tercatat; ulangi nanti untuk melanjutkan.",
        .lrsUnreachable: "LRS {url} tidak bisa dihubungi ({detail}). Periksa koneksi; catatan tetap aman dan dikirim pada percobaan berikutnya.",
        .lrsLibraryMissing: "LRS {url} tidak bisa dihubungi karena libcurl, pustaka HTTP yang dipakai belajar, tidak ada di komputer ini ({detail}). Pasang paket libcurl4 (Debian/Ubuntu: sudo apt install libcurl4) untuk mengirim lewat jaringan. Sementara itu `belajar export` tetap membuat paket untuk dibawa dengan flashdisk ke kantor pusat. Tidak ada catatan yang hilang.",
        .readOnly: "{path} hanya bisa dibaca (read-only). Jika itu flashdisk, geser kunci tulisnya lalu pasang ulang, atau pilih lokasi lain. Tidak ada catatan yang hilang.",
        .folderMissing: "Folder {path} tidak ada. Apakah flashdisk sudah terpasang (mounted)? Pasang lalu ulangi; tidak ada yang ditulis dan tidak ada catatan yang ditandai diekspor.",
        .notAFileOrFolder: "{path} bukan folder dan bukan berkas biasa (perangkat atau pipa). Sebutkan folder flashdisk, misalnya /media/NAMA/FLASHDISK.",
        .lrsWebPage: "LRS tidak menjawab: apakah ada halaman login di jaringan ini? {url} mengirim halaman web. Masuk dulu lewat peramban (browser), lalu kirim ulang; tidak ada catatan yang ditandai terkirim.",
        .lrsOtherIDs: "{url} menjawab dengan ID catatan yang tidak dikirim: itu bukan jawaban LRS. Periksa alamat LRS; tidak ada catatan yang ditandai terkirim.",
        .lrsUnexpected: "{url} menjawab HTTP {status} dengan \"{sample}\", bukan daftar ID catatan. Periksa alamat LRS; tidak ada catatan yang ditandai terkirim.",
        .lrsNotHeld: "LRS {url} mengaku sudah menyimpan kiriman, tetapi saat ditanya tidak memiliki catatan {id}. Periksa alamat LRS; tidak ada catatan yang ditandai terkirim.",
        .lrsAnswerTooLarge: "Jawaban {url} lebih dari {megabytes} MB dan dihentikan: LRS tidak menjawab sebesar itu. Periksa alamat LRS; tidak ada catatan yang ditandai terkirim.",
        .lrsSilent: "LRS {url} tidak menjawab ({seconds} detik tanpa jawaban, atau lebih lambat dari {rate} bita per detik). Periksa koneksi; catatan tetap aman dan dikirim pada percobaan berikutnya.",
        .pushCancelled: "Pengiriman dihentikan. {sent} catatan yang sudah diterima LRS tetap tercatat terkirim; sisanya menunggu pengiriman berikutnya.",
        .exportNotMarked: "Peringatan: penyimpanan tidak bisa mencatat bahwa catatan itu sudah diekspor ({reason}). Paket di atas sah dan lengkap; ekspor berikutnya memuat catatan yang sama lagi, dan LRS menghitungnya sekali saja.",
        .lrsAnswer: "Jawaban LRS {url} tidak bisa dibaca sebagai xAPI. Periksa alamatnya.",
        .deviceShown: "ID perangkat: {id}\nKunci publik (Ed25519): {key}\n\nKirim baris ini ke kantor pusat untuk berkas kunci tepercaya:\n{line}",
        .exportNothing: "Tidak ada catatan baru untuk diekspor.",
        .exportDone: "{count} catatan diekspor ke {path} (paket nomor {sequence}).",
        .pushProgress: "{sent}/{total} catatan terkirim",
        .pushDone: "{count} catatan terkirim ke {url}.",
        .importDone: "{path}: {count} catatan dari perangkat {device} (paket nomor {sequence}) diteruskan ke LRS.",
        .importGaps: "Perhatian: paket nomor {numbers} dari perangkat {device} belum diterima.",
        .unexpected: "Terjadi masalah yang tidak terduga ({detail}). Tidak ada catatan yang hilang; ulangi, dan laporkan ke petugas TI bila terulang.",
        .reportSource: "Pilih satu sumber: --lrs ALAMAT atau --bundles FOLDER.",
        .reportTimeZone: "Zona waktu \"{zone}\" tidak dikenal. Tulis misalnya Asia/Jakarta, Asia/Makassar atau Asia/Jayapura.",
        .reportDate: "Tanggal \"{date}\" tidak bisa dibaca. Tulis misalnya 2026-12-31.",
        .reportSkipped: "Perhatian: {count} catatan dilewati karena bukan catatan belajar yang bisa dibaca (misalnya dari aplikasi lain).",
        .reportTitle: "Rekap JP pengembangan kompetensi {year} (target {target} JP per tahun)",
        .reportAllYears: "semua tahun",
        .reportScore: "nilai {score}",
        .reportTargetMet: "Jumlah {total} JP dari target {target} JP: tercapai",
        .reportTargetShort: "Jumlah {total} JP dari target {target} JP: kurang {missing} JP",
        .reportEmpty: "Belum ada catatan peserta.",
    ]

    static let english: [SyncMessage: String] = [
        .fileMissing: "The file or folder {path} does not exist. Check its name and place.",
        .fileExists: "The file {path} already exists and is not replaced (it may be a bundle not yet delivered). Choose another name, or give only the folder.",
        .filePermission: "No permission for {path}. Check that file's or folder's permissions, or choose another place.",
        .diskFull: "The disk or USB stick filled up while writing {path}. No record was lost and none was marked exported; free some space or use another stick, then try again.",
        .fileFailure: "The file {path} cannot be used: {detail}.",
        .deviceKeyDamaged: "The device key {path} is damaged. Do not delete any records; restore that file from a backup or contact IT support.",
        .trustFileLine: "{path} line {line}: not a device key line (\"{detail}\"). Each line must be DEVICE-ID ed25519:KEY, as `belajar device` prints it.",
        .configLine: "{path} line {line}: \"{detail}\" is not understood. Write url = …, user = … or password = ….",
        .bundleNotABundle: "{path} is not a belajar bundle. Choose a .bundle file made by `belajar export`.",
        .bundleFormat: "{path} uses format {format}, unknown to this version. Update belajar at the office.",
        .bundleTruncated: "{path} is cut short: the file is incomplete (a copy that did not finish?). Copy it again from its device.",
        .bundleTrailingData: "{path} has {bytes} extra bytes after its signed statements. The bundle is refused; ask for the original copy.",
        .bundleManifestDamaged: "The manifest of bundle {path} is damaged. The bundle is refused; copy it again from its device.",
        .bundleSignatureUnreadable: "The signature of bundle {path} is damaged and cannot be read. The bundle is refused; copy it again from its device.",
        .bundleSignatureMismatch: "The signature of bundle {path} does not match its content: the manifest was changed or the signature comes from another bundle. The bundle is refused.",
        .bundleUnknownDevice: "Bundle {path} comes from device {device}, which is not in the trusted-keys file. Register that device (the line from `belajar device`) and try again.",
        .bundleKeyMismatch: "Bundle {path} claims to come from device {device} but was signed by another key than the registered one. The bundle is refused.",
        .bundleStatementsAltered: "The statements inside bundle {path} were changed (SHA-256 does not match). The bundle is refused; copy it again from its device.",
        .bundleCountMismatch: "Bundle {path} declares {declared} statements but holds {found}. The bundle is refused.",
        .bundleIDRange: "The statement id range of bundle {path} does not match its manifest. The bundle is refused.",
        .bundleAlreadyImported: "Bundle {path} (device {device}, number {sequence}) was imported before; nothing was changed.",
        .bundleSequenceReused: "Bundle {path} uses number {sequence} of device {device}, already imported with other content. The bundle is refused; check that device.",
        .bundleSequenceInvalid: "Bundle {path} is numbered {sequence}, but devices number their bundles from 1. The bundle is refused.",
        .notAFile: "{path} is not a regular file (a folder or a pipe?). Choose a .bundle file made by `belajar export`.",
        .trustRequired: "No trusted device keys. Give --trusted-keys FILE (the line of `belajar device` for each device), or --trust-on-first-use to accept the first key seen from each device.",
        .statementNotOneLine: "Statement {id} in the store is not kept as one line of JSON and cannot be bundled.",
        .lrsMissing: "No LRS address given. Use --lrs ADDRESS, the BELAJAR_LRS_URL variable, or a url = … line in lrs.conf.",
        .lrsAddress: "The LRS address \"{url}\" is not valid. Write for example https://lrs.example.go.id/xAPI/.",
        .credentialsMissing: "No user name and password for the LRS {url}. Give --user and --password, the BELAJAR_LRS_USER/BELAJAR_LRS_PASSWORD variables, or a config file.",
        .lrsCredentials: "The LRS {url} refused the user name or password. Check your credentials; no statement was marked sent.",
        .lrsMoved: "The LRS {url} answered HTTP {status}: that address is not the LRS's own (a redirect). Check the LRS address, for example https:// rather than http://; no statement was marked sent.",
        .lrsRejected: "The LRS {url} refused the batch (HTTP {status}): {reason}. That batch was not marked sent.",
        .lrsRejectedStatement: "The LRS {url} refused statement {id} (HTTP {status}): {reason}. That batch was not marked sent; report it to IT support.",
        .lrsFailing: "The LRS {url} keeps failing ({detail}). What it accepted stays recorded; try again later to continue.",
        .lrsUnreachable: "The LRS {url} cannot be reached ({detail}). Check the connection; the statements are safe and go with the next try.",
        .lrsLibraryMissing: "The LRS {url} cannot be reached because libcurl, the HTTP library belajar uses, is missing on this computer ({detail}). Install the libcurl4 package (Debian/Ubuntu: sudo apt install libcurl4) to push over the network. Meanwhile `belajar export` still makes a bundle to carry on a USB stick to the central office. No record was lost.",
        .readOnly: "{path} is read-only. If it is a USB stick, slide its lock switch and plug it in again, or choose another place. No record was lost.",
        .folderMissing: "The folder {path} does not exist. Is the USB stick mounted? Mount it and try again; nothing was written and no record was marked exported.",
        .notAFileOrFolder: "{path} is neither a folder nor a regular file (a device or a pipe). Name the USB stick's folder, for example /media/NAME/STICK.",
        .lrsWebPage: "An LRS did not answer: is there a login page on this network? {url} sent a web page. Log in with a browser first, then push again; no record was marked sent.",
        .lrsOtherIDs: "{url} answered with ids of records that were not sent: that is no LRS's answer. Check the LRS address; no record was marked sent.",
        .lrsUnexpected: "{url} answered HTTP {status} with \"{sample}\", not a list of record ids. Check the LRS address; no record was marked sent.",
        .lrsNotHeld: "The LRS {url} said it stored the batch, but asked for record {id} it does not have it. Check the LRS address; no record was marked sent.",
        .lrsAnswerTooLarge: "The answer of {url} grew past {megabytes} MB and was stopped: no LRS answers like that. Check the LRS address; no record was marked sent.",
        .lrsSilent: "The LRS {url} did not answer ({seconds} seconds without an answer, or slower than {rate} bytes a second). Check the connection; the records are safe and go with the next try.",
        .pushCancelled: "Push stopped. The {sent} records the LRS acknowledged stay marked sent; the rest wait for the next push.",
        .exportNotMarked: "Warning: the store could not note that these records were exported ({reason}). The bundle above is valid and complete; the next export carries the same records again, and the LRS counts them once.",
        .lrsAnswer: "The answer of the LRS {url} cannot be read as xAPI. Check the address.",
        .deviceShown: "Device id: {id}\nPublic key (Ed25519): {key}\n\nSend this line to the central office for its trusted-keys file:\n{line}",
        .exportNothing: "No new records to export.",
        .exportDone: "{count} records exported to {path} (bundle number {sequence}).",
        .pushProgress: "{sent}/{total} records sent",
        .pushDone: "{count} records sent to {url}.",
        .importDone: "{path}: {count} records from device {device} (bundle number {sequence}) forwarded to the LRS.",
        .importGaps: "Note: bundle numbers {numbers} of device {device} have not arrived.",
        .unexpected: "Something unexpected went wrong ({detail}). No record was lost; try again, and tell IT support if it happens again.",
        .reportSource: "Choose one source: --lrs ADDRESS or --bundles FOLDER.",
        .reportTimeZone: "Unknown time zone \"{zone}\". Write for example Asia/Jakarta, Asia/Makassar or Asia/Jayapura.",
        .reportDate: "The date \"{date}\" cannot be read. Write for example 2026-12-31.",
        .reportSkipped: "Note: {count} statements were skipped: not belajar statements the report can read (from other tools, for example).",
        .reportTitle: "Competency development JP {year} (target {target} JP a year)",
        .reportAllYears: "all years",
        .reportScore: "score {score}",
        .reportTargetMet: "Total {total} JP of the {target} JP target: reached",
        .reportTargetShort: "Total {total} JP of the {target} JP target: {missing} JP short",
        .reportEmpty: "No learner records yet.",
    ]
}
