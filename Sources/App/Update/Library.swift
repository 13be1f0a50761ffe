import Canvas
import CourseKit
import Foundation

extension AppState {
    /// The courses the library shows: all of them, or those whose title has the filter text,
    /// ignoring case and diacritics.
    public var visibleCourses: [Course] {
        let filter = library.filter.text.trimmingCharacters(in: .whitespaces)
        guard !filter.isEmpty else { return courses }
        let options: String.CompareOptions = [.caseInsensitive, .diacriticInsensitive]
        return courses.filter { $0.title.range(of: filter, options: options) != nil }
    }

    /// Rows a list screen can show between its header and footer.
    var listPage: Int { max(size.height - 4, 1) }
}

func libraryKey(_ key: Key, _ state: inout AppState) -> [Effect] {
    if state.library.isFiltering, filterKey(key, &state) { return [] }
    let action = Keymap.action(for: key, on: .library)
    let count = state.visibleCourses.count
    if showsHelp(action, &state) || moveSelection(&state.library.selected, count: count, page: state.listPage, by: action) {
        return []
    }
    switch action {
    case .open where count > 0:
        let courseID = state.visibleCourses[state.library.selected].id
        state.outline = OutlineScreen(courseID: courseID)
        push(.outline, &state)
        return [.loadCourse(courseID: courseID)]
    case .filter:
        state.library.isFiltering = true
    case .progress:
        return openProgress(&state)
    case .back where state.learners.count > 1:
        state.route = [.learnerPicker]
    case .quit:
        return quit(&state)
    default: break
    }
    return []
}

/// Typing into the title filter; Enter keeps it, Esc clears it. Movement keys still move.
private func filterKey(_ key: Key, _ state: inout AppState) -> Bool {
    switch key {
    case .enter:
        state.library.isFiltering = false
    case .escape:
        state.library.isFiltering = false
        state.library.filter = TextField()
    case .up, .down, .pageUp, .pageDown:
        return false
    default:
        guard state.library.filter.edit(key) else { return false }
    }
    state.library.selected = min(state.library.selected, max(state.visibleCourses.count - 1, 0))
    return true
}

func outlineKey(_ key: Key, _ state: inout AppState) -> [Effect] {
    let action = Keymap.action(for: key, on: .outline)
    guard let course = state.course(state.outline.courseID) else { return back(&state) }
    if showsHelp(action, &state)
        || moveSelection(&state.outline.selected, count: course.modules.count + 1, page: state.listPage, by: action) {
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
    return [.loadReport]
}

func progressKey(_ key: Key, _ state: inout AppState) -> [Effect] {
    let drives = state.report?.drives ?? []
    if var field = state.exportPath {
        switch key {
        case .escape: state.exportPath = nil
        case .tab where !drives.isEmpty:
            // Tab goes round the mounted drives.
            let next = drives.firstIndex(of: field.text).map { ($0 + 1) % drives.count } ?? 0
            state.exportPath = TextField(drives[next])
        case .enter where !field.text.isEmpty:
            state.exportPath = nil
            return [.export(path: field.text)]
        default:
            _ = field.edit(key)
            state.exportPath = field
        }
        return []
    }
    if state.receivePath != nil {
        return typePath(key, &state.receivePath).map { [.receive(path: $0)] } ?? []
    }
    let action = Keymap.action(for: key, on: .progress)
    switch action {
    case .export:
        state.exportPath = TextField(drives.count == 1 ? drives[0] : "")
        return []
    case .receive:
        state.receivePath = TextField()
        return []
    case .push where state.report?.canPush == true:
        state.notice = state.strings[.pushWorking]
        return [.push]
    case .push:
        state.notice = state.strings[.pushNotConfigured]
        return []
    case .feedback:
        state.feedback = nil
        state.feedbackTop = 0
        push(.feedback, &state)
        return [.loadFeedback]
    default: break
    }
    let count = state.report?.completions.count ?? 0
    if showsHelp(action, &state) || moveSelection(&state.progressTop, count: count, page: state.listPage, by: action) {
        return []
    }
    return action == .back ? back(&state) : []
}

func feedbackKey(_ key: Key, _ state: inout AppState) -> [Effect] {
    let action = Keymap.action(for: key, on: .feedback)
    if showsHelp(action, &state)
        || moveSelection(&state.feedbackTop, count: state.feedback?.count ?? 0, page: max(state.listPage / 3, 1), by: action) {
        return []
    }
    guard action == .back else { return [] }
    return back(&state) + [.loadReport]
}

/// A path typed at the foot of the screen: Enter gives it, Esc drops it.
private func typePath(_ key: Key, _ field: inout TextField?) -> String? {
    guard var typed = field else { return nil }
    switch key {
    case .escape: field = nil
    case .enter where !typed.text.isEmpty:
        field = nil
        return typed.text
    default:
        _ = typed.edit(key)
        field = typed
    }
    return nil
}
