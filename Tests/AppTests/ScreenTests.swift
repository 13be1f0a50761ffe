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
        #expect(session.effects == [.createLearner(LearnerInfo(nip: "198609262015051001", name: "Siti Rahayu"),
                                                   courses: [Fixture.course, Fixture.second])])
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
        #expect(session.effects == [.chooseLearner(nip: Fixture.learner.nip, courses: [Fixture.course])])
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
        #expect(session.effects.last == .loadCourse(CourseScope(learner: Fixture.learner.nip, course: untitled), readTitles: true))
        #expect(session.screen.contains("format") && !session.screen.contains("Format kursus"))
        session.send(.courseOpened(Fixture.second, titled: true))
        #expect(session.screen.contains("Format kursus"))
        #expect(session.state.course(Fixture.course.id) == Fixture.course)
        session.press(.escape, .enter)
        #expect(session.effects.last == .loadCourse(CourseScope(learner: Fixture.learner.nip, course: Fixture.second),
                                                    readTitles: false))
    }

    @Test func theFooterAndHelpAreDrawnFromTheKeyTable() {
        var session = ReaderTests.reading()
        let footer = view(session.state).line(23)
        for binding in Keymap.bindings(for: .reader) where binding.inFooter {
            #expect(footer.contains(Strings(.indonesian)[binding.help]))
        }
        session.press(.character("?"))
        let help = session.screen
        // The fixture's first module has a quiz: every reader key works.
        for binding in Keymap.bindings(for: .reader) + Keymap.global(typing: false) {
            #expect(help.contains(Strings(.indonesian)[binding.help]), "\(binding.help)")
        }
        session.press(.character("x"))
        #expect(session.state.showsHelp == false)
    }

    @Test(arguments: KeyContext.allCases)
    func noKeyIsBoundTwiceInAContext(context: KeyContext) {
        let keys = (Keymap.bindings(for: context) + Keymap.global(typing: context.isTyping)).flatMap(\.keys)
        #expect(Set(keys).count == keys.count)
    }

    /// In a text field every printable key is typed: none is bound there, help is F1.
    @Test(arguments: KeyContext.allCases.filter(\.isTyping))
    func aTextFieldLeavesPrintableKeysToTyping(context: KeyContext) {
        let keys = (Keymap.bindings(for: context) + Keymap.global(typing: true)).flatMap(\.keys)
        #expect(!keys.contains { if case .character = $0 { true } else { false } })
        #expect(keys.contains(.function(1)))
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
        session.send(.exported(count: 14, path: "/b.bundle", bytes: 9_830))
        #expect(session.state.notice == "14 records exported to /b.bundle (9.6 KB)")
        let reload = Effect.loadReport(learner: Fixture.learner.nip, year: 2026,
                                       titles: [Fixture.course.id: Fixture.course.title, Fixture.second.id: Fixture.second.title])
        #expect(session.effects.last == reload)
        session.press(.character("s"))
        #expect(session.screen.contains("No LRS is set up"))
        #expect(session.effects.last == reload)
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
        #expect(session.effects.last == .loadFeedback(learner: Fixture.learner.nip, courses: session.state.courses))
        session.send(.feedbackLoaded([]))
        #expect(session.screen.contains(language == .english ? "No feedback from a mentor yet" : "Belum ada umpan balik"))
        session.send(.feedbackLoaded([
            FeedbackItem(course: "Etika", question: "Refleksi",
                         grade: MentorGrade(percent: 80, mentor: "Dr. Sri", comment: "Bagus\u{1B}[31m\nlanjutkan",
                                            reviewedAt: "2026-12-01T02:00:00.000Z"), isNew: true),
            FeedbackItem(course: "Etika", question: "Esai 2",
                         grade: MentorGrade(percent: 50, mentor: "Dr. Sri", comment: "Cukup", reviewedAt: "2026-11-30T01:00:00Z"),
                         isNew: false),
        ]))
        let screen = session.screen
        #expect(screen.contains(language == .english ? "80%  [new] Refleksi" : "80%  [baru] Refleksi"))
        #expect(screen.contains("Dr. Sri: Bagus"))
        #expect(!screen.contains("\u{1B}"))
        #expect(screen.contains(language == .english ? "1 December 2026, 09:00" : "1 Desember 2026, 09.00"))
        #expect(screen.contains("Etika"))
        #expect(screen.contains("50%  Esai 2"))
        session.press(.escape)
        #expect(session.state.screen == .progress)
        #expect(session.effects.last == Self.reload)
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
        #expect(session.effects.last == .receive(path: "/media/usb/k.package", learner: Fixture.learner.nip,
                                                 courses: session.state.courses))
        session.send(.received(reviews: 2, passed: 1, hours: 3, courses: 0))
        #expect(session.screen.contains("Paket diterima: 2 umpan balik, 1 kuis lulus, +3 JP, 0 kursus baru"))
        #expect(session.effects.last == Self.reload)
    }

    static let reload = Effect.loadReport(learner: Fixture.learner.nip, year: 2026,
                                          titles: [Fixture.course.id: Fixture.course.title, Fixture.second.id: Fixture.second.title])

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

/// Keys that would do nothing where they are shown are left out of the footer and the help,
/// and say why when pressed.
@Suite struct DisabledKeyTests {
    static func outline() -> Session {
        var session = Session(Fixture.state(.indonesian, 80, 24))
        session.send(.started(Fixture.startup(learners: [Fixture.learner])))
        session.send(.learnerChosen(Fixture.learner, records: [:]))
        session.press(.enter)
        return session
    }

    @Test func theQuizKeyWorksOnlyOnAModuleWithAQuiz() {
        var session = Self.outline()
        #expect(!view(session.state).line(23).contains("u Kuis"))
        session.press(.character("u"))
        #expect(session.screen.contains("Modul ini tidak punya kuis."))
        #expect(session.state.screen == .outline)
        session.press(.down)
        #expect(view(session.state).line(23).contains("u Kuis"))
        session.press(.down)
        #expect(!view(session.state).line(23).contains("u Kuis"))
        session.press(.character("?"))
        #expect(!session.screen.contains("Kuis "))
    }

    @Test func sendingIsOfferedOnlyWithAnLRS() {
        var session = Self.outline()
        session.press(.character("p"))
        session.send(.reportLoaded(Fixture.report))
        #expect(!view(session.state).line(23).contains("s "))
        var report = Fixture.report
        report.canPush = true
        session.send(.reportLoaded(report))
        #expect(view(session.state).line(23).contains("s Sinkronisasi"))
        session.press(.character("s"))
        #expect(session.effects.last == .push)
        // While it sends, export and push wait; the screen says so and Esc leaves.
        #expect(!view(session.state).line(23).contains("e Ekspor"))
        session.send(.pushProgress(sent: 50, total: 120))
        #expect(session.screen.contains("Mengirim ke LRS: 50 dari 120 catatan"))
        session.press(.character("e"))
        #expect(session.screen.contains("Tunggu sampai ekspor/pengiriman selesai."))
        session.press(.escape)
        #expect(session.state.screen == .outline)
        #expect(session.effects.last == .cancelPush)
        session.send(.pushed(count: 120))
        #expect(session.screen.contains("120 catatan terkirim ke LRS."))
    }

    @Test func aResultScreenOffersNoChoices() {
        var session = QuizTests.quiz()
        session.send(.attemptFinished(score: 100, passed: true))
        let footer = view(session.state).line(23)
        #expect(!footer.contains("1-9"))
        #expect(footer.contains("Enter Kembali"))
    }

    /// In a text field `?` is typed; the footer offers the help key that works there.
    @Test func aTextFieldShowsF1ForHelp() {
        var session = Session(Fixture.state(.indonesian, 80, 24))
        session.send(.started(Fixture.startup()))
        #expect(view(session.state).line(23).hasPrefix(" F1 Bantuan"))
        session.type("?")
        #expect(session.state.form.text(.nip) == "?")
        session.press(.function(1))
        #expect(session.state.showsHelp)
        #expect(!session.screen.contains("? "))
    }
}
