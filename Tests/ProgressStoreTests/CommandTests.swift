import CourseKit
import Foundation
import Testing
@testable import ProgressStore

/// `belajar learner` and `belajar progress`, run as a person would run them.
@Suite struct CommandTests {
    @Test func addsListsAndRemovesLearners() throws {
        let folder = TempFolder()
        let store = folder.file()
        let added = try belajar("learner", "add", "19860926", "201505", "2", "001", "--name", "Ani Lestari",
                                "--agency", "BKN", "--store", store)
        #expect(added.status == 0)
        #expect(added.output.contains("Peserta ditambahkan: Ani Lestari (19860926 201505 2 001)"))
        let listed = try belajar("learner", "list", "--store", store, "--lang", "en")
        #expect(listed.output.contains("NIP                    Name         Agency  Unit"))
        #expect(listed.output.contains("19860926 201505 2 001  Ani Lestari  BKN"))
        let removed = try belajar("learner", "remove", "19860926-201505-2-001", "--store", store)
        #expect(removed.status == 0)
        #expect(try belajar("learner", "list", "--store", store).output.contains("Belum ada peserta"))
    }

    @Test func aWrongNIPIsRefusedInTheUsersLanguage() throws {
        let folder = TempFolder()
        let indonesian = try belajar("learner", "add", "19860926 201513 1 001", "--name", "X", "--store", folder.file())
        #expect(indonesian.status == 1)
        #expect(indonesian.errors.contains("bulan TMT 01–12"))
        let english = try belajar("learner", "add", "1986", "--name", "X", "--store", folder.file(), "--lang", "en")
        #expect(english.status == 1)
        #expect(english.errors.contains("A NIP has 18 digits; this one has 4."))
        #expect(try ProgressStore(path: folder.file()).learners().isEmpty)
    }

    @Test func anImplausibleAgeIsAddedWithAWarning() throws {
        let folder = TempFolder()
        let added = try belajar("learner", "add", "20000101 201201 1 001", "--name", "Muda", "--store", folder.file())
        #expect(added.status == 0)
        #expect(added.errors.contains("usia saat pengangkatan 12 tahun"))
    }

    @Test func anUnknownLearnerIsNamed() throws {
        let folder = TempFolder()
        let finished = try belajar("progress", "--learner", "199001152014031002", "--store", folder.file(), "--lang", "en")
        #expect(finished.status == 1)
        #expect(finished.errors.contains("No learner with NIP 199001152014031002"))
    }

    @Test func aMissingFolderIsNamedAndNotCreated() throws {
        let folder = TempFolder()
        let finished = try belajar("learner", "list", "--store", folder.file("hilang/progress.sqlite"))
        #expect(finished.status == 1)
        #expect(finished.errors.contains("Folder \(folder.file("hilang")) tidak ada"))
        #expect(!FileManager.default.fileExists(atPath: folder.file("hilang")))
    }

    @Test func aFileThatIsNotAStoreIsLeftUntouched() throws {
        let folder = TempFolder()
        let path = folder.file("notes.txt")
        let text = Data("catatan rapat\n".utf8)
        #expect(FileManager.default.createFile(atPath: path, contents: text))
        let finished = try belajar("learner", "list", "--store", path, "--lang", "en")
        #expect(finished.status == 1)
        #expect(finished.errors.contains("is not a belajar store"))
        #expect(bytes(path) == text)
    }

    @Test func progressReportsNumbersAsNumbers() throws {
        let folder = TempFolder()
        let courses = try writeCourse(in: folder)
        let store = try ProgressStore(path: folder.file())
        try store.addLearner(ani)
        try store.recorder(for: ani.nip, in: courses[0]).readToEnd(module: "satu")
        let json = try belajar("progress", "--store", folder.file(), "--courses", folder.file("courses"),
                               "--format", "json", "--year", "2026")
        #expect(json.status == 0)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let learner = try #require((report["learners"] as? [[String: Any]])?.first)
        let row = try #require((learner["courses"] as? [[String: Any]])?.first)
        #expect(row["percent"] as? Int == 50)
        #expect(row["jp"] as? Int == 0)
        #expect(learner["target"] as? Int == 20)
        #expect(json.output.contains("\"jp\" : 0,"))
        let csv = try belajar("progress", "--store", folder.file(), "--courses", folder.file("courses"),
                              "--format", "csv", "--year", "2026")
        #expect(csv.output.split(separator: "\n").map(String.init) == [
            ProgressReport.csvHeader.joined(separator: ","),
            "198609262015052001,Ani Lestari,2026,pelayanan,\"Pelayanan Publik, Dasar\",50,1,2,0,0,,0",
        ])
        let table = try belajar("progress", "--store", folder.file(), "--courses", folder.file("courses"), "--year", "2026")
        #expect(table.output.contains("Ani Lestari (19860926 201505 2 001): 0 dari 20 JP pada tahun 2026"))
        #expect(table.output.contains("Pelayanan Publik, Dasar  50%       Belum selesai  0"))
    }

    /// A two-module course folder, loaded the way `belajar` loads it.
    func writeCourse(in folder: TempFolder) throws -> [Course] {
        let course = folder.file("courses/pelayanan")
        try FileManager.default.createDirectory(atPath: course, withIntermediateDirectories: true)
        let files = [
            "course.yaml": """
                id: pelayanan
                title: "Pelayanan Publik, Dasar"
                version: 1.0.0
                hours: 2
                modules:
                  - file: 01-satu.md
                  - file: 02-dua.md
                """,
            "01-satu.md": "# Satu\n\nIsi.\n",
            "02-dua.md": "# Dua\n\nIsi.\n",
        ]
        for (name, text) in files {
            try text.write(toFile: (course as NSString).appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let library = CourseLibrary.load(folder: URL(fileURLWithPath: folder.file("courses")))
        #expect(library.failures.isEmpty)
        return library.courses
    }
}

/// The office's side of PINs: the device setting, the reset and its record.
@Suite struct PINCommandTests {
    @Test func anOfficeRequiresPINsAndResetsAForgottenOne() throws {
        let folder = TempFolder()
        let store = folder.file()
        #expect(try belajar("learner", "add", "19860926 201505 2 001", "--name", "Ani", "--store", store).status == 0)
        let required = try belajar("setting", "learner.pinRequired", "ya", "--store", store)
        #expect(required.status == 0)
        #expect(required.output.contains("learner.pinRequired = yes"))
        #expect(try ProgressStore(path: store).isPINRequired())
        let wrong = try belajar("setting", "learner.pinRequired", "mungkin", "--store", store, "--lang", "en")
        #expect(wrong.status == 1)
        #expect(wrong.errors.contains("The value mungkin does not fit learner.pinRequired: yes | no"))
        #expect(try belajar("setting", "device.id", "x", "--store", store).status == 1)

        try ProgressStore(path: store).setPIN("4829", for: ani.nip)
        let noReason = try belajar("learner", "reset-pin", "198609262015052001", "--store", store)
        #expect(noReason.status == 1)
        #expect(noReason.errors.contains("Tulis alasan pengaturan ulang PIN dengan --reason"))
        let reset = try belajar("learner", "reset-pin", "198609262015052001", "--reason", "lupa", "--store", store)
        #expect(reset.status == 0, "\(reset.errors)")
        #expect(reset.output.contains("PIN peserta 19860926 201505 2 001 diatur ulang dan dicatat (alasan: lupa)"))
        #expect(try !ProgressStore(path: store).hasPIN(ani.nip))
        let listed = try belajar("learner", "resets", "--store", store)
        #expect(listed.output.contains("19860926 201505 2 001"))
        #expect(listed.output.contains("lupa"))
    }

    @Test func onlyTheStoresOwnerOrRootMayResetAPIN() {
        #expect(ProgressStore.mayResetPIN(user: 1000, owner: 1000))
        #expect(ProgressStore.mayResetPIN(user: 0, owner: 1000))
        #expect(!ProgressStore.mayResetPIN(user: 1001, owner: 1000))
        #expect(StoreError.pinResetNotOwner(path: "/x/progress.sqlite", owner: "kantor").message(in: .english)
            == "Only the account that owns the store /x/progress.sqlite (kantor) may reset a PIN.")
    }
}
