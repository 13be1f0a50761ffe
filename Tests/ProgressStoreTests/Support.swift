import Foundation
import GRDB
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
