import Canvas
import Localization

extension Painter {
    /// Each review on three rows: date, score and question; the course; the mentor and comment.
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
        drawList(count: items.count, selected: state.feedbackTop, rowHeight: 3, highlights: false, in: area) { painter, index, y, _ in
            let item = items[index]
            let score = painter.strings(.feedbackScore, ["percent": Readable.number(item.percent, painter.strings.language)])
            let mark = item.isNew ? painter.strings[.feedbackNew] + " " : ""
            let first = "\(item.date)  \(score)  \(mark)\(oneLine(item.question))"
            painter.write(fitted(first, area.width, ellipsis: painter.glyphs.ellipsis), x: area.x, y: y,
                          style: item.isNew ? painter.styles.key : painter.styles.title)
            painter.write(fitted("  " + oneLine(item.course), area.width, ellipsis: painter.glyphs.ellipsis), x: area.x,
                          y: y + 1, style: painter.styles.muted)
            let comment = "  \(oneLine(item.mentor)): \(oneLine(item.comment))"
            painter.write(fitted(comment, area.width, ellipsis: painter.glyphs.ellipsis), x: area.x,
                          y: y + 2, style: .plain)
        }
    }
}

/// A mentor's words come from outside: one line, with nothing that could drive the terminal.
private func oneLine(_ text: String) -> String {
    Sanitizer.cleanLine(text.split(whereSeparator: \.isNewline).joined(separator: " "))
}
