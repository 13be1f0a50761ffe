import Markdown

extension AppState {
    /// Asks the runtime for reader work at the current width; the reader waits for this
    /// generation's answer only, so whatever it asked before is superseded.
    mutating func readerWork(_ job: ReaderWork.Job, _ kind: ReaderScreen.Pending.Kind) -> [Effect] {
        guard reader != nil else { return [] }
        readerGenerations += 1
        reader?.pending = ReaderScreen.Pending(generation: readerGenerations, kind: kind)
        return [.readerWork(ReaderWork(job, generation: readerGenerations, width: readerWidth, charset: charset,
                                       language: strings.language))]
    }
}

/// A new screen size: the module is laid out again if its width changed; the text at the top
/// stays on top.
func relayout(_ state: inout AppState) -> [Effect] {
    guard let reader = state.reader, let document = reader.document, let rendered = reader.rendered else { return [] }
    guard rendered.width == max(state.readerWidth, Layout.minimumWidth) else {
        return state.readerWork(.layOut(document), .layingOut)
    }
    state.withReader { $0.keepAnchorOnTop(in: $1) }
    return []
}

/// Folds in the answer of reader work, unless newer work, Esc or a closed reader made it stale.
func readerWorkDone(generation: Int, _ result: ReaderResult, _ state: inout AppState) -> [Effect] {
    guard let pending = state.reader?.pending, pending.generation == generation else { return [] }
    state.reader?.pending = nil
    switch result {
    case .opened(let document, let rendered):
        state.reader?.document = document
        if let reason = document.plainReason { state.notice = reason.message(state.strings.language) }
        return place(rendered, &state)
    case .laidOut(let rendered):
        return place(rendered, &state)
    case .found(let hits):
        let jumps = pending.kind == .searching(query: state.reader?.search.query ?? "", jumps: true)
        state.withReader { reader, state in
            reader.search.hits = hits
            reader.search.current = jumps ? hits.firstIndex { $0.line >= reader.top } ?? 0
                : min(reader.search.current, max(hits.count - 1, 0))
            if jumps { reader.showHit(in: state) }
        }
        return []
    }
}

/// Shows `module` with the text at the anchor on top. One laid out at a width the screen no
/// longer has (it was resized meanwhile) is laid out again; the search is run again in new lines.
private func place(_ module: RenderedModule, _ state: inout AppState) -> [Effect] {
    state.withReader { reader, state in
        reader.rendered = module
        reader.keepAnchorOnTop(in: state)
    }
    guard let reader = state.reader else { return [] }
    if let document = reader.document, module.width != max(state.readerWidth, Layout.minimumWidth) {
        return state.readerWork(.layOut(document), .layingOut)
    }
    let query = reader.search.query
    if !query.isEmpty { return state.readerWork(.search(module, query: query), .searching(query: query, jumps: false)) }
    return state.withReader { $0.reachEndIfShown(in: $1) } ?? []
}

extension ReaderScreen {
    /// Esc while a search runs gives it up, leaving the reader as it was before it began.
    mutating func cancelSearch() -> [Effect] {
        guard case .searching = pending?.kind else { return [] }
        pending = nil
        search.query = ""
        search.hits = []
        return [.cancelReaderWork]
    }
}
