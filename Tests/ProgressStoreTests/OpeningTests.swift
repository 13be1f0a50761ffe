import Foundation
import SQLite
import Testing
@testable import ProgressStore

@Suite struct OpeningTests {
    @Test func resolvesTheStoreLocation() {
        let flag = StoreLocation.resolve(flag: "/data/x.sqlite", environment: ["BELAJAR_HOME": "/b"])
        #expect(flag == StoreLocation(path: "/data/x.sqlite", createsFolder: false))
        let home = StoreLocation.resolve(flag: nil, environment: ["BELAJAR_HOME": "/b", "XDG_DATA_HOME": "/x"])
        #expect(home == StoreLocation(path: "/b/progress.sqlite", createsFolder: true))
        let xdg = StoreLocation.resolve(flag: nil, environment: ["XDG_DATA_HOME": "/x", "HOME": "/h"])
        #expect(xdg.path == "/x/belajar/progress.sqlite")
        let fallback = StoreLocation.resolve(flag: nil, environment: ["HOME": "/h", "XDG_DATA_HOME": ""])
        #expect(fallback.path == "/h/.local/share/belajar/progress.sqlite")
    }

    @Test func aStoreFlagNamingAFolderPutsTheFileInside() {
        let folder = TempFolder()
        #expect(StoreLocation.resolve(flag: folder.path, environment: [:]).path == folder.file())
    }

    @Test func createsTheDefaultFolderAndFilePrivately() throws {
        let folder = TempFolder()
        let data = (folder.path as NSString).appendingPathComponent("data")
        let location = StoreLocation.resolve(flag: nil, environment: ["XDG_DATA_HOME": data])
        _ = try ProgressStore(location: location)
        let files = FileManager.default
        let folderMode = try files.attributesOfItem(atPath: (location.path as NSString).deletingLastPathComponent)[.posixPermissions] as? Int
        let fileMode = try files.attributesOfItem(atPath: location.path)[.posixPermissions] as? Int
        #expect(folderMode == 0o700)
        #expect(fileMode == 0o600)
    }

    @Test func theWriterSyncsFullyInWALWithForeignKeys() throws {
        let folder = TempFolder()
        let settings = try folder.store().safetySettings()
        #expect(settings.journalMode == "wal")
        #expect(settings.synchronous == 2)
        #expect(settings.foreignKeys)
    }

    @Test func reopensAndKeepsTheDeviceID() throws {
        let folder = TempFolder()
        let first = try folder.store().setting(.deviceID)
        #expect(UUID(uuidString: first) != nil)
        #expect(try folder.store().setting(.deviceID) == first)
        #expect(try folder.store().setting(.yearlyTargetJP) == "20")
    }

    @Test func refusesAMissingFolderNamedByTheUser() throws {
        let folder = TempFolder()
        let path = folder.file("nowhere/progress.sqlite")
        #expect(throws: StoreError.folderMissing(path: folder.file("nowhere"))) { try ProgressStore(path: path) }
        #expect(!FileManager.default.fileExists(atPath: folder.file("nowhere")))
    }

    @Test func refusesAFileThatIsNotSQLiteAndLeavesIt() throws {
        let folder = TempFolder()
        let path = folder.file()
        let text = Data("nama,nip\nAni,198609262015051001\n".utf8)
        #expect(FileManager.default.createFile(atPath: path, contents: text))
        #expect(throws: StoreError.notAStore(path: path)) { try ProgressStore(path: path) }
        #expect(bytes(path) == text)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["progress.sqlite"])
    }

    @Test func refusesAnotherProgramsDatabaseAndLeavesIt() throws {
        let folder = TempFolder()
        let path = folder.file()
        try DatabaseQueue(path: path).write { try $0.execute(sql: "CREATE TABLE contacts (name TEXT)") }
        let before = bytes(path)
        #expect(throws: StoreError.notAStore(path: path)) { try ProgressStore(path: path) }
        #expect(bytes(path) == before)
    }

    @Test func refusesADamagedStoreAndLeavesIt() throws {
        let folder = TempFolder()
        let path = folder.file()
        do {
            let store = try folder.store()
            try store.addLearner(ani)
        }
        var damaged = try #require(bytes(path))
        // Keep the 100-byte header, scribble over the schema page.
        damaged.replaceSubrange(100..<1000, with: Data(repeating: 0xA5, count: 900))
        try damaged.write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.corrupt(path: path)) { try ProgressStore(path: path) }
        #expect(bytes(path) == damaged)
    }

    @Test func refusesAStoreFromANewerBelajarAndLeavesIt() throws {
        let folder = TempFolder()
        let path = folder.file()
        _ = try folder.store()
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99 from the future')")
        }
        let before = bytes(path)
        #expect(throws: StoreError.newerVersion(path: path)) { try ProgressStore(path: path) }
        #expect(bytes(path) == before)
    }

    @Test func everyStoreErrorSpeaksBothLanguages() {
        let errors: [StoreError] = [.unknownLearner(ani.nip), .folderMissing(path: "/x"), .notAStore(path: "/x"),
                                    .corrupt(path: "/x"), .newerVersion(path: "/x"), .diskFull(path: "/x")]
        for error in errors {
            #expect(error.message(in: .indonesian) != error.message(in: .english))
            #expect(!error.message(in: .indonesian).contains("{"))
        }
        #expect(StoreError.unknownLearner(ani.nip).message(in: .english).contains(ani.nip.digits))
    }
}

@Suite struct LearnerTests {
    @Test func addsListsAndGetsLearners() throws {
        let store = try TempFolder().store()
        try store.addLearner(ani)
        try store.addLearner(budi)
        #expect(try store.learners() == [ani, budi])
        #expect(try store.learner(budi.nip) == budi)
    }

    @Test func refusesADuplicateAndAnEmptyName() throws {
        let store = try TempFolder().store()
        try store.addLearner(ani)
        #expect(throws: StoreError.learnerExists(ani.nip)) { try store.addLearner(ani) }
        var nameless = budi
        nameless.name = "  "
        #expect(throws: StoreError.learnerNameEmpty) { try store.addLearner(nameless) }
    }

    @Test func removingHidesTheLearnerAndAddingBringsThemBack() throws {
        let store = try TempFolder().store()
        try store.addLearner(ani)
        try store.removeLearner(ani.nip)
        #expect(try store.learners().isEmpty)
        #expect(throws: StoreError.unknownLearner(ani.nip)) { try store.learner(ani.nip) }
        #expect(throws: StoreError.unknownLearner(ani.nip)) { try store.removeLearner(ani.nip) }
        var renamed = ani
        renamed.name = "Ani L."
        try store.addLearner(renamed)
        #expect(try store.learner(ani.nip).name == "Ani L.")
    }

    @Test func anUnknownLearnerIsNamed() throws {
        let store = try TempFolder().store()
        #expect(throws: StoreError.unknownLearner(budi.nip)) { try store.learner(budi.nip) }
    }
}
