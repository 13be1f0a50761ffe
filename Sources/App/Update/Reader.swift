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
    return effects + [.openModule(courseID: course.id, moduleID: course.modules[index].id)]
}

/// The position to keep when the reader closes or moves to another module.
func leaveReader(_ state: inout AppState) -> [Effect] {
    guard let reader = state.reader, reader.rendered != nil else { return [] }
    return reader.savePosition(in: state)
}

func readerKey(_ key: Key, _ state: inout AppState) -> [Effect] {
    guard var reader = state.reader, let course = state.course(reader.courseID) else { return back(&state) }
    let action = Keymap.action(for: key, on: .reader)
    if reader.search.isEditing {
        reader.editSearch(key, in: state)
    } else if reader.overlay != nil {
        if action == .help { state.showsHelp = true } else { reader.overlayKey(key, action: action, in: state) }
    } else {
        let hasQuiz = course.modules[reader.moduleIndex].quiz != nil
        switch action {
        case .down where key == .enter && reader.reachedEnd && hasQuiz, .quiz where hasQuiz:
            return openQuiz(course, module: reader.moduleIndex, &state)
        case .nextModule, .previousModule:
            return openReader(course, at: reader.moduleIndex + (action == .nextModule ? 1 : -1), &state)
        case .back:
            return back(&state)
        case .help:
            state.showsHelp = true
        default:
            let effects = reader.act(action, in: state)
            state.reader = reader
            return effects
        }
    }
    state.reader = reader
    return []
}

extension ReaderScreen {
    mutating func load(courseID: String, moduleID: String, _ result: Result<ModuleText, Failure>, in state: AppState) {
        guard courseID == self.courseID, state.course(courseID)?.modules[moduleIndex].id == moduleID else { return }
        switch result {
        case .success(let text):
            let opened = ModuleDocument.parseAndLayout(text.markdown, width: state.readerWidth, charset: state.charset,
                                                       language: state.strings.language, guard: state.layoutGuard)
            document = opened.document
            anchor = min(max(text.position, 0), 1)
            place(opened.rendered, in: state)
        case .failure(let failure):
            self.failure = failure.message
        }
    }

    /// Lays the module out at the current width and puts the same text on top as before.
    mutating func relayout(in state: AppState) {
        guard let document else { return }
        place(document.layout(width: state.readerWidth, charset: state.charset, language: state.strings.language), in: state)
    }

    /// Shows `module` with the text at the anchor on top, and the search hits in it.
    private mutating func place(_ module: RenderedModule, in state: AppState) {
        rendered = module
        top = clamped(Int((anchor * Double(lineCount)).rounded()), in: state)
        if !search.query.isEmpty { search.hits = rendered?.search(search.query) ?? [] }
        search.current = min(search.current, max(search.hits.count - 1, 0))
    }

    /// The end of the module has come into view for the first time: it counts as read.
    mutating func reachEndIfShown(in state: AppState) -> [Effect] {
        guard !reachedEnd, rendered != nil, top + state.readerPage >= lineCount,
              let module = state.course(courseID)?.modules[moduleIndex] else { return [] }
        reachedEnd = true
        return [.markRead(courseID: courseID, moduleID: module.id)]
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
        guard let module = state.course(courseID)?.modules[moduleIndex] else { return [] }
        return [.savePosition(courseID: courseID, moduleID: module.id, position: anchor)]
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

    private func clamped(_ line: Int, in state: AppState) -> Int {
        min(max(line, 0), max(lineCount - state.readerPage, 0))
    }

    mutating func editSearch(_ key: Key, in state: AppState) {
        switch key {
        case .escape:
            search.isEditing = false
        case .enter:
            search.isEditing = false
            search.query = search.field.text
            search.hits = search.query.isEmpty ? [] : rendered?.search(search.query) ?? []
            search.current = search.hits.firstIndex { $0.line >= top } ?? 0
            showHit(in: state)
        default:
            _ = search.field.edit(key)
        }
    }

    mutating func jumpToHit(by step: Int, in state: AppState) {
        guard !search.hits.isEmpty else { return }
        search.current = (search.current + step + search.hits.count) % search.hits.count
        showHit(in: state)
    }

    /// Scrolls so the current hit is on screen, a few lines below the top, and sideways if needed.
    private mutating func showHit(in state: AppState) {
        guard search.hits.indices.contains(search.current) else { return }
        let hit = search.hits[search.current]
        if hit.line < top || hit.line >= top + state.readerPage { moveTop(to: hit.line - 2, in: state) }
        if hit.columns.upperBound > left + state.readerWidth || hit.columns.lowerBound < left {
            left = max(hit.columns.lowerBound - state.readerWidth / 2, 0)
        }
    }

    mutating func overlayKey(_ key: Key, action: Action?, in state: AppState) {
        guard let overlay else { return }
        switch overlay {
        case .contents(var selected):
            let headings = rendered?.headings ?? []
            if key == .enter, headings.indices.contains(selected) {
                moveTop(to: headings[selected].line, in: state)
                self.overlay = nil
                return
            }
            if action == .back { self.overlay = nil; return }
            _ = moveSelection(&selected, count: headings.count, page: state.readerPage - 2, by: action)
            self.overlay = .contents(selected: selected)
        case .links(var selected):
            if action == .back || key == .enter { self.overlay = nil; return }
            _ = moveSelection(&selected, count: rendered?.links.count ?? 0, page: state.readerPage - 2, by: action)
            self.overlay = .links(selected: selected)
        }
    }
}
