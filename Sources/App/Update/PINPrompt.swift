import Canvas
import ProgressStore

/// Opens a learner's records: at once when they have no PIN and none is required, else through
/// the PIN prompt. The store checks the PIN again; this only decides what to ask.
func choose(_ learner: LearnerInfo, _ state: inout AppState) -> [Effect] {
    guard learner.hasPIN || state.pinRequired else { return [.chooseLearner(nip: learner.nip)] }
    state.pinPrompt = PINPrompt(learner: learner, mode: learner.hasPIN ? .enter : .create)
    push(.pinPrompt, &state)
    return []
}

func pinKey(_ key: Key, _ state: inout AppState) -> [Effect] {
    guard var prompt = state.pinPrompt else { return back(&state) }
    switch Keymap.action(for: key, on: .pinPrompt) {
    case .back:
        state.pinPrompt = nil
        return back(&state)
    case .help where !key.isPrintable:
        state.showsHelp = true
        return []
    case .confirm:
        let pin = prompt.field.text
        // Cleared at once: a refused PIN is not left on screen for the next person to retry.
        prompt.field = TextField()
        defer { state.pinPrompt = prompt }
        return confirm(pin, &prompt, &state)
    default:
        _ = prompt.field.edit(key)
        state.pinPrompt = prompt
        return []
    }
}

private func confirm(_ pin: String, _ prompt: inout PINPrompt, _ state: inout AppState) -> [Effect] {
    let nip = prompt.learner.nip
    guard prompt.mode == .create else { return pin.isEmpty ? [] : [.chooseLearner(nip: nip, pin: pin)] }
    if let first = prompt.first {
        prompt.first = nil
        guard first == pin else {
            state.notice = state.strings[.pinMismatch]
            return []
        }
        return [.setPIN(nip: nip, pin: pin)]
    }
    if let problem = ProfileForm.pinProblem(pin, state.strings) {
        state.notice = problem
        return []
    }
    prompt.first = pin
    return []
}
