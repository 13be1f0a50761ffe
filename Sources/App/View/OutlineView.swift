import Canvas
import Localization
import CourseKit
import Quiz

extension Painter {
    mutating func drawOutline() {
        guard let course = state.course(state.outline.courseID) else { return }
        let record = state.record(course.id)
        drawHeader(course.title, right: Readable.percent(record.percent))
        let wide = body.width >= 60
        drawList(count: course.modules.count + 1, selected: state.outline.selected, rowHeight: 1, in: body) {
            painter, index, y, selected in
            let style = selected ? painter.styles.selected : Style.plain
            let pointer = selected ? painter.glyphs.pointer + " " : "  "
            guard index > 0 else {
                let module = course.modules[resumeModule(course, record)]
                let target = record.quizInProgress.flatMap { course.module(id: $0.moduleID) }
                    .map { painter.strings(.quizTitle, ["module": $0.title]) } ?? module.title
                let text = "\(pointer)\(painter.strings[.outlineContinue]): \(target)"
                painter.write(fitted(text, painter.body.width, ellipsis: painter.glyphs.ellipsis),
                              x: painter.body.x, y: y, style: painter.styles.title.merged(selected))
                return
            }
            painter.drawModuleRow(course, index - 1, record, y: y, wide: wide, pointer: pointer, style: style)
        }
    }

    /// "3. ✓ Title" and, when wide, the reading time and the quiz's score and attempts left.
    private mutating func drawModuleRow(_ course: Course, _ index: Int, _ record: CourseRecord, y: Int,
                                        wide: Bool, pointer: String, style: Style) {
        let module = course.modules[index]
        let moduleRecord = record.modules[module.id] ?? ModuleRecord()
        let mark = moduleRecord.isRead ? glyphs.check : " "
        let details = wide ? moduleDetails(course, module, moduleRecord) : ""
        let detailsWidth = displayWidth(details)
        let title = "\(pointer)\(index + 1). \(mark) \(module.title)"
        write(fitted(title, body.width - detailsWidth - 1, ellipsis: glyphs.ellipsis), x: body.x, y: y, style: style)
        var detailStyle = moduleRecord.passed ? styles.good : style
        if style.reverse { detailStyle.reverse = true }
        write(details, x: body.maxX - detailsWidth, y: y, style: detailStyle)
    }

    private func moduleDetails(_ course: Course, _ module: Module, _ record: ModuleRecord) -> String {
        var parts: [String] = []
        if let minutes = module.minutes { parts.append(strings(.outlineMinutes, ["minutes": minutes])) }
        if module.quiz != nil {
            if let unfinished = record.inProgress {
                parts.append(strings(.outlineQuizInProgress, ["answered": unfinished.answered, "count": unfinished.questions]))
            } else if let score = record.bestScore {
                parts.append(strings(.outlineQuizScore, ["score": Readable.number(score, strings.language)]))
            } else {
                parts.append(strings[.outlineQuizNone])
            }
            if let left = AttemptRules(course.completion).attemptsLeft(attemptsMade: record.attempts) {
                parts.append(strings(.outlineAttemptsLeft, ["count": left]))
            }
        }
        return parts.joined(separator: "  ")
    }
}

extension Style {
    /// The style, reversed when its row is selected.
    func merged(_ selected: Bool) -> Style {
        var style = self
        if selected { style.reverse = true }
        return style
    }
}
