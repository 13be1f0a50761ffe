import App
import CursesTerminal
import Domain

/// Runs the app: draws the state, turns terminal events into messages, and hands the effects
/// `update` asks for to the worker, folding their answers back in as they come.
public struct Runtime {
    let terminal: CursesTerminal
    let worker: Worker
    var state: AppState

    /// How long a frame waits for quick effects, and how often the screen looks for answers
    /// while slow ones run.
    static let settleSeconds = 0.25
    static let pollMilliseconds: Int32 = 100

    public init(terminal: CursesTerminal, performer: Performer, state: AppState) {
        self.terminal = terminal
        worker = Worker(performer: performer)
        self.state = state
    }

    public mutating func run(_ startup: Startup) {
        run(first: .started(startup))
    }

    /// Runs from `first`: the learner's startup, or the mentor's screen opening.
    public mutating func run(first: Msg) {
        send(first)
        while !state.isQuitting {
            foldAnswers()
            if state.isQuitting { break }
            terminal.present(view(state))
            switch terminal.nextEvent(waitingAtMost: worker.isBusy ? Self.pollMilliseconds : nil) {
            case .key(let key)?:
                send(.clock(.system()))
                send(.key(key))
            case .resize(let size)?: send(.resize(size))
            case nil: break
            }
        }
        worker.finish()
    }

    /// Folds the answers that came in, and those of the quick effects they ask for in turn.
    private mutating func foldAnswers() {
        while true {
            worker.settle(within: Self.settleSeconds)
            let answers = worker.take()
            if answers.isEmpty { return }
            for answer in answers { send(answer) }
        }
    }

    private mutating func send(_ msg: Msg) {
        for effect in update(&state, msg) { worker.submit(effect) }
    }
}
