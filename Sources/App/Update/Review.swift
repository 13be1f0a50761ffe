import Basics
import Canvas
import Domain
import FoundationEssentials
import Localization

/// The mentor's screen: a list of essays, one opened to grade. Saving asks the runtime to record
/// the review exactly as `belajar review --grade` does; the score is checked here first, so a
/// bad one never leaves the screen.
func reviewAnswer(_ msg: Msg, _ state: inout AppState) -> [Effect] {
    switch msg {
    case .reviewOpened(let nip, let name, let courses):
        state.courses = courses
        state.route = [.review]
        var screen = ReviewScreen(mentor: MentorForm(nip: nip, name: name).mentor(today: state.clock.now))
        if screen.mentor == nil { screen.mentorForm = MentorForm(nip: nip, name: name) }
        state.review = screen
        return [.loadEssays(courses: courses)]
    case .essaysLoaded(let essays):
        guard var screen = state.review else { return [] }
        screen.essays = essays
        screen.loadFailure = nil
        screen.selected = min(screen.selected, max(essays.count - 1, 0))
        state.review = screen
        return []
    case .reviewRecorded(let essayID, let review, let delivery):
        state.review?.isSaving = false
        if let index = state.review?.essays?.firstIndex(where: { $0.id == essayID }) {
            state.review?.essays?[index].review = review
        }
        state.review?.drafts[essayID] = nil
        state.notice = delivery.notice(state.strings)
        return []
    case .reviewFailed(let failure):
        state.review?.isSaving = false
        if state.review?.essays == nil { state.review?.loadFailure = failure.message }
        state.notice = failure.message
        return []
    default:
        return []
    }
}

func reviewKey(_ key: Key, _ state: inout AppState) -> [Effect] {
    guard var screen = state.review else { return [] }
    let action = Keymap.action(for: key, in: state)
    defer { state.review = screen }
    if screen.mentorForm != nil { return mentorKey(key, action, &screen, &state) }
    if screen.isOpen { return essayKey(key, action, &screen, &state) }
    if moveSelection(&screen.selected, count: screen.essays?.count ?? 0, page: state.listPage, by: action) { return [] }
    switch action {
    case .open:
        screen.open(screen.selected, state.strings)
    case .reload:
        screen.essays = nil
        return [.loadEssays(courses: state.courses)]
    case .quit:
        return quit(&state)
    default: break
    }
    return []
}

private func mentorKey(_ key: Key, _ action: Action?, _ screen: inout ReviewScreen, _ state: inout AppState) -> [Effect] {
    guard var form = screen.mentorForm else { return [] }
    switch action {
    case .nextField, .up:
        form.focus = form.focus == .nip ? .name : .nip
    case .confirm:
        form.triedToSave = true
        if let mentor = form.mentor(today: state.clock.now) {
            screen.mentor = mentor
            screen.mentorForm = nil
            return []
        }
    case .quit:
        return quit(&state)
    default:
        _ = form.focus == .nip ? form.nip.edit(key) : form.name.edit(key)
    }
    screen.mentorForm = form
    return []
}

private func essayKey(_ key: Key, _ action: Action?, _ screen: inout ReviewScreen, _ state: inout AppState) -> [Effect] {
    switch action {
    case .save:
        return save(&screen, &state)
    case .nextField:
        screen.focus = screen.focus == .score ? .comment : .score
    case .nextEssay:
        screen.open(screen.selected + 1, state.strings)
    case .previousEssay:
        screen.open(screen.selected - 1, state.strings)
    case .pageDown, .pageUp:
        let step = [.pageDown, .pageUp].contains(key) ? max(state.size.height - 8, 1) : 1
        state.review = screen
        screen.top = min(max(screen.top + (action == .pageDown ? step : -step), 0), state.reviewMaxTop)
    case .back:
        screen.keepDraft()
        screen.isOpen = false
    default:
        _ = screen.focus == .score ? screen.score.edit(key) : screen.comment.edit(key)
    }
    return []
}

private func save(_ screen: inout ReviewScreen, _ state: inout AppState) -> [Effect] {
    guard let essay = screen.essay, let mentor = screen.mentor else { return [] }
    let typed = screen.score.text.trimmingSpaces
    guard !typed.isEmpty else {
        state.notice = state.strings[.reviewScoreEmpty]
        screen.focus = .score
        return []
    }
    guard let percent = ReviewScreen.percent(typed) else {
        state.notice = state.strings(.reviewScoreBad, ["score": typed])
        screen.focus = .score
        return []
    }
    screen.isSaving = true
    state.notice = state.strings[.reviewSaving]
    return [.recordReview(ReviewDraft(essayID: essay.id, percent: percent, comment: screen.comment.text, mentor: mentor))]
}

extension ReviewScreen {
    /// A score as a mentor types it: `75`, `75,5` or `75.5`, a `%` allowed after it; nil for
    /// anything else or outside 0...100.
    static func percent(_ text: String) -> Double? {
        var text = text.trimmingSpaces
        if text.hasSuffix("%") { text = String(text.dropLast()).trimmingSpaces }
        let normal = text.replacingEvery(",", with: ".")
        guard normal.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }), normal.filter({ $0 == "." }).count <= 1,
              normal.contains(where: \.isNumber), let value = Double(normal), (0...100).contains(value) else { return nil }
        return value
    }

    /// Opens essay `index`, keeping what was typed for the one left; a reviewed essay opens
    /// with its review's score and comment, to be corrected by a newer review.
    mutating func open(_ index: Int, _ strings: Strings) {
        guard let essays, essays.indices.contains(index) else { return }
        if isOpen { keepDraft() }
        selected = index
        isOpen = true
        top = 0
        focus = .score
        let essay = essays[index]
        if let draft = drafts[essay.id] {
            score = draft.score
            comment = draft.comment
        } else {
            score = TextField(essay.review.map { Readable.number($0.percent, strings.language) } ?? "")
            comment = TextField(essay.review?.comment ?? "")
        }
    }

    mutating func keepDraft() {
        guard let essay else { return }
        drafts[essay.id] = Typed(score: score, comment: comment)
    }
}

extension MentorForm {
    /// The mentor once the NIP is valid and the name not blank.
    func mentor(today: Date) -> Mentor? {
        guard let nip = try? NIP(validating: nip.text, today: today) else { return nil }
        let name = name.text.trimmingSpaces
        return name.isEmpty ? nil : Mentor(nip: nip.digits, name: name)
    }

    /// What is wrong with a field, once something is typed or going on was tried.
    func problem(_ field: Field, _ strings: Strings, today: Date) -> String? {
        switch field {
        case .nip:
            guard !nip.text.isEmpty || triedToSave else { return nil }
            do {
                _ = try NIP(validating: nip.text, today: today)
                return nil
            } catch {
                return error.message(in: strings.language)
            }
        case .name:
            return triedToSave && name.text.trimmingSpaces.isEmpty ? strings[.reviewMentorNameRequired] : nil
        }
    }
}

extension ReviewDelivery {
    func notice(_ strings: Strings) -> String {
        switch self {
        case .sent(let count, let url): strings(.reviewSavedSent, ["count": count, "url": url])
        case .kept: strings[.reviewSavedKept]
        case .unsent(let reason): strings(.reviewSavedUnsent, ["reason": reason])
        }
    }
}
