@testable import App
import Canvas
import CourseKit
import Domain
import Foundation
import Localization

/// A small course, its module text and its quiz, built in memory: App performs no I/O.
enum Fixture {
    static let course = Course(
        id: "pengembangan-kualitas-asn", title: "Pengembangan Kualitas ASN", version: "1.0.0", hours: 2,
        modules: [
            Module(id: "pentingnya", title: "Pentingnya pengembangan kompetensi", file: "01-pentingnya.md",
                   quiz: "01-pentingnya.gift", minutes: 10),
            Module(id: "strategi", title: "Strategi belajar mandiri", file: "02-strategi.md", minutes: 8),
        ],
        completion: CompletionRule(passMark: 70, maxAttempts: 3),
        folder: URL(fileURLWithPath: "/nonexistent"))

    static let second = Course(
        id: "menulis-kursus", title: "Menulis Kursus untuk belajar", version: "1.0.0", hours: 1,
        modules: [Module(id: "format", title: "Format kursus", file: "01-format.md")],
        folder: URL(fileURLWithPath: "/nonexistent"))

    static let failure = BrokenCourse(folder: "rusak", message: "course.yaml:3:1: galat: kunci 'hours' wajib ada")

    static let learner = LearnerInfo(nip: "198609262015051001", name: "Siti Rahayu", agency: "BKN", unit: "Diklat")

    /// The learner's records in the first course, as effects carry them.
    static let scope = CourseScope(learner: learner.nip, course: course)

    static var markdown: String {
        var text = "# Pentingnya pengembangan kompetensi\n\nSetiap ASN berhak dan wajib mengembangkan kompetensi "
            + "paling sedikit **20 JP** setahun. Lihat [peraturan](https://jdih.example.go.id/pp-17).\n\n"
        for section in 1...4 {
            text += "## Bagian \(section)\n\n"
            for paragraph in 1...3 {
                text += "Paragraf \(paragraph) bagian \(section): belajar mandiri dihitung sebagai pengembangan "
                    + "kompetensi, sama seperti pelatihan klasikal, coaching dan mentoring.\n\n"
            }
        }
        return text + "Selesai. 学习 🙂 kompetensi.\n"
    }

    static let quiz = ModuleQuiz(file: "01-pentingnya.gift", questions: [
        Question(id: "jp", text: "Berapa JP minimal setahun?", kind: .multipleChoice([
            Choice(text: "10 JP", weight: 0, feedback: "Terlalu sedikit."),
            Choice(text: "20 JP", weight: 100, feedback: "Tepat."),
            Choice(text: "40 JP", weight: 0),
        ]), generalFeedback: "Lihat UU ASN 2023.", line: 1),
        Question(id: "bentuk", text: "Mana yang termasuk pengembangan kompetensi?", kind: .multipleAnswer([
            Choice(text: "Pelatihan", weight: 50),
            Choice(text: "Coaching", weight: 50),
            Choice(text: "Cuti", weight: -100),
        ]), line: 5),
        Question(id: "mandiri", text: "Belajar mandiri dihitung.", kind: .trueFalse(answer: true, whenWrong: "Dihitung.", whenRight: nil), line: 9),
        Question(id: "satuan", text: "Satuan jam pelajaran disingkat?", kind: .shortAnswer([ShortAnswer(text: "JP")], caseSensitive: false), line: 11),
        Question(id: "menit", text: "Berapa menit 1 JP?", kind: .numerical([NumericalAnswer(value: .exact(45, tolerance: 0))]), line: 13),
        Question(id: "pasangan", text: "Pasangkan.", kind: .matching([
            MatchPair(prompt: "PNS", answer: "Pegawai tetap"), MatchPair(prompt: "PPPK", answer: "Pegawai kontrak"),
        ]), line: 15),
        Question(id: "refleksi", text: "Apa rencana belajar Anda?", kind: .essay, line: 19),
    ])

    static func state(_ language: Language, _ width: Int, _ height: Int, utf8: Bool = true) -> AppState {
        AppState(language: language, display: Display(isUTF8: utf8, hasColors: true), size: Size(width: width, height: height),
                 clock: clock)
    }

    static func startup(learners: [LearnerInfo] = []) -> Startup {
        Startup(learners: learners, lastLearner: learners.last?.nip, courses: [course, second],
                failures: [failure], folder: "courses")
    }

    /// 1 December 2026, 05.35 in Jakarta: every screen is drawn at this moment.
    static let clock = Clock(now: Date(timeIntervalSince1970: 1_796_078_100), timeZone: TimeZone(identifier: "Asia/Jakarta")!)

    static let report = ProgressReport(
        year: 2026, hours: 2, target: 20,
        completions: [.init(title: course.title, date: Date(timeIntervalSince1970: 1_795_000_000), hours: 2)],
        pending: 14)
}

/// Folds messages through `update`, keeping every effect asked for. Reader work (layout and
/// search, pure computation) is performed at once and answered, as the runtime would, unless
/// `performsReaderWork` is off to see the reader while it waits.
struct Session {
    var state: AppState
    var effects: [Effect] = []
    var performsReaderWork = true

    init(_ state: AppState) { self.state = state }

    mutating func send(_ msg: Msg) {
        let asked = update(&state, msg)
        effects += asked
        guard performsReaderWork else { return }
        for case .readerWork(let work) in asked {
            if let answer = work.perform() { send(answer) }
        }
    }

    mutating func press(_ keys: Key...) {
        for key in keys { send(.key(key)) }
    }

    mutating func type(_ text: String) {
        for character in text { send(.key(.character(character))) }
    }

    var screen: String { view(state).text }

    /// The screen, and under each row whose styles carry meaning a line marking them: `E` an
    /// error, `G` a good sign, `S` the selected row, `H` a search hit. Colours alone do not.
    var styledScreen: String {
        let buffer = view(state)
        let styles = Styles(display: state.display)
        let meanings: [(Style, Character)] = [(styles.error, "E"), (styles.good, "G"), (styles.currentHit, "H"),
                                              (styles.selected, "S")]
        var lines: [String] = []
        for y in 0..<buffer.size.height {
            lines.append(buffer.line(y))
            let marks = (0..<buffer.size.width).map { x in
                meanings.first { $0.0 == buffer[x, y].style }?.1 ?? " "
            }
            let text = String(marks).replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
            if !text.isEmpty { lines.append("~ " + text) }
        }
        return lines.joined(separator: "\n")
    }
}
