import Canvas
import Markdown

extension Painter {
    mutating func drawReader() {
        guard let reader = state.reader, let course = state.course(reader.courseID) else { return }
        let module = course.modules[reader.moduleIndex]
        let page = state.readerPage
        if let rendered = reader.rendered {
            for row in 0..<page where reader.top + row < rendered.lines.count {
                buffer.draw(rendered.lines[reader.top + row], x: 1, y: row, width: state.readerWidth,
                            offset: reader.left, theme: styles.theme)
            }
            drawHits(reader)
        } else {
            let message = reader.failure.map { strings(.readerMissing, ["reason": $0]) } ?? strings[.readerLoading]
            for (row, line) in wrapped(message, state.readerWidth).prefix(page).enumerated() {
                write(line, x: 1, y: row, style: reader.failure == nil ? styles.muted : styles.error)
            }
        }
        // Said for as long as the module is shown plainly; the notice on opening says why.
        let plain = reader.document?.plainReason == nil ? "" : " \(glyphs.separator) \(strings[.readerPlain])"
        drawStatus(reader, title: "\(reader.moduleIndex + 1). \(module.title)" + plain)
        drawReaderFooter(reader, hasQuiz: module.quiz != nil)
        if let overlay = reader.overlay { drawOverlay(overlay, reader) }
    }

    private mutating func drawHits(_ reader: ReaderScreen) {
        for (index, hit) in reader.search.hits.enumerated() {
            let style = index == reader.search.current ? styles.currentHit : styles.hit
            highlight(line: hit.line, columns: hit.columns, reader, style)
            if let continuation = hit.continuation { highlight(line: hit.line + 1, columns: continuation, reader, style) }
        }
    }

    private mutating func highlight(line: Int, columns: Range<Int>, _ reader: ReaderScreen, _ style: Style) {
        guard line >= reader.top, line < reader.top + state.readerPage else { return }
        let x = 1 + columns.lowerBound - reader.left
        let rect = Rect(x: max(x, 1), y: line - reader.top, width: columns.count, height: 1)
        buffer.restyle(rect) { cell in
            cell.reverse = style.reverse
            cell.bold = style.bold
            cell.foreground = style.foreground ?? cell.foreground
        }
    }

    /// The module title at the left and how far in the reader is at the right.
    private mutating func drawStatus(_ reader: ReaderScreen, title: String) {
        let y = height - 2
        buffer.fill(Rect(x: 0, y: y, width: width, height: 1), style: styles.header)
        let percent = " \(reader.percent(pageHeight: state.readerPage))% "
        let percentWidth = displayWidth(percent)
        write(fitted(" " + title, width - percentWidth - 1, ellipsis: glyphs.ellipsis), x: 0, y: y, style: styles.header)
        write(percent, x: width - percentWidth, y: y, style: styles.header)
    }

    private mutating func drawReaderFooter(_ reader: ReaderScreen, hasQuiz: Bool) {
        let y = height - 1
        let search = reader.search
        if search.isEditing {
            drawPrompt(.searchPrompt, search.field)
        } else if let pending = reader.pending, pending.kind != .opening {
            let text = switch pending.kind {
            case .searching(let query, _): strings(.searchRunning, ["query": query])
            default: strings[.readerLayingOut]
            }
            write(fitted(" " + text, width, ellipsis: glyphs.ellipsis), x: 0, y: y, style: styles.title)
        } else if state.notice != nil {
            drawFooter()
        } else if reader.reachedEnd && reader.top + state.readerPage >= reader.lineCount {
            let text = hasQuiz ? strings[.readerEndQuiz] : strings[.readerEnd]
            write(fitted(" " + text, width, ellipsis: glyphs.ellipsis), x: 0, y: y, style: styles.good)
        } else if !search.query.isEmpty {
            let text = search.hits.isEmpty ? strings(.searchNoHits, ["query": search.query])
                : strings(.searchHits, ["current": search.current + 1, "count": search.hits.count])
            write(fitted(" " + text, width, ellipsis: glyphs.ellipsis), x: 0, y: y, style: search.hits.isEmpty ? styles.error : styles.title)
        } else {
            drawHints(y: y)
        }
    }

    /// The table of contents or the links list, in a box over the text.
    private mutating func drawOverlay(_ overlay: ReaderScreen.Overlay, _ reader: ReaderScreen) {
        let box = Rect(x: 2, y: 1, width: width - 4, height: height - 4)
        buffer.fill(box, style: styles.header)
        buffer.fill(box.inset(by: 1))
        let inner = Rect(x: box.x + 2, y: box.y + 1, width: box.width - 4, height: box.height - 2)
        let (title, rows, selected, empty): (Phrase, [String], Int, Phrase)
        switch overlay {
        case .contents(let index):
            let headings = reader.rendered?.headings ?? []
            rows = headings.map { String(repeating: "  ", count: max($0.level - 1, 0)) + $0.title }
            (title, selected, empty) = (.contentsTitle, index, .contentsEmpty)
        case .links(let index):
            let links = reader.rendered?.links ?? []
            rows = links.map { "[\($0.number)] \($0.destination)" }
            (title, selected, empty) = (.linksTitle, index, .linksEmpty)
        }
        write(" \(strings[title]) ", x: box.x + 2, y: box.y, style: styles.header)
        guard !rows.isEmpty else {
            write(fitted(strings[empty], inner.width, ellipsis: glyphs.ellipsis), x: inner.x, y: inner.y, style: styles.muted)
            return
        }
        drawList(count: rows.count, selected: selected, in: inner) { painter, index, y, isSelected in
            painter.write(fitted(rows[index], inner.width, ellipsis: painter.glyphs.ellipsis), x: inner.x, y: y,
                          style: isSelected ? painter.styles.selected : .plain)
        }
    }
}
