import Basics
import Canvas
import CourseKit
import FoundationEssentials

extension AppState {
    /// The courses the library shows: all of them, or those whose title has the filter text,
    /// ignoring case and diacritics.
    public var visibleCourses: [Course] {
        let filter = library.filter.text.trimmingSpaces
        guard !filter.isEmpty else { return courses }
        let folded = Folding.forSearch(filter)
        return courses.filter { Folding.forSearch($0.title).contains(folded) }
    }

    /// Rows a list screen can show between its header and footer.
    var listPage: Int { max(size.height - 4, 1) }
}

func libraryKey(_ key: Key, _ state: inout AppState) -> [Effect] {
    let action = Keymap.action(for: key, in: state)
    if state.library.isFiltering { return filterKey(key, action, &state) }
    let count = state.visibleCourses.count
    if moveSelection(&state.library.selected, count: count, page: state.listPage, by: action) {
        return []
    }
    switch action {
    case .open where count > 0:
        let courseID = state.visibleCourses[state.library.selected].id
        state.outline = OutlineScreen(courseID: courseID)
        push(.outline, &state)
        guard let scope = state.scope(courseID) else { return [] }
        return [.loadCourse(scope, readTitles: !state.titledCourses.contains(courseID))]
    case .filter:
        state.library.isFiltering = true
    case .progress:
        return openProgress(&state)
    case .feedback:
        return openFeedback(&state)
    case .back where state.learners.count > 1:
        state.route = [.learnerPicker]
    case .quit:
        return quit(&state)
    default: break
    }
    return []
}

/// Typing into the title filter; Enter keeps it, Esc clears it. Movement keys still move.
private func filterKey(_ key: Key, _ action: Action?, _ state: inout AppState) -> [Effect] {
    switch action {
    case .confirm:
        state.library.isFiltering = false
    case .back:
        state.library.isFiltering = false
        state.library.filter = TextField()
    case nil:
        _ = state.library.filter.edit(key)
    case let action?:
        _ = moveSelection(&state.library.selected, count: state.visibleCourses.count, page: state.listPage, by: action)
    }
    state.library.selected = min(state.library.selected, max(state.visibleCourses.count - 1, 0))
    return []
}

func outlineKey(_ key: Key, _ state: inout AppState) -> [Effect] {
    let action = Keymap.action(for: key, in: state)
    guard let course = state.course(state.outline.courseID) else { return back(&state) }
    if moveSelection(&state.outline.selected, count: course.modules.count + 1, page: state.listPage, by: action) {
        return []
    }
    let module = state.outline.selected - 1
    switch action {
    case .open where module < 0, .resume:
        if let unfinished = state.record(course.id).quizInProgress,
           let index = course.modules.firstIndex(where: { $0.id == unfinished.moduleID }) {
            return openQuiz(course, module: index, &state)
        }
        return openReader(course, at: resumeModule(course, state.record(course.id)), &state)
    case .open:
        return openReader(course, at: module, &state)
    case .quiz where module >= 0:
        return openQuiz(course, module: module, &state)
    case .progress:
        return openProgress(&state)
    case .back:
        return back(&state)
    default: return []
    }
}

/// Where "Lanjutkan" goes: the module read last, else the first one not read yet.
func resumeModule(_ course: Course, _ record: CourseRecord) -> Int {
    if let last = record.lastModule, let index = course.modules.firstIndex(where: { $0.id == last }) { return index }
    return course.modules.firstIndex { record.modules[$0.id]?.isRead != true } ?? 0
}

func openProgress(_ state: inout AppState) -> [Effect] {
    state.report = nil
    state.progressTop = 0
    push(.progress, &state)
    return loadReport(state)
}

/// The progress screen's figures, for the year of the learner's clock.
func loadReport(_ state: AppState) -> [Effect] {
    guard let learner = state.learner else { return [] }
    let titles = Dictionary(state.courses.map { ($0.id, $0.title) }) { first, _ in first }
    return [.loadReport(learner: learner.nip, year: state.clock.year, titles: titles)]
}

func progressKey(_ key: Key, _ state: inout AppState) -> [Effect] {
    let action = Keymap.action(for: key, in: state)
    let drives = state.report?.drives ?? []
    if var field = state.exportPath {
        switch action {
        case .back: state.exportPath = nil
        case .nextField:
            // Tab goes round the mounted drives.
            let next = drives.firstIndex(of: field.text).map { ($0 + 1) % drives.count } ?? 0
            state.exportPath = TextField(drives[next])
        case .confirm where !field.text.isEmpty:
            state.exportPath = nil
            state.sync = .exporting(path: field.text)
            return [.export(path: field.text)]
        case nil:
            _ = field.edit(key)
            state.exportPath = field
        default: break
        }
        return []
    }
    if var field = state.receivePath {
        switch action {
        case .back: state.receivePath = nil
        case .confirm where !field.text.isEmpty:
            state.receivePath = nil
            guard let learner = state.learner else { return [] }
            return [.receive(path: field.text, learner: learner.nip, courses: state.courses)]
        case nil:
            _ = field.edit(key)
            state.receivePath = field
        default: break
        }
        return []
    }
    if let work = state.sync, action == .back {
        // Leaving does not wait: the work answers on whatever screen is shown by then.
        return (work.isPush ? [.cancelPush] : []) + back(&state)
    }
    switch action {
    case .export:
        state.exportPath = TextField(drives.count == 1 ? drives[0] : "")
        return []
    case .push:
        state.sync = .pushing(sent: 0, total: nil)
        return [.push]
    case .receive:
        state.receivePath = TextField()
        return []
    case .feedback:
        return openFeedback(&state)
    default: break
    }
    let count = state.report?.completions.count ?? 0
    if moveSelection(&state.progressTop, count: count, page: state.listPage, by: action) {
        return []
    }
    return action == .back ? back(&state) : []
}
