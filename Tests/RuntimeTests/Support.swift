import App
import CourseKit
import Foundation
#if canImport(Glibc)
import Glibc
#endif
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

enum BenchError: Error { case noCourse(String), cannotListen }

extension Msg {
    /// The failure's words, if this is one.
    var failureMessage: String? {
        switch self {
        case .failed(let failure), .syncFailed(let failure): failure.message
        default: nil
        }
    }
}

/// A port that takes connections and never answers: a push to it waits until its timeout.
final class SilentServer {
    let port: UInt16
    private let socket: Int32

    init() throws {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        self.socket = socket
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(socket, 8) == 0 else { throw BenchError.cannotListen }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let socketForName = socket
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socketForName, $0, &length) }
        }
        port = UInt16(bigEndian: address.sin_port)
    }

    deinit { close(socket) }

    var environment: [String: String] {
        ["BELAJAR_LRS_URL": "http://127.0.0.1:\(port)/xAPI/", "BELAJAR_LRS_USER": "u", "BELAJAR_LRS_PASSWORD": "p"]
    }
}
