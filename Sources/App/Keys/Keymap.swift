import Canvas

/// What a key does. Screens react to actions, never to raw keys, so the footer and the help
/// screen can be drawn from the same table that decides. In a text field the keys no binding
/// takes are typed into it.
public enum Action: Sendable, Hashable {
    case up, down, pageUp, pageDown, top, bottom, left, right
    case open, back, quit, help, filter, search, nextHit, previousHit
    case contents, links, nextModule, previousModule, resume, quiz, progress, newLearner
    case toggle, confirm, choose(Int), nextField, export, push, feedback, receive
    // MARK: Mentor review
    case save, nextEssay, previousEssay, reload
}

extension Action {
    var movesByPage: Bool { [.pageUp, .pageDown, .top, .bottom].contains(self) }
}

/// The screens, as the route stacks them.
public enum ScreenKind: Sendable, Hashable, CaseIterable {
    case profileForm, learnerPicker, pinPrompt, library, outline, reader, quiz, progress, feedback
    /// The mentor's screen at the office (`belajar review`).
    case review
}

/// One line of the key table: the keys, what they do, and whether the footer hints at it.
public struct Binding: Sendable {
    public let keys: [Key]
    public let action: Action
    public let help: Phrase
    public let inFooter: Bool
    /// How the keys are written when listing them one by one would mislead (`1-9`).
    public let label: String?
    /// Why the binding does nothing right now: said when its key is pressed, and the footer and
    /// help leave it out. nil while it works.
    public var disabled: Phrase?

    init(_ keys: [Key], _ action: Action, _ help: Phrase, footer: Bool = false, label: String? = nil) {
        self.keys = keys
        self.action = action
        self.help = help
        inFooter = footer
        self.label = label
    }

    /// The action of `key` in this binding: the digits of a `choose` binding choose by position.
    func action(for key: Key) -> Action? {
        guard let index = keys.firstIndex(of: key) else { return nil }
        if case .choose = action { return .choose(index) }
        return action
    }
}

public enum Keymap {
    /// The bindings of a key context, most useful first; help and Ctrl-C are added by `global`.
    public static func bindings(for context: KeyContext) -> [Binding] {
        switch context {
        case .profileForm:
            [Binding([.tab, .down], .nextField, .keyNextField, footer: true),
             Binding([.up, .backTab], .up, .keyUp),
             Binding([.enter], .confirm, .formSave, footer: true),
             Binding([.escape], .back, .keyCancel, footer: true)]
        case .pinPrompt:
            [Binding([.enter], .confirm, .keyOpen, footer: true),
             Binding([.escape], .back, .keyCancel, footer: true)]
        case .learnerPicker:
            list + [Binding([.enter], .open, .keyOpen, footer: true),
                    Binding([.character("n")], .newLearner, .keyNewLearner, footer: true),
                    Binding([.character("q"), .escape], .quit, .keyQuit, footer: true)]
        case .library:
            list + [Binding([.enter], .open, .keyOpen, footer: true),
                    libraryFeedback,
                    Binding([.character("/")], .filter, .keyFilter, footer: true),
                    Binding([.character("p")], .progress, .keyProgress, footer: true),
                    Binding([.escape], .back, .keyBack),
                    Binding([.character("q")], .quit, .keyQuit, footer: true)]
        case .libraryFilter:
            [Binding([.enter], .confirm, .keyKeepFilter, footer: true),
             Binding([.escape], .back, .keyCancel, footer: true),
             Binding([.up], .up, .keyUp), Binding([.down], .down, .keyDown),
             Binding([.pageUp], .pageUp, .keyPageUp), Binding([.pageDown], .pageDown, .keyPageDown)]
        case .outline:
            list + [Binding([.enter], .open, .keyOpen, footer: true),
                    Binding([.character("c")], .resume, .keyResume, footer: true),
                    Binding([.character("u")], .quiz, .keyQuiz, footer: true),
                    Binding([.character("p")], .progress, .keyProgress),
                    back]
        case .reader:
            reader
        case .readerSearch:
            [Binding([.enter], .confirm, .keySearch, footer: true), Binding([.escape], .back, .keyCancel, footer: true)]
        case .readerOverlay:
            list + [Binding([.enter], .open, .keyOpen, footer: true), back]
        case .quizChoice:
            [Binding([.up, .character("k")], .up, .keyUp),
             Binding([.down, .character("j")], .down, .keyDown),
             Binding((1...9).map { .character(Character(String($0))) }, .choose(0), .keyChoose, footer: true, label: "1-9"),
             Binding([.character(" ")], .toggle, .keyToggle, footer: true),
             Binding([.enter], .confirm, .keyConfirm, footer: true)] + questionPaging + [quizBack]
        case .quizMatching:
            [Binding([.up, .character("k")], .up, .keyUp),
             Binding([.down, .character("j")], .down, .keyDown),
             Binding([.left], .left, .keyLeft),
             Binding([.right], .right, .keyRight),
             Binding([.enter], .confirm, .keyConfirm, footer: true)] + questionPaging + [quizBack]
        case .quizText:
            // The arrows move by line in an essay; letters, `?` included, are typed.
            [Binding([.enter], .confirm, .keyConfirm, footer: true),
             Binding([.up], .up, .keyUp), Binding([.down], .down, .keyDown)] + questionPaging + [quizBack]
        case .quizFeedback:
            [Binding([.enter, .character(" ")], .confirm, .keyContinue, footer: true)] + questionPaging + [quizBack]
        case .quizConfirmStart:
            [Binding([.enter], .confirm, .keyStartAttempt, footer: true), quizBack]
        case .quizResult:
            [Binding([.enter, .escape], .back, .keyBack, footer: true),
             Binding([.character("u")], .quiz, .keyRetake, footer: true),
             Binding([.up, .character("k")], .up, .keyUp), Binding([.down, .character("j")], .down, .keyDown)]
                + questionPaging
        case .quizWaiting:
            [quizBack]
        case .progress:
            list + [Binding([.character("e")], .export, .keyExport, footer: true),
                    Binding([.character("s")], .push, .keyPush, footer: true),
                    Binding([.character("f")], .feedback, .keyFeedback),
                    Binding([.character("t")], .receive, .keyReceive),
                    back]
        case .exportPath:
            [Binding([.enter], .confirm, .keyExport, footer: true), Binding([.escape], .back, .keyCancel, footer: true),
             Binding([.tab], .nextField, .keyNextDrive, footer: true)]
        case .feedback:
            list + [feedbackOpen, back]
        case .receivePath:
            [Binding([.enter], .confirm, .keyReceive, footer: true), Binding([.escape], .back, .keyCancel, footer: true)]
        case .reviewList, .reviewEssay, .reviewMentor:
            reviewBindings(for: context)
        }
    }

    // MARK: The learner's feedback (issue 13, point 5)
    /// The library offers the feedback list while there is some (disabled otherwise, so the
    /// footer shows it only then).
    private static let libraryFeedback = Binding([.character("f")], .feedback, .keyFeedback, footer: true)
    private static let feedbackOpen = Binding([.enter], .open, .keyOpenAnswer, footer: true)

    private static let back = Binding([.escape, .character("q")], .back, .keyBack, footer: true)
    private static let quizBack = Binding([.escape], .back, .keyBack, footer: true)
    /// A question or a result longer than the screen pages.
    private static let questionPaging = [Binding([.pageDown], .pageDown, .keyPageDown), Binding([.pageUp], .pageUp, .keyPageUp)]

    static let list = [
        Binding([.up, .character("k")], .up, .keyUp),
        Binding([.down, .character("j")], .down, .keyDown),
        Binding([.pageDown], .pageDown, .keyPageDown),
        Binding([.pageUp], .pageUp, .keyPageUp),
        Binding([.home, .character("g")], .top, .keyTop),
        Binding([.end, .character("G")], .bottom, .keyBottom),
    ]

    private static let reader = [
        Binding([.down, .character("j")], .down, .keyDown),
        Binding([.enter], .open, .keyReaderEnter),
        Binding([.up, .character("k")], .up, .keyUp),
        Binding([.character(" "), .pageDown], .pageDown, .keyPageDown, footer: true),
        Binding([.character("b"), .pageUp], .pageUp, .keyPageUp),
        Binding([.character("g"), .home], .top, .keyTop),
        Binding([.character("G"), .end], .bottom, .keyBottom),
        Binding([.left], .left, .keyLeft),
        Binding([.right], .right, .keyRight),
        Binding([.character("/")], .search, .keySearch, footer: true),
        Binding([.character("n")], .nextHit, .keyNextHit),
        Binding([.character("N")], .previousHit, .keyPreviousHit),
        Binding([.character("t")], .contents, .keyContents, footer: true),
        Binding([.character("l")], .links, .keyLinks),
        Binding([.character("]")], .nextModule, .keyNextModule),
        Binding([.character("[")], .previousModule, .keyPreviousModule),
        Binding([.character("u")], .quiz, .keyQuiz),
        back,
    ]

    /// On every screen's help, and hinted in every footer. In a text field `?` is typed, so
    /// help is F1 there.
    public static func global(typing: Bool) -> [Binding] {
        [Binding(typing ? [.function(1)] : [.character("?"), .function(1)], .help, .keyHelp, footer: true),
         Binding([.control("c")], .quit, .keyQuitNow)]
    }

    /// On a help longer than the screen these scroll it; any other key closes it.
    public static let helpScrolling = [
        Binding([.down, .character("j")], .down, .keyDown),
        Binding([.up, .character("k")], .up, .keyUp),
        Binding([.pageDown, .character(" ")], .pageDown, .keyPageDown),
        Binding([.pageUp], .pageUp, .keyPageUp),
    ]

    /// What the keys do right now: the context's bindings and the global ones, each disabled
    /// with its reason where the state says it would do nothing.
    public static func current(in state: AppState) -> [Binding] {
        let context = KeyContext.of(state)
        return (bindings(for: context) + global(typing: context.isTyping)).map { binding in
            var binding = binding
            binding.disabled = state.reasonDisabled(binding.action)
            return binding
        }
    }

    /// The binding `key` falls under right now, enabled or not.
    public static func binding(for key: Key, in state: AppState) -> Binding? {
        current(in: state).first { $0.keys.contains(key) }
    }

    /// What `key` does right now; nil when no binding takes it or its binding is disabled.
    public static func action(for key: Key, in state: AppState) -> Action? {
        guard let binding = binding(for: key, in: state), binding.disabled == nil else { return nil }
        return binding.action(for: key)
    }
}
