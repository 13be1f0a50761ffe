import Canvas
import CourseKit

// MARK: The learner's feedback (issue 13, point 5): the feedback list, opened from the library
// or the progress screen; a reviewed attempt opened from it; the library read again after a
// package installed courses.

func openFeedback(_ state: inout AppState) -> [Effect] {
    guard let learner = state.learner else { return [] }
    state.feedback = nil
    state.feedbackTop = 0
    push(.feedback, &state)
    return [.loadFeedback(learner: learner.nip, courses: state.courses)]
}

func feedbackKey(_ key: Key, _ state: inout AppState) -> [Effect] {
    let action = Keymap.action(for: key, in: state)
    if moveSelection(&state.feedbackTop, count: state.feedback?.count ?? 0, page: max(state.listPage / 3, 1), by: action) {
        return []
    }
    switch action {
    case .open:
        return openReviewedAttempt(&state)
    case .back:
        let effects = back(&state)
        // The progress screen's count of new feedback is read again: these were just seen.
        return effects + (state.screen == .progress ? loadReport(state) : [])
    default:
        return []
    }
}

/// The selected review's attempt, shown as its result with every answer; the quiz screen waits
/// for it (Esc goes back, a failure comes back here).
private func openReviewedAttempt(_ state: inout AppState) -> [Effect] {
    guard let answer = state.feedback?[state.feedbackTop].answer, let scope = state.scope(answer.courseID) else { return [] }
    var quiz = QuizScreen(courseID: answer.courseID, moduleID: answer.moduleID)
    quiz.scope = scope
    quiz.phase = .finishing
    state.quiz = quiz
    push(.quiz, &state)
    return [.openPastAttempt(scope, moduleID: answer.moduleID, attempt: answer.attempt)]
}

func showPastAttempt(_ past: PastAttempt, _ state: inout AppState) {
    let session = past.session
    guard state.screen == .quiz, var quiz = state.quiz, quiz.session == nil,
          quiz.courseID == session.courseID, quiz.moduleID == session.moduleID else { return }
    quiz.session = session
    quiz.responses = session.saved
    quiz.grades = past.grades
    quiz.index = session.quiz.questions.count
    // A course completed since (by this attempt's grade, or later) says so, with its JP.
    let completed = state.record(session.courseID).status == .completed ? state.course(session.courseID)?.hours : nil
    quiz.phase = .result(QuizOutcome(score: past.score, passed: past.passed, completedHours: completed))
    state.quiz = quiz
}

/// The library as read again. A course whose folder and version are unchanged keeps the value
/// its outline titled; any other is new or a new version, to be titled when opened. Screens
/// under way keep what they carry: an attempt started on an old version finishes on it.
func reloadCourses(_ courses: [Course], _ failures: [BrokenCourse], _ state: inout AppState) {
    let visible = state.visibleCourses
    let selected = visible.indices.contains(state.library.selected) ? visible[state.library.selected].id : nil
    let kept = courses.map { course in
        state.course(course.id).flatMap { $0.version == course.version && $0.folder == course.folder ? $0 : nil }
    }
    state.titledCourses = state.titledCourses.intersection(kept.compactMap { $0?.id })
    state.courses = zip(courses, kept).map { $1 ?? $0 }
    state.failures = failures
    // The selection stays on its course, wherever the new ones sort.
    let shown = state.visibleCourses
    state.library.selected = shown.firstIndex { $0.id == selected } ?? min(state.library.selected, max(shown.count - 1, 0))
    // An outline under the progress screen may now show a version with fewer modules.
    state.outline.selected = min(state.outline.selected, state.course(state.outline.courseID)?.modules.count ?? 0)
}
