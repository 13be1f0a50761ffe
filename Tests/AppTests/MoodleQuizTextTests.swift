import App
import Canvas
import CourseKit
import Foundation
import Quiz
import Testing

/// A bank as Moodle exports it (`[html]` everywhere) shows learners what Moodle shows them: the
/// text without tags, entities decoded, and the feedback in its own format.
@Suite struct MoodleQuizTextTests {
    static let bank = """
        // [id:tsl]
        ::2-08 TSL::[html]<p>Apa arti <b>TSL</b> &amp; <i>SOP</i>?</p><script>alert(1)</script>{
        \t=<p>Tingkat Standar Layanan</p>#<p>Tepat &mdash; lihat <b>modul 2</b>.</p>
        \t~<p>Tata Surat Lama</p>#[markdown]Bukan, *itu* istilah lama.
        \t####<p>TSL ada di <i>Perpres</i>.</p>
        }

        ::Baris::[moodle]Baris satu
        baris 2*3*4 \\\\ dua{T}
        """

    static func session(width: Int = 80, height: Int = 24) -> Session {
        let questions = GIFTParser.parse(bank, file: URL(fileURLWithPath: "/bank.gift")).questions
        var session = ReaderTests.reading(width: width, height: height)
        session.press(.end, .enter)
        session.send(.quizStarted(QuizSession(courseID: Fixture.course.id, moduleID: "pentingnya",
                                              quiz: ModuleQuiz(file: "bank.gift", questions: questions),
                                              attempt: "a1", saved: [:], attemptsLeft: 3)))
        return session
    }

    static func rows(_ session: Session) -> [String] {
        session.screen.split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0).trimmingCharacters(in: .whitespaces) }
    }

    @Test func anHtmlQuestionShowsItsTextNotItsTags() {
        let rows = Self.rows(Self.session())
        #expect(rows[2] == "Apa arti TSL & SOP?")
        #expect(rows.contains("› 1. ( ) Tingkat Standar Layanan"))
        #expect(rows.contains("2. ( ) Tata Surat Lama"))
        #expect(!rows.joined().contains("<") && !rows.joined().contains("alert"))
    }

    @Test func feedbackShowsInItsOwnFormat() {
        var session = Self.session()
        session.press(.character("2"), .enter)
        let rows = Self.rows(session)
        #expect(rows.contains("Bukan, itu istilah lama."))
        #expect(rows.contains("TSL ada di Perpres."))
        session = Self.session()
        session.press(.character("1"), .enter)
        #expect(Self.rows(session).contains("Tepat — lihat modul 2."))
    }

    @Test func moodleTextKeepsItsLineBreaksAndCharacters() {
        var session = Self.session()
        session.press(.character("1"), .enter, .enter)
        let rows = Self.rows(session)
        #expect(rows[2] == "Baris satu")
        #expect(rows[3] == "baris 2*3*4 \\ dua")
    }

    @Test func aNarrowScreenWrapsTheHtmlText() {
        let rows = Self.rows(Self.session(width: 40, height: 12))
        #expect(rows[2] == "Apa arti TSL & SOP?")
        #expect(!rows.joined().contains("<"))
    }
}

extension MoodleQuizTextTests {
    /// The whole screen at 40x12: what Moodle shows, laid out as the reader lays out text.
    @Test func theWholeScreenAtFortyColumns() {
        var session = Self.session(width: 40, height: 12)
        session.press(.character("2"), .enter)
        #expect(Self.rows(session) == [
            "belajar · Kuis: Pentingnya p… Soal 1/2", "",
            // On a short screen the verdict comes first; the question text is a PgUp away (▲).
            "1. ( ) ✓ Tingkat Standar Layanan    ▲",
            "2. (*) ✗ Tata Surat Lama", "",
            "Salah",
            "Jawaban yang benar:",
            "✓ Tingkat Standar Layanan",
            "Bukan, itu istilah lama.",
            "TSL ada di Perpres.",
            "Tekan Enter untuk lanjut.",
            "? Bantuan  Enter Lanjut  Esc Kembali",
        ])
    }
}
