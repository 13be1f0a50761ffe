import Canvas

/// What a key does. Screens react to actions, never to raw keys, so the footer and the help
/// screen can be drawn from the same table that decides.
public enum Action: Sendable, Hashable {
    case up, down, pageUp, pageDown, top, bottom, left, right
    case open, back, quit, help, filter, search, nextHit, previousHit
    case contents, links, nextModule, previousModule, resume, quiz, progress, newLearner
    case toggle, confirm, choose(Int), nextField, export, push, feedback, receive
}

extension Action {
    var movesByPage: Bool { [.pageUp, .pageDown, .top, .bottom].contains(self) }
}

/// The screens, as the key table knows them.
public enum ScreenKind: Sendable, Hashable, CaseIterable {
    case profileForm, learnerPicker, pinPrompt, library, outline, reader, quiz, progress, feedback
}

/// One line of the key table: the keys, what they do, and whether the footer hints at it.
public struct Binding: Sendable {
    public let keys: [Key]
    public let action: Action
    public let help: Phrase
    public let inFooter: Bool
    /// How the keys are written when listing them one by one would mislead (`1-9`).
    public let label: String?

    init(_ keys: [Key], _ action: Action, _ help: Phrase, footer: Bool = false, label: String? = nil) {
        self.keys = keys
        self.action = action
        self.help = help
        inFooter = footer
        self.label = label
    }
}

public enum Keymap {
    /// The bindings of a screen, most useful first; `?` and Ctrl-C work everywhere.
    public static func bindings(for screen: ScreenKind) -> [Binding] {
        switch screen {
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
                    Binding([.character("/")], .filter, .keyFilter, footer: true),
                    Binding([.character("p")], .progress, .keyProgress, footer: true),
                    Binding([.escape], .back, .keyBack),
                    Binding([.character("q")], .quit, .keyQuit, footer: true)]
        case .outline:
            list + [Binding([.enter], .open, .keyOpen, footer: true),
                    Binding([.character("c")], .resume, .keyResume, footer: true),
                    Binding([.character("u")], .quiz, .keyQuiz, footer: true),
                    Binding([.character("p")], .progress, .keyProgress),
                    back]
        case .reader:
            reader
        case .quiz:
            [Binding([.up, .character("k")], .up, .keyUp),
             Binding([.down, .character("j")], .down, .keyDown),
             Binding([], .choose(0), .keyChoose, footer: true, label: "1-9"),
             Binding([.character(" ")], .toggle, .keyToggle, footer: true),
             Binding([.left], .left, .keyLeft),
             Binding([.right], .right, .keyRight),
             Binding([.enter], .confirm, .keyConfirm, footer: true),
             Binding([.pageDown], .pageDown, .keyPageDown),
             Binding([.pageUp], .pageUp, .keyPageUp),
             Binding([.character("u")], .quiz, .keyRetake),
             Binding([.escape], .back, .keyBack, footer: true)]
        case .progress:
            list + [Binding([.character("e")], .export, .keyExport, footer: true),
                    Binding([.character("s")], .push, .keyPush, footer: true),
                    Binding([.character("f")], .feedback, .keyFeedback),
                    Binding([.character("t")], .receive, .keyReceive),
                    back]
        case .feedback:
            list + [back]
        }
    }

    private static let back = Binding([.escape, .character("q")], .back, .keyBack, footer: true)

    private static let list = [
        Binding([.up, .character("k")], .up, .keyUp),
        Binding([.down, .character("j")], .down, .keyDown),
        Binding([.pageDown], .pageDown, .keyPageDown),
        Binding([.pageUp], .pageUp, .keyPageUp),
        Binding([.home, .character("g")], .top, .keyTop),
        Binding([.end, .character("G")], .bottom, .keyBottom),
    ]

    private static let reader = [
        Binding([.down, .character("j"), .enter], .down, .keyDown),
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

    /// Shown on every screen's help, and hinted in every footer.
    public static let global = [Binding([.character("?"), .function(1)], .help, .keyHelp, footer: true),
                                Binding([.control("c")], .quit, .keyQuitNow)]

    /// On a help longer than the screen these scroll it; any other key closes it.
    public static let helpScrolling = [
        Binding([.down, .character("j")], .down, .keyDown),
        Binding([.up, .character("k")], .up, .keyUp),
        Binding([.pageDown, .character(" ")], .pageDown, .keyPageDown),
        Binding([.pageUp], .pageUp, .keyPageUp),
    ]

    /// Keys that still act while an answer is typed (every other key is text): Esc, Enter,
    /// paging through a long question, and help on F1 (`?` is typed).
    public static func leavesTyping(_ key: Key) -> Bool {
        [.escape, .enter, .pageUp, .pageDown, .function(1)].contains(key)
    }

    /// The action of `key` on `screen`; digits choose on the quiz screen.
    public static func action(for key: Key, on screen: ScreenKind) -> Action? {
        if screen == .quiz, case .character(let c) = key, let digit = c.wholeNumberValue, (1...9).contains(digit) {
            return .choose(digit - 1)
        }
        for binding in bindings(for: screen) + global where binding.keys.contains(key) {
            return binding.action
        }
        return nil
    }
}
