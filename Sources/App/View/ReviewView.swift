import Canvas
import CourseKit
import Domain
import Localization

/// The mentor's screen: the essays per course and learner, an essay opened with its question,
/// answer and guidance above the score and comment being typed, or the mentor's NIP and name.
extension Painter {
    mutating func drawReview() {
        guard let review = state.review else { return }
        if let form = review.mentorForm { return drawMentorForm(form) }
        if review.isOpen, let essay = review.essay { return drawEssay(essay, review) }
        drawEssayList(review)
    }

    private mutating func drawEssayList(_ review: ReviewScreen) {
        drawHeader(strings[.reviewTitle], right: review.mentor?.name)
        guard let essays = review.essays else {
            let text = review.loadFailure.map { strings(.reviewLoadFailed, ["reason": $0]) } ?? strings[.reviewLoading]
            return drawWrapped(text, y: body.y, style: review.loadFailure == nil ? styles.muted : styles.error)
        }
        guard !essays.isEmpty else { return drawWrapped(strings[.reviewNone], y: body.y, style: styles.muted) }
        let reviewed = essays.filter { $0.review != nil }.count
        write(fitted(strings(.reviewCounts, ["waiting": essays.count - reviewed, "reviewed": reviewed]), body.width,
                     ellipsis: glyphs.ellipsis), x: body.x, y: body.y, style: styles.muted)
        let rows = EssayListRow.rows(essays)
        let area = Rect(x: body.x, y: body.y + 1, width: body.width, height: body.height - 1)
        let selectedRow = rows.firstIndex(of: .essay(review.selected)) ?? 0
        // The selected essay shows, with its course and learner above it when there is room.
        let first = min(max(selectedRow - area.height + 1, 0), max(rows.count - area.height, 0))
        for (offset, row) in rows[first..<min(first + area.height, rows.count)].enumerated() {
            drawRow(row, essays, selected: row == .essay(review.selected), y: area.y + offset)
        }
    }

    private mutating func drawRow(_ row: EssayListRow, _ essays: [EssayItem], selected: Bool, y: Int) {
        switch row {
        case .course(let index):
            write(fitted(essays[index].course, body.width, ellipsis: glyphs.ellipsis), x: body.x, y: y, style: styles.title)
        case .learner(let index):
            let essay = essays[index]
            let text = "  " + strings(.reviewLearner, ["name": essay.learnerName, "nip": essay.learnerNIP])
            write(fitted(text, body.width, ellipsis: glyphs.ellipsis), x: body.x, y: y, style: styles.muted)
        case .essay(let index):
            let essay = essays[index]
            if selected { buffer.fill(Rect(x: 0, y: y, width: width, height: 1), style: styles.selected) }
            let status = essay.review.map { "\(glyphs.check) \(Readable.percent($0.percent))" } ?? strings[.reviewWaiting]
            let statusWidth = max(displayWidth(strings[.reviewWaiting]), 6)
            let pointer = selected ? glyphs.pointer : " "
            let date = answered(essay)
            let left = "  \(pointer) " + status + String(repeating: " ", count: max(statusWidth - displayWidth(status), 0)) + "  "
            // The date goes first on a narrow screen: the question names the essay.
            let withDate = body.width - displayWidth(left) - displayWidth(date) - 2
            let room = withDate >= 10 ? withDate : body.width - displayWidth(left)
            let line = left + fitted(Sanitizer.cleanLine(essay.question), max(room, 0), ellipsis: glyphs.ellipsis)
            let style = selected ? styles.selected : essay.review == nil ? Style.plain : styles.muted
            write(line, x: body.x, y: y, style: style)
            if withDate >= 10 { write(date, x: body.maxX - displayWidth(date), y: y, style: style) }
        }
    }

    private mutating func drawEssay(_ essay: EssayItem, _ review: ReviewScreen) {
        let count = review.essays?.count ?? 0
        drawHeader(strings[.reviewTitle], right: "\(review.selected + 1)/\(count)")
        let fieldsTop = height - 5
        let page = essayPage(essay)
        let room = essayRoom
        let top = min(review.top, max(page.count - room, 0))
        for (offset, line) in page.dropFirst(top).prefix(room).enumerated() {
            let x = body.x + line.indent
            if let styled = line.styled {
                buffer.draw(styled, x: x, y: body.y + offset, width: body.maxX - x, theme: styles.theme)
            } else {
                write(line.text, x: x, y: body.y + offset, style: line.style)
            }
        }
        if top > 0 { write(glyphs.moreAbove, x: width - 1, y: body.y, style: styles.muted) }
        if top + room < page.count { write(glyphs.moreBelow, x: width - 1, y: fieldsTop - 1, style: styles.muted) }
        drawGrade(review, y: fieldsTop)
    }

    /// The essay's texts at the screen's width: course and learner, the question and the
    /// guidance in their GIFT format (as the learner saw the question), the answer as typed, and
    /// the review it has.
    /// Rows of the essay's page above the score and comment.
    var essayRoom: Int { max(height - 5 - body.y, 1) }

    func essayPage(_ essay: EssayItem) -> [PageLine] {
        var lines: [PageLine] = []
        func words(_ text: String, _ style: Style = .plain, indent: Int = 0) {
            let cleaned = Sanitizer.cleanLine(text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
                .joined(separator: "\n"))
            lines += wrapped(cleaned, body.width - indent).map { PageLine(indent: indent, text: $0, style: style) }
        }
        func course(_ text: String, _ format: TextFormat) {
            lines += quizLines(text, format: format, width: body.width - 2).map { PageLine(indent: 2, styled: $0) }
        }
        words("\(essay.course) \(glyphs.separator) " + strings(.reviewLearner, ["name": essay.learnerName, "nip": essay.learnerNIP]),
              styles.muted)
        words(strings(.reviewQuestion, ["question": essay.question]), styles.title)
        course(essay.questionText, essay.textFormat)
        words(strings(.reviewAnswer, ["date": answered(essay)]), styles.title)
        words(essay.answer.isEmpty ? strings[.reviewEmptyAnswer] : essay.answer, indent: 2)
        words(strings[.reviewGuidance], styles.title)
        if let guidance = essay.guidance {
            course(guidance, essay.guidanceFormat)
        } else {
            words(strings[.reviewNoGuidance], styles.muted, indent: 2)
        }
        if let past = essay.review {
            let by = strings(.reviewBy, ["mentor": past.mentor, "date": readable(past.date),
                                         "percent": Readable.percent(past.percent)])
            words(by + (past.sent ? "" : " " + strings[.reviewNotSent]), styles.good)
        }
        return lines
    }

    /// The score on one row, the comment in a box of two rows wrapped as it is typed.
    private mutating func drawGrade(_ review: ReviewScreen, y: Int) {
        let labels = [strings[.reviewScoreField], strings[.reviewCommentField]]
        let labelWidth = labels.map(displayWidth).max()! + 3
        let x = body.x + labelWidth
        let fieldWidth = max(body.width - labelWidth, 1)
        for (index, field) in [ReviewScreen.Field.score, .comment].enumerated() {
            let active = review.focus == field
            write(labels[index], x: body.x, y: y + index, style: active ? styles.title : .plain)
            write(glyphs.pointer, x: x - 2, y: y + index, style: active ? styles.title : styles.muted)
        }
        buffer.fill(Rect(x: x, y: y, width: min(8, fieldWidth), height: 1), style: styles.field)
        drawField(review.score, x: x, y: y, width: min(8, fieldWidth), active: review.focus == .score)
        let lines = EssayBox.lines(review.comment, width: fieldWidth)
        let cursor = EssayBox.cursor(review.comment, width: fieldWidth)
        let first = max(min(cursor.line - 1, lines.count - 3), 0)
        buffer.fill(Rect(x: x, y: y + 1, width: fieldWidth, height: 3), style: styles.field)
        for (offset, range) in lines.dropFirst(first).prefix(3).enumerated() {
            write(String(review.comment.characters[range]), x: x, y: y + 1 + offset, style: styles.field)
        }
        guard review.focus == .comment else { return }
        let cursorY = y + 1 + cursor.line - first
        buffer.restyle(Rect(x: x + min(cursor.column, fieldWidth - 1), y: cursorY, width: 1, height: 1)) { $0.reverse = true }
    }

    private mutating func drawMentorForm(_ form: MentorForm) {
        drawHeader(strings[.reviewMentorTitle])
        var y = body.y
        for line in wrapped(strings[.reviewMentorIntro], body.width) {
            write(line, x: body.x, y: y)
            y += 1
        }
        let labels = [strings[.fieldNIP], strings[.fieldName]]
        let labelWidth = labels.map(displayWidth).max()! + 3
        for (index, field) in [MentorForm.Field.nip, .name].enumerated() {
            let rowY = y + 1 + index * 2
            let active = form.focus == field
            write(labels[index], x: body.x, y: rowY, style: active ? styles.title : .plain)
            write(glyphs.pointer, x: body.x + labelWidth - 2, y: rowY, style: active ? styles.title : styles.muted)
            drawField(field == .nip ? form.nip : form.name, x: body.x + labelWidth, y: rowY,
                      width: body.width - labelWidth, active: active)
            if let problem = form.problem(field, strings, today: state.clock.now) {
                write(fitted(problem, body.width - labelWidth, ellipsis: glyphs.ellipsis), x: body.x + labelWidth,
                      y: rowY + 1, style: styles.error)
            }
        }
    }

    /// A notice too long for the last row (why the LRS did not take a review) is wrapped over the
    /// rows above it, up to three: the mentor must read why.
    mutating func drawReviewFooter() {
        guard let notice = state.notice, displayWidth(notice) + 1 > width else { return drawFooter() }
        let lines = wrapped(Sanitizer.cleanLine(notice), width - 2)
        let shown = Array(lines.prefix(3))
        let top = height - shown.count
        buffer.fill(Rect(x: 0, y: top, width: width, height: shown.count), style: .plain)
        for (offset, line) in shown.enumerated() {
            let text = offset == shown.count - 1 && lines.count > shown.count ? fitted(line + " " + glyphs.ellipsis, width - 2, ellipsis: glyphs.ellipsis) : line
            write(text, x: 1, y: top + offset, style: styles.error)
        }
    }

    private mutating func drawWrapped(_ text: String, y: Int, style: Style) {
        for (offset, line) in wrapped(text, body.width).prefix(body.height).enumerated() {
            write(line, x: body.x, y: y + offset, style: style)
        }
    }

    private func answered(_ essay: EssayItem) -> String { readable(essay.answeredAt) }

    /// A statement's timestamp in the mentor's language and zone.
    private func readable(_ timestamp: String) -> String {
        guard let date = MachineFormat.date(fromTimestamp: timestamp) else { return Sanitizer.cleanLine(timestamp) }
        return Readable.dateTime(date, strings.language, timeZone: state.clock.timeZone)
    }
}

extension AppState {
    /// How far the open essay's page scrolls: its lines beyond the rows it has.
    var reviewMaxTop: Int {
        guard let essay = review?.essay else { return 0 }
        let painter = Painter(state: self, buffer: Buffer(size: Size(width: 0, height: 0)))
        return max(painter.essayPage(essay).count - painter.essayRoom, 0)
    }
}

/// A row of the essay list: a course heading, a learner heading, or an essay (by index).
enum EssayListRow: Hashable {
    case course(Int), learner(Int), essay(Int)

    /// The essays as the runtime ordered them (by course, then learner), a heading wherever the
    /// course or the learner changes.
    static func rows(_ essays: [EssayItem]) -> [EssayListRow] {
        var rows: [EssayListRow] = []
        for (index, essay) in essays.enumerated() {
            let previous = index > 0 ? essays[index - 1] : nil
            if previous?.course != essay.course { rows.append(.course(index)) }
            if previous?.course != essay.course || previous?.learnerNIP != essay.learnerNIP { rows.append(.learner(index)) }
            rows.append(.essay(index))
        }
        return rows
    }
}
