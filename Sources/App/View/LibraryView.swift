import Canvas
import Localization
import CourseKit

extension Painter {
    mutating func drawLibrary() {
        drawHeader(strings[.libraryTitle], right: state.learner?.name)
        var area = body
        drawNewFeedback(&area)
        let library = state.library
        if library.isFiltering || !library.filter.text.isEmpty {
            let prompt = strings[.filterPrompt]
            let x = area.x + write(prompt, x: area.x, y: area.y, style: styles.title)
            drawField(library.filter, x: x, y: area.y, width: area.maxX - x, active: library.isFiltering)
            area = Rect(x: area.x, y: area.y + 2, width: area.width, height: area.height - 2)
        }
        let failureRows = state.failures.isEmpty ? 0 : min(state.failures.count + 2, max(area.height / 3, 3))
        let list = Rect(x: area.x, y: area.y, width: area.width, height: area.height - failureRows)
        drawCourses(in: list)
        drawFailures(in: Rect(x: area.x, y: list.maxY + 1, width: area.width, height: failureRows - 1))
    }

    private mutating func drawCourses(in area: Rect) {
        let courses = state.visibleCourses
        if courses.isEmpty {
            let message = state.courses.isEmpty ? strings(.libraryEmpty, ["folder": state.folder]) : strings[.filterNone]
            write(fitted(message, area.width, ellipsis: glyphs.ellipsis), x: area.x, y: area.y, style: styles.muted)
            return
        }
        let wide = area.width >= 70
        drawList(count: courses.count, selected: state.library.selected, rowHeight: wide ? 1 : 2, in: area) {
            painter, index, y, selected in
            painter.drawCourseRow(courses[index], y: y, wide: wide, selected: selected, area: area)
        }
    }

    /// Title, then JP, a progress bar, the percent and the status: on one row when wide, else two.
    private mutating func drawCourseRow(_ course: Course, y: Int, wide: Bool, selected: Bool, area: Rect) {
        let record = state.record(course.id)
        let base = selected ? styles.selected : Style.plain
        let status: Phrase = switch record.status {
        case .notStarted: .statusNotStarted
        case .inProgress: .statusInProgress
        case .completed: .statusCompleted
        }
        let hours = strings(.hoursShort, ["hours": Readable.number(course.hours, strings.language)])
        let percent = Readable.percent(record.percent)
        // An unfinished attempt says so in place of the status: it is where the learner goes on.
        let statusText = record.quizInProgress.map { strings(.outlineQuizInProgress, ["answered": $0.answered, "count": $0.questions]) }
            ?? strings[status]
        // On a narrow screen the bar and percent give way to an unfinished attempt, so its count is not cut.
        let progress = !wide && record.quizInProgress != nil ? ""
            : "\(bar(record.percent / 100, width: 10, glyphs: glyphs)) \(percent.padded(4, left: true))  "
        let details = "\(hours.padded(6)) \(progress)\(statusText)"
        let detailsWidth = wide ? 6 + 1 + 10 + 1 + 4 + 2 + max(15, displayWidth(statusText)) : 0
        let pointer = selected ? glyphs.pointer + " " : "  "
        let titleWidth = area.width - 2 - (wide ? detailsWidth + 1 : 0)
        write(pointer + fitted(course.title, titleWidth, ellipsis: glyphs.ellipsis), x: area.x, y: y, style: base)
        var detailStyle = record.status == .completed ? styles.good : base
        if selected { detailStyle.reverse = true }
        write(fitted(details, wide ? detailsWidth : area.width - 2, ellipsis: glyphs.ellipsis),
              x: wide ? area.maxX - detailsWidth : area.x + 2, y: wide ? y : y + 1, style: detailStyle)
    }

    // MARK: The learner's feedback (issue 13, point 5)
    /// "2 umpan balik baru" above the courses while there is unread feedback, with a blank row
    /// under it where the screen has room.
    private mutating func drawNewFeedback(_ area: inout Rect) {
        let unread = state.feedbackCount.unread
        guard unread > 0 else { return }
        let text = fitted(strings(.progressNewFeedback, ["count": unread]), area.width, ellipsis: glyphs.ellipsis)
        write(text, x: area.x, y: area.y, style: styles.key)
        let rows = area.height >= 15 ? 2 : 1
        area = Rect(x: area.x, y: area.y + rows, width: area.width, height: area.height - rows)
    }

    private mutating func drawFailures(in area: Rect) {
        guard area.height > 0, !state.failures.isEmpty else { return }
        write(fitted(strings[.libraryFailed], area.width, ellipsis: glyphs.ellipsis), x: area.x, y: area.y, style: styles.error)
        for (offset, failure) in state.failures.prefix(area.height - 1).enumerated() {
            let text = "\(failure.folder): \(failure.message)"
            write(fitted(text, area.width - 2, ellipsis: glyphs.ellipsis), x: area.x + 2, y: area.y + 1 + offset)
        }
    }
}

extension String {
    /// Padded with spaces to `width` columns, on the right (or the left, for numbers).
    func padded(_ width: Int, left: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(width - displayWidth(self), 0))
        return left ? padding + self : self + padding
    }
}
