import App
import Canvas
import Localization
import Testing

/// The PIN as the learner meets it: asked in the form (skippable), asked by the picker and by
/// `--learner`, refused with the store's words, and set where the device requires one.
@Suite struct PINTests {
    static let guarded = LearnerInfo(nip: "198609262015051001", name: "Siti Rahayu", agency: "BKN", hasPIN: true)
    static let open = LearnerInfo(nip: "199001012015052002", name: "Budi")

    static func form(required: Bool = false) -> Session {
        var session = Session(Fixture.state(.indonesian, 80, 24))
        var startup = Fixture.startup()
        startup.pinRequired = required
        session.send(.started(startup))
        session.type("198609262015051001")
        session.press(.tab)
        session.type("Siti Rahayu")
        return session
    }

    @Test func theFormAsksForAPINThatMayBeSkipped() {
        var session = Self.form()
        session.press(.tab, .tab, .tab)
        #expect(session.state.form.focus == .pin)
        #expect(session.screen.contains("Boleh dikosongkan"))
        session.press(.enter)
        #expect(session.effects == [.createLearner(LearnerInfo(nip: "198609262015051001", name: "Siti Rahayu"), pin: nil)])
    }

    @Test func aPINTypedInTheFormIsMaskedRepeatedAndSaved() {
        var session = Self.form()
        session.press(.tab, .tab, .tab)
        session.type("4829")
        session.press(.tab)
        session.type("4828")
        #expect(session.screen.contains("••••"))
        #expect(!session.screen.contains("4829"))
        session.press(.enter)
        #expect(session.effects.isEmpty)
        #expect(session.screen.contains("Kedua PIN tidak sama."))
        session.press(.backspace)
        session.type("9")
        session.press(.enter)
        let info = LearnerInfo(nip: "198609262015051001", name: "Siti Rahayu", hasPIN: true)
        #expect(session.effects == [.createLearner(info, pin: "4829")])
    }

    @Test func aDeviceThatRequiresAPINDoesNotLetTheFormSkipIt() {
        var session = Self.form(required: true)
        session.press(.enter)
        #expect(session.effects.isEmpty)
        #expect(session.state.form.focus == .pin)
        #expect(session.screen.contains("Perangkat ini mewajibkan PIN 4-8 angka."))
        session.type("12")
        #expect(session.screen.contains("PIN harus 4 sampai 8 angka; ini 2 angka."))
    }

    @Test func thePickerAsksForThePINAndARefusalStaysOnThePrompt() {
        var session = Session(Fixture.state(.english, 80, 24))
        session.send(.started(Startup(learners: [Self.guarded, Self.open], lastLearner: Self.guarded.nip,
                                      courses: [Fixture.course], failures: [], folder: "courses")))
        session.press(.enter)
        #expect(session.effects.isEmpty)
        #expect(session.state.screen == .pinPrompt)
        #expect(session.screen.contains("PIN of Siti Rahayu:"))
        session.type("1111")
        #expect(session.screen.contains("****") || session.screen.contains("••••"))
        session.press(.enter)
        #expect(session.effects == [.chooseLearner(nip: Self.guarded.nip, pin: "1111")])
        // The store's answer comes back as a failure: shown, the field emptied, the prompt kept.
        session.send(.failed(Failure("Wrong PIN. Try again.")))
        #expect(session.state.screen == .pinPrompt)
        #expect(session.screen.contains("Wrong PIN. Try again."))
        #expect(session.state.pinPrompt?.field.text == "")
        session.type("4829")
        session.press(.enter)
        session.send(.learnerChosen(Self.guarded, records: [:]))
        #expect(session.state.screen == .library)
        #expect(session.state.pinPrompt == nil)
        // Esc on the prompt goes back to the picker; a learner without a PIN opens at once.
        session.effects = []
        session.state.route = [.learnerPicker]
        session.press(.enter)
        session.press(.escape)
        #expect(session.state.screen == .learnerPicker)
        session.press(.down, .enter)
        #expect(session.effects == [.chooseLearner(nip: Self.open.nip)])
    }

    @Test func learnerFlagAsksForThePINTooAndEscQuits() {
        var session = Session(Fixture.state(.indonesian, 80, 24))
        session.send(.started(Startup(learners: [Self.guarded], lastLearner: "19860926 201505 1 001", learnerGiven: true,
                                      courses: [Fixture.course], failures: [], folder: "courses")))
        #expect(session.effects.isEmpty)
        #expect(session.state.screen == .pinPrompt)
        #expect(session.screen.contains("PIN Siti Rahayu:"))
        session.press(.escape)
        #expect(session.state.isQuitting)
    }

    @Test func aRequiredPINIsCreatedTwiceTypedForALearnerWithoutOne() {
        var session = Session(Fixture.state(.indonesian, 40, 12))
        session.send(.started(Startup(learners: [Self.open], lastLearner: Self.open.nip, courses: [Fixture.course],
                                      failures: [], folder: "courses", pinRequired: true)))
        session.press(.enter)
        #expect(session.state.screen == .pinPrompt)
        #expect(session.screen.contains("Perangkat ini"))
        session.type("12")
        session.press(.enter)
        #expect(session.screen.contains("PIN harus 4 sampai 8 angka"))
        session.type("2468")
        session.press(.enter)
        #expect(session.screen.contains("Ketik PIN yang sama"))
        session.type("2469")
        session.press(.enter)
        #expect(session.screen.contains("Kedua PIN tidak sama."))
        session.type("2468")
        session.press(.enter)
        session.type("2468")
        session.press(.enter)
        #expect(session.effects == [.setPIN(nip: Self.open.nip, pin: "2468")])
    }
}
