import App
import CourseKit
import Foundation
import Localization
import ProgressStore
@testable import Runtime

/// A course folder and a store in a fresh temp folder, removed when the test process exits,
/// and a performer over them: what `belajar` wires together, without a terminal.
struct Bench {
    let folder: URL
    let store: ProgressStore
    let performer: Performer
    let course: Course

    static let nip = "198609262015051001"
    static let learner = LearnerInfo(nip: nip, name: "Siti Rahayu", agency: "BKN")

    init(language: Language = .indonesian, environment: [String: String] = [:]) throws {
        folder = Self.root.appendingPathComponent(UUID().uuidString)
        let courseFolder = folder.appendingPathComponent("courses/etika")
        try FileManager.default.createDirectory(at: courseFolder, withIntermediateDirectories: true)
        try Self.write(courseFolder, [
            "course.yaml": """
                id: etika
                title: Etika ASN
                version: 1.0.0
                hours: 2
                modules:
                  - file: 01-nilai.md
                  - file: 02-kode.md
                    quiz: 02-kode.gift
                completion:
                  max_attempts: 2
                """,
            "01-nilai.md": "# Nilai Dasar\n\nBerAKHLAK.\n",
            "02-kode.md": "# Kode Etik\n\nNetral dan jujur.\n",
            "02-kode.gift": "::netral:: ASN harus netral. {T}\n\n::nilai:: Nilai dasar ASN? {=BerAKHLAK ~Lainnya}\n",
        ])
        store = try ProgressStore(location: StoreLocation(path: folder.appendingPathComponent("progress.sqlite").path,
                                                          createsFolder: false))
        performer = Performer(store: store, language: language, environment: environment)
        let library = CourseLibrary.load(folder: folder.appendingPathComponent("courses"))
        guard let course = library.courses.first else { throw BenchError.noCourse(library.failures.description) }
        self.course = course
    }

    var scope: CourseScope { CourseScope(learner: Self.nip, course: course) }

    /// The learner registered, as the first-run form does.
    func withLearner() -> Bench {
        _ = performer.perform(.createLearner(Self.learner, courses: [course]))
        return self
    }

    private static let root: URL = {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("belajar-runtime-tests-\(getpid())")
        atexit { try? FileManager.default.removeItem(at: Bench.root) }
        return root
    }()

    private static func write(_ folder: URL, _ files: [String: String]) throws {
        for (name, text) in files { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
    }
}

enum BenchError: Error { case noCourse(String) }

extension Msg {
    /// The failure's words, if this is one.
    var failureMessage: String? {
        switch self {
        case .failed(let failure), .syncFailed(let failure): failure.message
        default: nil
        }
    }
}
