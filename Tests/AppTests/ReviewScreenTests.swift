@testable import App
import Canvas
import Localization
import Testing

/// The mentor's screen folded through `update` without a terminal: what it asks the runtime to
/// record, what it refuses, and how it looks (snapshots at 80x24 and 40x12, both languages).
@Suite struct ReviewScreenTests {
    static let mentorNIP = "197001011995031001"

    static let essays = [
        EssayItem(id: "a1", course: "Integritas ASN", learnerNIP: "198609262015052001", learnerName: "Ani Lestari",
                  question: "gratifikasi", questionText: "Ceritakan bagaimana Anda menolak gratifikasi.",
                  answer: "Saya menolak hadiah dari rekanan dan melapor ke UPG dalam 30 hari kerja.",
                  guidance: "Nilai penuh bila menyebut penolakan dan pelaporan ke UPG atau KPK.",
                  answeredAt: "2026-11-30T02:10:00.000Z"),
        EssayItem(id: "a2", course: "Integritas ASN", learnerNIP: "199001012019031002", learnerName: "Budi Santoso",
                  question: "gratifikasi", questionText: "Ceritakan bagaimana Anda menolak gratifikasi.",
                  answer: "Saya tolak.", guidance: nil, answeredAt: "2026-11-30T03:00:00.000Z",
                  review: PastReview(percent: 40, comment: "Terlalu singkat.", mentor: "Dr. Sri Mentor",
                                     date: "2026-11-30T08:00:00.000Z", sent: true)),
        EssayItem(id: "a3", course: "Pelayanan Publik", learnerNIP: "198609262015052001", learnerName: "Ani Lestari",
                  question: "keluhan", questionText: "Bagaimana Anda menanggapi keluhan warga?",
                  answer: "Mendengarkan, mencatat, menindaklanjuti.", guidance: "Cari tiga langkah.",
                  answeredAt: "2026-11-29T01:00:00.000Z"),
    ]

    static func session(_ language: Language = .indonesian, _ width: Int = 80, _ height: Int = 24, utf8: Bool = true,
                        mentor: (String, String) = (mentorNIP, "Dr. Sri Mentor")) -> Session {
        var session = Session(Fixture.state(language, width, height, utf8: utf8))
        session.send(.reviewOpened(mentorNIP: mentor.0, mentorName: mentor.1, courses: [Fixture.course]))
        return session
    }

    @Test func opensOnTheListAndLoadsTheEssaysWithTheOfficeCourses() {
        var session = Self.session()
        #expect(session.effects == [.loadEssays(courses: [Fixture.course])])
        #expect(session.screen.contains("Membaca esai peserta"))
        session.press(.enter)
        #expect(session.state.review?.isOpen == false && session.screen.contains("Membaca esai"))
        session.send(.essaysLoaded(Self.essays))
        #expect(KeyContext.of(session.state) == .reviewList)
        #expect(session.screen.contains("2 menunggu ulasan, 1 sudah diulas"))
    }

    @Test func savingRecordsWhatTheCLIRecordsAndMarksTheEssayReviewed() {
        var session = Self.session()
        session.send(.essaysLoaded(Self.essays))
        session.effects = []
        session.press(.enter)
        #expect(KeyContext.of(session.state) == .reviewEssay)
        session.type("85,5")
        session.press(.tab)
        session.type("Tepat; pelaporannya jelas.")
        session.press(.enter)
        let draft = ReviewDraft(essayID: "a1", percent: 85.5, comment: "Tepat; pelaporannya jelas.",
                                mentor: Mentor(nip: Self.mentorNIP, name: "Dr. Sri Mentor"))
        #expect(session.effects == [.recordReview(draft)])
        #expect(session.state.review?.isSaving == true)
        session.press(.enter)
        #expect(session.effects.count == 1, "a second Enter while saving records nothing twice")
        session.send(.reviewRecorded(essayID: "a1", PastReview(percent: 85.5, comment: draft.comment, mentor: "Dr. Sri Mentor",
                                                               date: "2026-12-01T00:00:00.000Z", sent: true),
                                     .sent(count: 1, url: "http://127.0.0.1:8100/xAPI/")))
        #expect(session.screen.contains("1 catatan ulasan terkirim ke http://127.0.0.1:8100/xAPI/"))
        #expect(session.state.review?.essays?[0].review?.percent == 85.5)
        session.press(.escape)
        #expect(session.screen.contains("1 menunggu ulasan, 2 sudah diulas"))
    }

    @Test(arguments: ["", "abc", "101", "-5", "7 5", "1.2.3"])
    func aBadScoreIsSaidAndNothingIsRecorded(score: String) {
        var session = Self.session(.english)
        session.send(.essaysLoaded(Self.essays))
        session.effects = []
        session.press(.enter)
        session.type(score)
        session.press(.enter)
        #expect(session.effects.isEmpty)
        #expect(session.state.notice?.contains(score.isEmpty ? "No score yet" : "The score \"\(score)\" cannot be used") == true)
        #expect(session.state.review?.focus == .score)
    }

    @Test(arguments: ["0", "100", "75%", " 50 ", "99.5"])
    func aScoreFromZeroToAHundredIsTaken(score: String) {
        #expect(ReviewScreen.percent(score) != nil)
    }

    @Test func nextAndPreviousKeepWhatWasTypedAndStopAtTheEnds() {
        var session = Self.session(.english)
        session.send(.essaysLoaded(Self.essays))
        session.press(.enter)
        session.type("60")
        session.press(.control("p"))
        #expect(session.state.notice == "This is the first essay.")
        session.press(.control("n"))
        #expect(session.state.review?.selected == 1)
        #expect(session.state.review?.score.text == "40" && session.state.review?.comment.text == "Terlalu singkat.",
                "a reviewed essay opens with its review, to be corrected")
        session.press(.control("n"), .control("n"))
        #expect(session.state.notice == "This is the last essay.")
        session.press(.control("p"), .control("p"))
        #expect(session.state.review?.score.text == "60")
        #expect(!Keymap.current(in: session.state).contains { $0.action == .previousEssay && $0.disabled == nil })
    }

    @Test func withoutAMentorTheScreenAsksForNIPAndNameFirst() {
        var session = Self.session(.english, mentor: ("", ""))
        #expect(KeyContext.of(session.state) == .reviewMentor)
        session.press(.enter)
        #expect(session.state.review?.mentor == nil)
        #expect(session.screen.contains("The mentor's name is required."))
        session.type("1970 0101 199503 1 001")
        session.press(.tab)
        session.type("Dr. Sri Mentor")
        session.press(.enter)
        #expect(session.state.review?.mentor == Mentor(nip: Self.mentorNIP, name: "Dr. Sri Mentor"))
        #expect(KeyContext.of(session.state) == .reviewList)
    }

    @Test func aNIPTheCommandGaveIsKeptAndTypingStartsAtTheName() {
        let session = Self.session(.english, mentor: (Self.mentorNIP, ""))
        #expect(session.state.review?.mentorForm?.nip.text == Self.mentorNIP)
        #expect(session.state.review?.mentorForm?.focus == .name)
    }

    @Test func whyTheLRSDidNotTakeAReviewIsReadableOnASmallScreen() {
        var session = Self.session(.english, 40, 12)
        session.send(.essaysLoaded(Self.essays))
        session.press(.enter)
        session.type("70")
        session.press(.enter)
        let reason = "The LRS http://127.0.0.1:9/xAPI/statements cannot be reached (Failed to connect)."
        session.send(.reviewRecorded(essayID: "a1", PastReview(percent: 70, comment: "", mentor: "M", date: "", sent: false),
                                     .unsent(reason: reason)))
        let rows = session.screen.split(separator: "\n", omittingEmptySubsequences: false).suffix(3)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(rows.joined(separator: " ") == "Review saved, but not sent yet: The LRS http://127.0.0.1:9/xAPI/statements cannot be reached (Failed to connect)…")
    }

    @Test func noEssaysAndAnUnreachableLRSAreSaidOnTheList() {
        var session = Self.session(.english)
        session.send(.reviewFailed(Failure("The LRS at http://127.0.0.1:9/xAPI/ cannot be reached.")))
        #expect(session.screen.contains("The essays cannot be read: The LRS at http://127.0.0.1:9/xAPI/"))
        session.effects = []
        session.press(.character("r"))
        #expect(session.effects == [.loadEssays(courses: [Fixture.course])])
        session.send(.essaysLoaded([]))
        #expect(session.screen.contains("No essays to review."))
        session.press(.enter)
        #expect(session.state.review?.isOpen == false)
    }

    @Test func aReviewTheLRSDidNotTakeIsSaidAsKept() {
        var session = Self.session(.english)
        session.send(.essaysLoaded(Self.essays))
        session.press(.enter)
        session.type("70")
        session.press(.enter)
        session.send(.reviewRecorded(essayID: "a1", PastReview(percent: 70, comment: "", mentor: "Dr. Sri Mentor",
                                                               date: "2026-12-01T00:00:00.000Z", sent: false),
                                     .unsent(reason: "The LRS cannot be reached.")))
        #expect(session.state.notice == "Review saved, but not sent yet: The LRS cannot be reached. It is sent with the next review.")
        #expect(session.screen.contains("(not sent to the LRS"))
        #expect(session.state.review?.isSaving == false)
    }

    @Test func theFooterAndHelpShowOnlyWorkingKeys() {
        var session = Self.session(.english)
        session.send(.essaysLoaded(Self.essays))
        session.press(.enter)
        let bottom = session.screen.split(separator: "\n").last.map(String.init) ?? ""
        #expect(bottom.contains("Save") && bottom.contains("Next") && !bottom.contains("Previous"))
        session.press(.function(1))
        #expect(session.screen.contains("Ctrl-N") && !session.screen.contains("Ctrl-P"))
    }

    @Test(arguments: [Language.indonesian, .english], [(80, 24, true), (40, 12, true), (40, 12, false)])
    func looks(language: Language, size: (Int, Int, Bool)) throws {
        var session = Self.session(language, size.0, size.1, utf8: size.2, mentor: ("", "Dr. Sri Mentor"))
        var frames = ""
        func frame(_ name: String) { frames += "=== \(name)\n\(session.styledScreen)\n" }
        session.type("1970010119950310")
        session.press(.enter)
        frame("mentor, a short NIP")
        session.type("01")
        session.press(.enter)
        frame("loading")
        session.send(.essaysLoaded(Self.essays))
        frame("list")
        session.press(.enter)
        frame("essay")
        session.type("85")
        session.press(.tab)
        session.type("Tepat; penolakan dan pelaporan ke UPG disebut dengan jelas, lengkap dengan batas waktunya.")
        frame("essay, typed")
        session.press(.down, .down, .down)
        frame("essay, scrolled")
        session.press(.control("n"))
        frame("reviewed essay")
        session.press(.escape, .down)
        frame("list, back from the second essay and one down")
        try Snapshot.match(frames, named: "review-\(language.rawValue)-\(size.0)x\(size.1)\(size.2 ? "" : "-ascii")")
    }
}
