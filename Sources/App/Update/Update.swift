import Canvas
import Localization
import Quiz

/// The app's only way to change: fold a message into the state and say what the runtime must do.
public func update(_ state: inout AppState, _ msg: Msg) -> [Effect] {
    switch msg {
    case .key(let key):
        return handle(key, &state)
    case .clock(let clock):
        state.clock = clock
        return []
    case .resize(let size):
        state.size = size
        return relayout(&state)
    case .started(let startup):
        return start(&state, startup)
    case .learnerChosen(let learner, let records):
        state.learner = learner
        state.records = records
        state.pinPrompt = nil
        if !state.learners.contains(learner) { state.learners.append(learner) }
        state.route = [.library]
        return []
    case .recordsChanged(let records):
        state.records.merge(records) { $1 }
        return []
    case .courseOpened(let course, let titled):
        if let index = state.courses.firstIndex(where: { $0.id == course.id }) { state.courses[index] = course }
        if titled { state.titledCourses.insert(course.id) }
        return []
    case .moduleLoaded(let courseID, let moduleID, let result):
        return loadModule(courseID: courseID, moduleID: moduleID, result, &state)
    case .readerWorkDone(let generation, let result):
        return readerWorkDone(generation: generation, result, &state)
    case .quizStarted(let session):
        if !session.saved.isEmpty {
            state.notice = state.strings(.quizResumed, ["answered": session.saved.count, "count": session.quiz.questions.filter(Grading.isAnswerable).count])
        }
        return state.quiz?.start(session) ?? []
    case .attemptFinished(let score, let passed, let hours):
        state.quiz?.phase = .result(QuizOutcome(score: score, passed: passed, completedHours: hours))
        state.quiz?.scroll = nil
        return []
    case .reportLoaded(let report):
        state.report = report
        state.feedbackCount.unread = report.newFeedback
        return []
    case .exported(let count, let path, let bytes):
        state.sync = nil
        let size = Readable.fileSize(bytes, state.strings.language)
        state.notice = count == 0 ? state.strings[.exportNothing]
            : state.strings(.exportDone, ["count": count, "path": path, "size": size])
        return loadReport(state)
    case .pushProgress(let sent, let total):
        if case .pushing = state.sync { state.sync = .pushing(sent: sent, total: total) }
        return []
    case .received(let reviews, let passed, let hours, let courses):
        state.notice = state.strings(.receiveDone, ["reviews": reviews, "passed": passed,
                                                    "hours": Readable.number(hours, state.strings.language), "courses": courses])
        return loadReport(state)
    case .feedbackLoaded(let items):
        state.feedback = items
        // Shown is read: the runtime marked them so as it loaded them.
        state.feedbackCount = FeedbackCount(total: items.count, unread: 0)
        return []
    case .feedbackCounted(let count):
        state.feedbackCount = count
        return []
    case .coursesReloaded(let courses, let failures):
        reloadCourses(courses, failures, &state)
        return []
    case .pastAttemptLoaded(let past):
        showPastAttempt(past, &state)
        return []
    case .pushed(let count):
        state.sync = nil
        state.notice = state.strings(.pushDone, ["count": count])
        return loadReport(state)
    case .syncFailed(let failure):
        state.sync = nil
        state.notice = failure.message
        return loadReport(state)
    case .reviewOpened, .essaysLoaded, .reviewRecorded, .reviewFailed:
        return reviewAnswer(msg, &state)
    case .failed(let failure):
        state.notice = failure.message
        if state.screen == .quiz, state.quiz?.session == nil { state.route.removeLast() }
        return []
    }
}

private func start(_ state: inout AppState, _ startup: Startup) -> [Effect] {
    state.learners = startup.learners
    state.courses = startup.courses
    state.failures = startup.failures
    state.folder = startup.folder
    state.pinRequired = startup.pinRequired
    state.form = ProfileForm(pinRequired: startup.pinRequired)
    if startup.learnerGiven, let nip = startup.lastLearner {
        let digits = nip.filter(\.isNumber)
        guard let learner = startup.learners.first(where: { $0.nip == digits }) else { return [.chooseLearner(nip: nip, courses: startup.courses)] }
        return choose(learner, &state)
    }
    if startup.learners.isEmpty {
        state.route = [.profileForm]
    } else {
        state.picker = startup.learners.firstIndex { $0.nip == startup.lastLearner } ?? 0
        state.route = [.learnerPicker]
    }
    return []
}

private func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
    if key == .control("c") { return quit(&state) }
    state.notice = nil
    if state.showsHelp {
        helpKey(key, &state)
        return []
    }
    guard let screen = state.screen else { return [] }
    // Help, and a key whose binding is disabled, are the same on every screen.
    if let binding = Keymap.binding(for: key, in: state) {
        if let reason = binding.disabled {
            state.notice = state.strings[reason]
            return []
        }
        if binding.action == .help {
            state.showsHelp = true
            return []
        }
    }
    switch screen {
    case .profileForm: return profileKey(key, &state)
    case .learnerPicker: return pickerKey(key, &state)
    case .pinPrompt: return pinKey(key, &state)
    case .library: return libraryKey(key, &state)
    case .outline: return outlineKey(key, &state)
    case .reader: return readerKey(key, &state)
    case .quiz: return quizKey(key, &state)
    case .progress: return progressKey(key, &state)
    case .feedback: return feedbackKey(key, &state)
    case .review: return reviewKey(key, &state)
    }
}

/// Leaves at once, saving the reading position first: nothing else is pending, as every
/// answer is saved when it is given.
func quit(_ state: inout AppState) -> [Effect] {
    state.isQuitting = true
    return leaveReader(&state) + [.quit]
}

/// Goes back one screen; from the bottom screen, quits.
func back(_ state: inout AppState) -> [Effect] {
    let effects = state.screen == .reader ? leaveReader(&state) : []
    state.route.removeLast()
    if state.screen == nil { return quit(&state) }
    return effects
}

func push(_ screen: ScreenKind, _ state: inout AppState) {
    state.route.append(screen)
}

/// Moves a list selection; false for actions that are not list movements.
func moveSelection(_ selected: inout Int, count: Int, page: Int, by action: Action?) -> Bool {
    guard count > 0, let action else { return false }
    switch action {
    case .up: selected -= 1
    case .down: selected += 1
    case .pageUp: selected -= max(page, 1)
    case .pageDown: selected += max(page, 1)
    case .top: selected = 0
    case .bottom: selected = count - 1
    default: return false
    }
    selected = min(max(selected, 0), count - 1)
    return true
}
