import Foundation
import SQLite
@testable import ProgressStore

/// A fresh folder under one temp folder per test run, removed when the test process exits
/// (not when the value dies: a store opened in it may outlive the variable).
struct TempFolder: Sendable {
    let path: String

    init() {
        path = (TempFolder.root as NSString).appendingPathComponent(UUID().uuidString)
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    static let root: String = {
        let root = (NSTemporaryDirectory() as NSString).appendingPathComponent("belajar-store-tests-\(getpid())")
        atexit { try? FileManager.default.removeItem(atPath: TempFolder.root) }
        return root
    }()

    func file(_ name: String = "progress.sqlite") -> String { (path as NSString).appendingPathComponent(name) }

    func store() throws -> ProgressStore { try ProgressStore(path: file()) }
}

func nip(_ text: String) -> NIP { try! NIP(validating: text) }

let ani = Learner(nip: nip("19860926 201505 2 001"), name: "Ani Lestari", agency: "BKN", unit: "Kanreg XIV")
let budi = Learner(nip: nip("19900115 201403 1 002"), name: "Budi Santoso")

/// Opens the file the way an outside tool would, to check what the store wrote.
func inspect<T>(_ path: String, _ body: (Database) throws -> T) throws -> T {
    try DatabaseQueue(path: path).read(body)
}

func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

import CourseKit

/// A two-module course, the second with a quiz, as CourseKit would load it.
let course = Course(
    id: "etika-asn", title: "Etika ASN", version: "1.2.0", hours: 2,
    modules: [
        Module(id: "nilai-dasar", title: "Nilai Dasar", file: "01-nilai-dasar.md"),
        Module(id: "kode-etik", title: "Kode Etik", file: "02-kode-etik.md", quiz: "02-kode-etik.gift"),
    ],
    completion: CompletionRule(passMark: 70, maxAttempts: 2),
    folder: URL(fileURLWithPath: "/courses/etika-asn"))

/// A clock the test moves by hand.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current = Date(timeIntervalSince1970: 1_790_000_000)  // 2026-09-21

    var now: Date { lock.withLock { current } }
    func advance(_ seconds: TimeInterval) { lock.withLock { current += seconds } }
    func set(_ date: Date) { lock.withLock { current = date } }
}

let kodeEtikQuiz = ModuleQuiz(file: "02-kode-etik.gift", questions: [
    Question(id: "netral", text: "ASN harus netral dalam pemilu.", kind: .trueFalse(answer: true, whenWrong: nil, whenRight: nil), line: 1),
    Question(id: "nilai", text: "Nilai dasar ASN?", kind: .multipleChoice([Choice(text: "BerAKHLAK", weight: 100), Choice(text: "Lainnya", weight: 0)]), line: 3),
    Question(id: "refleksi", text: "Ceritakan pengalaman Anda.", kind: .essay, line: 5),
    Question(id: "catatan", text: "Bagian berikut tentang gratifikasi.", kind: .description, line: 7),
])

/// A store in a fresh folder with Ani registered, and a recorder for her in `course`. Her
/// `registered` statement (RegistrationTests' subject) is marked delivered and left out of
/// `statements()`: the tests here look at what she does.
struct Fixture {
    let folder = TempFolder()
    let clock = TestClock()
    let store: ProgressStore
    let recorder: CourseRecorder

    init(makeID: @escaping @Sendable () -> UUID = UUID.init) throws {
        let clock = clock
        let location = StoreLocation(path: folder.file(), createsFolder: false)
        let zone = TimeZone(identifier: "Asia/Jayapura")!
        // Added through a store of its own, so her registration takes none of the ids a test makes.
        let setup = try ProgressStore(location: location, clock: { clock.now }, timeZone: zone)
        try setup.addLearner(ani)
        let registration = try setup.statements(.all, limit: 10).map(\.id)
        try setup.markExported(registration, bundle: "earlier")
        try setup.markSent(registration, lrs: "earlier")
        store = try ProgressStore(location: location, clock: { clock.now }, makeID: makeID, timeZone: zone)
        recorder = try store.recorder(for: ani.nip, in: course)
    }

    /// Every statement in the outbox but her registration, decoded.
    func statements() throws -> [[String: Any]] {
        try learning().map { try JSONSerialization.jsonObject(with: $0.json) as! [String: Any] }
    }

    func verbs() throws -> [String] {
        try learning().map { String($0.verb.split(separator: "/").last!) }
    }

    private func learning() throws -> [OutboxStatement] {
        try store.statements(.all, limit: 10_000).filter { !$0.verb.hasSuffix("/registered") }
    }
}
