import Canvas
import CourseKit
import Markdown

extension AppState {
    /// Text rows of the reader: everything but the status line and the footer.
    var readerPage: Int { max(size.height - 2, 1) }
    var readerWidth: Int { max(size.width - 2, 1) }
    var charset: Charset { display.isUTF8 ? .utf8 : .ascii }
}

extension AppState {
    /// Changes the reader with a copy of the rest of the state to read from.
    @discardableResult
    mutating func withReader<T>(_ change: (inout ReaderScreen, AppState) -> T) -> T? {
        guard var reader else { return nil }
        let result = change(&reader, self)
        self.reader = reader
        return result
    }
}

func openReader(_ course: Course, at index: Int, _ state: inout AppState) -> [Effect] {
    guard course.modules.indices.contains(index) else { return [] }
    var effects: [Effect] = []
    if state.screen == .reader {
        effects = leaveReader(&state)
    } else {
        push(.reader, &state)
    }
    state.reader = ReaderScreen(courseID: course.id, moduleIndex: index)
    guard let scope = state.scope(course.id) else { return effects }
    return effects + [.openModule(scope, moduleID: course.modules[index].id)]
}

/// The position to keep when the reader closes or moves to another module.
/// Work still under way for it is stopped.
func leaveReader(_ state: inout AppState) -> [Effect] {
    guard let reader = state.reader else { return [] }
    let stop: [Effect] = reader.pending == nil ? [] : [.cancelReaderWork]
    state.reader?.pending = nil
    return stop + (reader.rendered == nil ? [] : reader.savePosition(in: state))
}

func readerKey(_ key: Key, _ state: inout AppState) -> [Effect] {
    guard var reader = state.reader, let course = state.course(reader.courseID) else { return back(&state) }
    let action = Keymap.action(for: key, in: state)
    if reader.search.isEditing, action == .confirm {
        return confirmSearch(&state)
    } else if reader.search.isEditing {
        reader.editSearch(key, action: action, in: state)
    } else if action == .back, case .searching = reader.pending?.kind {
        let effects = reader.cancelSearch()
        state.reader = reader
        return effects
    } else if reader.overlay != nil {
        reader.overlayKey(action, in: state)
    } else {
        let hasQuiz = course.modules[reader.moduleIndex].quiz != nil
        switch action {
        case .open where reader.reachedEnd && hasQuiz, .quiz:
            return openQuiz(course, module: reader.moduleIndex, &state)
        case .nextModule, .previousModule:
            return openReader(course, at: reader.moduleIndex + (action == .nextModule ? 1 : -1), &state)
        case .back:
            return back(&state)
        case .open:
            let effects = reader.act(.down, in: state)
            state.reader = reader
            return effects
        default:
            let effects = reader.act(action, in: state)
            state.reader = reader
            return effects
        }
    }
    state.reader = reader
    return []
}

/// A module read from its file: parsed and laid out by the runtime, off the UI thread.
func loadModule(courseID: String, moduleID: String, _ result: Result<ModuleText, Failure>, _ state: inout AppState) -> [Effect] {
    guard let reader = state.reader, courseID == reader.courseID,
          state.course(courseID)?.modules[reader.moduleIndex].id == moduleID else { return [] }
    switch result {
    case .success(let text):
        state.reader?.anchor = min(max(text.position, 0), 1)
        return state.readerWork(.open(markdown: text.markdown, layoutGuard: state.layoutGuard), .opening)
    case .failure(let failure):
        state.reader?.failure = failure.message
        return []
    }
}

/// Enter in the search field: the module is searched off the UI thread (`readerWorkDone`).
func confirmSearch(_ state: inout AppState) -> [Effect] {
    guard var reader = state.reader else { return [] }
    reader.search.isEditing = false
    reader.search.query = reader.search.field.text
    reader.search.hits = []
    reader.search.current = 0
    state.reader = reader
    // An empty query clears the search; one typed before the module was laid out (at opening or
    // after a resize) waits for the new lines: `place` searches them.
    guard let rendered = reader.rendered, !reader.search.query.isEmpty else { return cancelWork(&state) }
    guard reader.pending?.kind != .layingOut else { return [] }
    let query = reader.search.query
    return state.readerWork(.search(rendered, query: query), .searching(query: query, jumps: true))
}

/// Stops a search under way that the reader no longer needs.
private func cancelWork(_ state: inout AppState) -> [Effect] {
    guard case .searching = state.reader?.pending?.kind else { return [] }
    state.reader?.pending = nil
    return [.cancelReaderWork]
}

extension ReaderScreen {
    /// Puts the text at the anchor on top, as far as the page height allows.
    mutating func keepAnchorOnTop(in state: AppState) {
        top = clamped(Int((anchor * Double(lineCount)).rounded()), in: state)
    }

    /// The end of the module has come into view for the first time: it counts as read.
    mutating func reachEndIfShown(in state: AppState) -> [Effect] {
        guard !reachedEnd, rendered != nil, top + state.readerPage >= lineCount,
              let scope = state.scope(courseID) else { return [] }
        reachedEnd = true
        return [.markRead(scope, moduleID: scope.course.modules[moduleIndex].id)]
    }

    /// Searching, jumping between hits, the overlays, and scrolling.
    mutating func act(_ action: Action?, in state: AppState) -> [Effect] {
        switch action {
        case .search:
            search.isEditing = true
            search.field = TextField()
        case .nextHit: jumpToHit(by: 1, in: state)
        case .previousHit: jumpToHit(by: -1, in: state)
        case .contents: overlay = .contents(selected: 0)
        case .links: overlay = .links(selected: 0)
        case let action?:
            scroll(action, in: state)
            return reachEndIfShown(in: state) + (action.movesByPage ? savePosition(in: state) : [])
        case nil: break
        }
        return []
    }

    /// Saved after each page, so a power cut loses at most a page of the reading position.
    func savePosition(in state: AppState) -> [Effect] {
        guard let scope = state.scope(courseID) else { return [] }
        return [.savePosition(scope, moduleID: scope.course.modules[moduleIndex].id, position: anchor)]
    }

    mutating func scroll(_ action: Action, in state: AppState) {
        let page = state.readerPage
        switch action {
        case .up: top -= 1
        case .down: top += 1
        case .pageUp: top -= page
        case .pageDown: top += page
        case .top: top = 0
        case .bottom: top = lineCount
        case .left: left = max(left - state.readerWidth / 2, 0)
        case .right:
            let widest = rendered?.contentWidth ?? 0
            left = min(left + state.readerWidth / 2, max(widest - state.readerWidth, 0))
        default: return
        }
        moveTop(to: top, in: state)
    }

    private mutating func moveTop(to line: Int, in state: AppState) {
        top = clamped(line, in: state)
        anchor = lineCount > 0 ? Double(top) / Double(lineCount) : 0
    }

    func clamped(_ line: Int, in state: AppState) -> Int {
        min(max(line, 0), max(lineCount - state.readerPage, 0))
    }

    /// Typing the query; Enter is `confirmSearch`.
    mutating func editSearch(_ key: Key, action: Action?, in state: AppState) {
        switch action {
        case .back:
            search.isEditing = false
        case nil:
            _ = search.field.edit(key)
        default: break
        }
    }

    mutating func jumpToHit(by step: Int, in state: AppState) {
        guard !search.hits.isEmpty else { return }
        search.current = (search.current + step + search.hits.count) % search.hits.count
        showHit(in: state)
    }

    /// Scrolls so the current hit is on screen, a few lines below the top, and sideways if needed.
    mutating func showHit(in state: AppState) {
        guard search.hits.indices.contains(search.current) else { return }
        let hit = search.hits[search.current]
        if hit.line < top || hit.line >= top + state.readerPage { moveTop(to: hit.line - 2, in: state) }
        if hit.columns.upperBound > left + state.readerWidth || hit.columns.lowerBound < left {
            left = max(hit.columns.lowerBound - state.readerWidth / 2, 0)
        }
    }

    mutating func overlayKey(_ action: Action?, in state: AppState) {
        guard let overlay else { return }
        switch overlay {
        case .contents(var selected):
            let headings = rendered?.headings ?? []
            if action == .open, headings.indices.contains(selected) {
                moveTop(to: headings[selected].line, in: state)
                self.overlay = nil
                return
            }
            if action == .back { self.overlay = nil; return }
            _ = moveSelection(&selected, count: headings.count, page: state.readerPage - 2, by: action)
            self.overlay = .contents(selected: selected)
        case .links(var selected):
            if action == .back || action == .open { self.overlay = nil; return }
            _ = moveSelection(&selected, count: rendered?.links.count ?? 0, page: state.readerPage - 2, by: action)
            self.overlay = .links(selected: selected)
        }
    }
}
