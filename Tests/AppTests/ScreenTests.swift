import App
import Canvas
import Localization
import Testing

@Suite struct ScreenTests {
    @Test func aFirstRunShowsTheFormAndASavedProfileIsCreated() {
        var session = Session(Fixture.state(.indonesian, 80, 24))
        session.send(.started(Fixture.startup()))
        #expect(session.state.screen == .profileForm)
        session.type("19860926.201505.1.001")
        session.press(.tab)
        session.type("Siti Rahayu")
        session.press(.enter)
        #expect(session.effects == [.createLearner(LearnerInfo(nip: "198609262015051001", name: "Siti Rahayu"))])
    }

    @Test(arguments: [
        ("19860931201505 1001", "tanggal lahir"), ("198609262015131001", "bulan TMT"),
        ("198609261980051001", "sesudah tanggal lahir"), ("198609262015053001", "1 (pria) atau 2"),
        ("198609262015051000", "tidak boleh 000"), ("1986x", "bukan angka"),
    ])
    func aWrongNIPIsExplainedAsItIsTyped(nip: String, reason: String) {
        var session = Session(Fixture.state(.indonesian, 80, 24))
        session.send(.started(Fixture.startup()))
        session.type(nip)
        #expect(session.screen.contains(reason))
        session.press(.enter)
        #expect(session.effects.isEmpty)
    }

    @Test func thePickerStartsOnTheLastLearner() {
        let other = LearnerInfo(nip: "199001012015052002", name: "Budi")
        var session = Session(Fixture.state(.english, 80, 24))
        session.send(.started(Startup(learners: [other, Fixture.learner], lastLearner: Fixture.learner.nip,
                                      courses: [Fixture.course], failures: [], folder: "courses")))
        #expect(session.state.picker == 1)
        session.press(.enter)
        #expect(session.effects == [.chooseLearner(nip: Fixture.learner.nip)])
    }

    @Test func qOnTheLibraryQuitsAndEscElsewhereGoesBack() {
        var session = ReaderTests.reading()
        session.press(.escape)
        #expect(session.state.screen == .outline)
        session.press(.character("q"))
        #expect(session.state.screen == .library)
        session.press(.character("q"))
        #expect(session.state.isQuitting)
    }

    @Test func theLibraryShowsProgressStatusAndBrokenCourses() {
        var session = Session(Fixture.state(.indonesian, 80, 24))
        session.send(.started(Fixture.startup(learners: [Fixture.learner])))
        session.send(.learnerChosen(Fixture.learner, records: [
            Fixture.course.id: CourseRecord(percent: 50, status: .inProgress),
            Fixture.second.id: CourseRecord(percent: 100, status: .completed),
        ]))
        let screen = session.screen
        #expect(screen.contains("█████░░░░░  50%  Sedang berjalan"))
        #expect(screen.contains("██████████ 100%  Selesai"))
        #expect(screen.contains("rusak: course.yaml:3:1"))
    }

    /// The library knows modules by id until the runtime reads their headings, as the outline opens.
    @Test func anOpenedCourseShowsItsModulesByTheirHeadings() {
        var session = Session(Fixture.state(.english, 80, 24))
        var untitled = Fixture.second
        untitled.modules[0].title = untitled.modules[0].id
        session.send(.started(Startup(learners: [Fixture.learner], lastLearner: Fixture.learner.nip, learnerGiven: true,
                                      courses: [Fixture.course, untitled], failures: [], folder: "courses")))
        session.send(.learnerChosen(Fixture.learner, records: [:]))
        session.press(.down, .enter)
        #expect(session.effects.last == .loadCourse(courseID: untitled.id))
        #expect(session.screen.contains("format") && !session.screen.contains("Format kursus"))
        session.send(.courseOpened(Fixture.second))
        #expect(session.screen.contains("Format kursus"))
        #expect(session.state.course(Fixture.course.id) == Fixture.course)
    }

    @Test func theFooterAndHelpAreDrawnFromTheKeyTable() {
        var session = ReaderTests.reading()
        let footer = view(session.state).line(23)
        for binding in Keymap.bindings(for: .reader) where binding.inFooter {
            #expect(footer.contains(Strings(.indonesian)[binding.help]))
        }
        session.press(.character("?"))
        let help = session.screen
        for binding in Keymap.bindings(for: .reader) + Keymap.global {
            #expect(help.contains(Strings(.indonesian)[binding.help]), "\(binding.help)")
        }
        session.press(.character("x"))
        #expect(session.state.showsHelp == false)
    }

    @Test(arguments: ScreenKind.allCases)
    func noKeyIsBoundTwiceOnAScreen(screen: ScreenKind) {
        let keys = (Keymap.bindings(for: screen) + Keymap.global).flatMap(\.keys)
        #expect(Set(keys).count == keys.count)
    }

    @Test func theProgressScreenExportsToATypedPathAndPushesOnlyWhenAnLRSIsSetUp() {
        var session = Session(Fixture.state(.english, 40, 12))
        session.send(.started(Fixture.startup(learners: [Fixture.learner])))
        session.send(.learnerChosen(Fixture.learner, records: [:]))
        session.press(.character("p"))
        session.send(.reportLoaded(Fixture.report))
        session.press(.character("e"))
        session.type("/media/usb")
        #expect(session.screen.contains("Export to folder/file: /media/usb"))
        session.press(.enter)
        #expect(session.effects.last == .export(path: "/media/usb"))
        session.send(.exported(count: 14, path: "/media/usb/b.bundle"))
        #expect(session.screen.contains("14 records exported"))
        #expect(session.effects.last == .loadReport)
        session.press(.character("s"))
        #expect(session.screen.contains("No LRS is set up"))
        #expect(session.effects.last == .loadReport)
    }

    @Test(arguments: [(Language.indonesian, 80, "2 umpan balik baru"), (.english, 40, "2 new feedback")])
    func theProgressScreenSaysHowMuchFeedbackIsNew(language: Language, width: Int, line: String) {
        var session = Session(Fixture.state(language, width, width == 80 ? 24 : 12))
        session.send(.started(Fixture.startup(learners: [Fixture.learner])))
        session.send(.learnerChosen(Fixture.learner, records: [:]))
        session.press(.character("p"))
        var report = Fixture.report
        session.send(.reportLoaded(report))
        #expect(!session.screen.contains(line))
        report.newFeedback = 2
        session.send(.reportLoaded(report))
        #expect(session.screen.contains(line))
    }

    @Test(arguments: [(Language.english, 40, 12), (.indonesian, 80, 24)])
    func theFeedbackScreenListsEachReviewAndGoesBackToProgress(language: Language, width: Int, height: Int) {
        var session = Session(Fixture.state(language, width, height))
        session.send(.started(Fixture.startup(learners: [Fixture.learner])))
        session.send(.learnerChosen(Fixture.learner, records: [:]))
        session.press(.character("p"))
        session.send(.reportLoaded(Fixture.report))
        session.press(.character("f"))
        #expect(session.effects.last == .loadFeedback)
        session.send(.feedbackLoaded([]))
        #expect(session.screen.contains(language == .english ? "No feedback from a mentor yet" : "Belum ada umpan balik"))
        session.send(.feedbackLoaded([
            FeedbackItem(course: "Etika", question: "Refleksi", percent: 80, mentor: "Dr. Sri",
                         comment: "Bagus\u{1B}[31m\nlanjutkan", date: "2026-12-01", isNew: true),
            FeedbackItem(course: "Etika", question: "Esai 2", percent: 50, mentor: "Dr. Sri", comment: "Cukup",
                         date: "2026-11-30", isNew: false),
        ]))
        let screen = session.screen
        #expect(screen.contains(language == .english ? "2026-12-01  80%  [new] Refleksi" : "2026-12-01  80%  [baru] Refleksi"))
        #expect(screen.contains("Dr. Sri: Bagus"))
        #expect(!screen.contains("\u{1B}"))
        #expect(screen.contains("  Etika"))
        #expect(screen.contains("2026-11-30  50%  Esai 2"))
        session.press(.escape)
        #expect(session.state.screen == .progress)
        #expect(session.effects.last == .loadReport)
    }

    @Test func theProgressScreenReceivesAnOfficePackageFromATypedPath() {
        var session = Session(Fixture.state(.indonesian, 80, 24))
        session.send(.started(Fixture.startup(learners: [Fixture.learner])))
        session.send(.learnerChosen(Fixture.learner, records: [:]))
        session.press(.character("p"))
        session.send(.reportLoaded(Fixture.report))
        session.press(.character("t"))
        session.press(.escape)
        #expect(session.state.receivePath == nil && session.state.screen == .progress)
        session.press(.character("t"))
        session.type("/media/usb/k.package")
        #expect(session.screen.contains("Berkas paket dari kantor: /media/usb/k.package"))
        session.press(.enter)
        #expect(session.effects.last == .receive(path: "/media/usb/k.package"))
        session.send(.received(reviews: 2, passed: 1, hours: 3, courses: 0))
        #expect(session.screen.contains("Paket diterima: 2 umpan balik, 1 kuis lulus, +3 JP, 0 kursus baru"))
        #expect(session.effects.last == .loadReport)
    }

    @Test func aTooSmallScreenSaysSoAndRecovers() {
        var session = Session(Fixture.state(.english, 80, 24))
        session.send(.started(Fixture.startup()))
        session.send(.resize(Size(width: 39, height: 12)))
        #expect(session.screen.contains("Screen too small"))
        session.send(.resize(Size(width: 40, height: 12)))
        #expect(session.screen.contains("Learner profile"))
    }

    /// At 20x6 the hint is longer than a row: it wraps rather than losing its end.
    @Test func aTinyScreenWrapsTheHintWhole() {
        var session = Session(Fixture.state(.indonesian, 80, 24))
        session.send(.started(Fixture.startup()))
        session.send(.resize(Size(width: 20, height: 6)))
        let words = session.screen.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words == "Layar terlalu kecil Perbesar ke 40x12 atau lebih")
    }

    @Test func withoutUTF8TheChromeIsASCII() {
        var session = Session(Fixture.state(.indonesian, 80, 24, utf8: false))
        session.send(.started(Fixture.startup(learners: [Fixture.learner])))
        session.send(.learnerChosen(Fixture.learner, records: [Fixture.course.id: CourseRecord(percent: 50, status: .inProgress)]))
        let ascii = session.screen.unicodeScalars.allSatisfy(\.isASCII)
        #expect(ascii)
        #expect(session.screen.contains("> Pengembangan Kualitas ASN"))
        #expect(session.screen.contains("#####-----  50%"))
    }
}
