import Canvas
import Localization

extension Painter {
    /// Each review on three rows: score and question; when (in the learner's time zone) and
    /// the course; the mentor and comment. Enter opens the attempt, where the comment is whole.
    mutating func drawFeedback() {
        drawHeader(strings[.feedbackTitle], right: state.learner?.name)
        guard let items = state.feedback else {
            write(strings[.progressLoading], x: body.x, y: body.y, style: styles.muted)
            return
        }
        guard !items.isEmpty else {
            write(fitted(strings[.feedbackNone], body.width, ellipsis: glyphs.ellipsis), x: body.x, y: body.y,
                  style: styles.muted)
            return
        }
        let area = body
        drawList(count: items.count, selected: state.feedbackTop, rowHeight: 3, in: area) { painter, index, y, selected in
            let item = items[index]
            let score = painter.strings(.feedbackScore, ["percent": Readable.number(item.grade.percent, painter.strings.language)])
            let mark = item.isNew ? painter.strings[.feedbackNew] + " " : ""
            let pointer = selected ? painter.glyphs.pointer + " " : "  "
            let rows = ["\(pointer)\(score)  \(mark)\(oneLine(item.question))",
                        "    \(painter.readableTime(item.grade.reviewedAt)) \(painter.glyphs.separator) \(oneLine(item.course))",
                        "    \(oneLine(item.grade.mentor)): \(oneLine(item.grade.comment))"]
            let styles = selected ? Array(repeating: painter.styles.selected, count: 3)
                : [item.isNew ? painter.styles.key : painter.styles.title, painter.styles.muted, Style.plain]
            for (row, text) in rows.enumerated() {
                painter.write(fitted(text, area.width, ellipsis: painter.glyphs.ellipsis), x: area.x, y: y + row, style: styles[row])
            }
        }
    }
}

/// A mentor's words come from outside: one line, with nothing that could drive the terminal.
private func oneLine(_ text: String) -> String {
    Sanitizer.cleanLine(text.split(whereSeparator: \.isNewline).joined(separator: " "))
}
