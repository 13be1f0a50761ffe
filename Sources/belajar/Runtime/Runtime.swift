import App
import CursesTerminal

private extension Effect {
    var isExport: Bool {
        if case .export = self { return true }
        return false
    }
}

/// Runs the app: draws the state, turns terminal events into messages, and performs the
/// effects `update` asks for, feeding their results back as messages.
struct Runtime {
    let terminal: CursesTerminal
    let records: Records
    var state: AppState

    init(terminal: CursesTerminal, records: Records, state: AppState) {
        self.terminal = terminal
        self.records = records
        self.state = state
    }

    mutating func run(_ startup: Startup) {
        send(.started(startup))
        while !state.isQuitting {
            terminal.present(view(state))
            switch terminal.nextEvent() {
            case .key(let key): send(.key(key))
            case .resize(let size): send(.resize(size))
            }
        }
    }

    /// Folds `msg` and everything its effects answer, in order.
    private mutating func send(_ msg: Msg) {
        var queue = [msg]
        while !queue.isEmpty {
            let effects = update(&state, queue.removeFirst())
            for effect in effects {
                // A push waits on the network: show the screen that says so first.
                if effect == .push || effect.isExport { terminal.present(view(state)) }
                queue += records.perform(effect)
            }
        }
    }
}
