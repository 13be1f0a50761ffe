import CourseKit
import Foundation
import Quiz
import TestSupport

/// A library written to a temporary folder the way a trainer writes one: a good course and,
/// on request, a broken one.
struct Workspace {
    let root: URL
    var courses: URL { root.appendingPathComponent("courses") }
    var store: String { root.appendingPathComponent("progress.sqlite").path }

    init(broken: Bool = false) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("belajar-e2e-\(UUID().uuidString)")
        let course = courses.appendingPathComponent("kompetensi-asn")
        try FileManager.default.createDirectory(at: course, withIntermediateDirectories: true)
        try write(Self.manifest, to: course.appendingPathComponent("course.yaml"))
        try write(Self.longModule, to: course.appendingPathComponent("01-hak.md"))
        try write(Self.quiz, to: course.appendingPathComponent("01-hak.gift"))
        try write("# Rencana belajar\n\nSusun rencana belajar bersama atasan.\n", to: course.appendingPathComponent("02-rencana.md"))
        if broken {
            let folder = courses.appendingPathComponent("rusak")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try write("id: rusak\ntitle: Kursus Rusak\nversion: 1.0.0\nmodules:\n  - file: tidak-ada.md\n",
                      to: folder.appendingPathComponent("course.yaml"))
        }
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    func course() throws -> Course {
        let library = CourseLibrary.load(folder: courses)
        guard let course = library.courses.first(where: { $0.id == "kompetensi-asn" }) else {
            throw Tmux.Failure(description: "the fixture course did not load: \(library.diagnostics)")
        }
        return course
    }

    private func write(_ text: String, to url: URL) throws {
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    static let manifest = """
        id: kompetensi-asn
        title: Hak Pengembangan Kompetensi
        version: 1.0.0
        hours: 2
        modules:
          - file: 01-hak.md
            quiz: 01-hak.gift
            minutes: 10
          - file: 02-rencana.md
        """

    static var longModule: String {
        var text = "# Hak dan kewajiban\n\nSetiap ASN wajib belajar paling sedikit 20 JP setahun.\n\n"
        for section in 1...6 {
            text += "## Bagian \(section)\n\n"
            for paragraph in 1...3 {
                text += "Baris \(section).\(paragraph): belajar mandiri, pelatihan klasikal, coaching dan mentoring "
                    + "dihitung sebagai pengembangan kompetensi. 学习 🙂\n\n"
            }
        }
        return text + "Akhir bagian terakhir.\n"
    }

    static let quiz = """
        ::jp:: Berapa JP minimal setahun? {
        ~10 JP #Terlalu sedikit.
        =20 JP #Tepat.
        ~40 JP
        }

        ::bentuk:: Mana yang termasuk pengembangan kompetensi? {
        ~%50%Pelatihan
        ~%-100%Cuti
        ~%50%Coaching
        }

        ::mandiri:: Belajar mandiri dihitung. {T}

        ::satuan:: Satuan jam pelajaran disingkat? {=JP =jam pelajaran}

        ::menit:: Berapa menit 1 JP? {#45:0}

        ::pasangan:: Pasangkan. {
        =PNS -> Pegawai tetap
        =PPPK -> Pegawai kontrak
        }

        ::refleksi:: Apa rencana belajar Anda? {}
        """
}

extension Workspace {
    /// A workspace whose learner was made through the first-run form, as a learner does.
    static func withLearner(broken: Bool = false) throws -> Workspace {
        let workspace = try Workspace(broken: broken)
        let app = try Tmux(arguments: ["--courses", workspace.courses.path, "--store", workspace.store])
        try app.wait(for: "Profil peserta")
        try app.type(LearnerJourneyTests.nip)
        try app.press("Tab")
        try app.type("Siti")
        try app.press("Enter")
        try app.wait(for: "Kursus saya")
        try app.press("q")
        try app.wait(for: "EXIT=0")
        return workspace
    }
}
