import Canvas
import Foundation

extension Painter {
    mutating func drawProgress() {
        drawHeader(strings[.progressTitle], right: state.learner?.name)
        guard let report = state.report else {
            write(strings[.progressLoading], x: body.x, y: body.y, style: styles.muted)
            return
        }
        let year = write(strings(.progressYear, report.year), x: body.x, y: body.y, style: styles.title)
        if report.newFeedback > 0 {
            let feedback = strings(.progressNewFeedback, report.newFeedback)
            let room = body.width - year - 2
            if room > 0 {
                let shown = fitted(feedback, room, ellipsis: glyphs.ellipsis)
                write(shown, x: body.maxX - displayWidth(shown), y: body.y, style: styles.key)
            }
        }
        let fraction = report.target > 0 ? report.hours / report.target : 1
        let barWidth = min(20, body.width / 3)
        let jp = strings(.progressJP, number(report.hours, strings), number(report.target, strings))
        let x = body.x + write(bar(fraction, width: barWidth, glyphs: glyphs), x: body.x, y: body.y + 1,
                               style: fraction >= 1 ? styles.good : .plain) + 1
        write(fitted(jp, body.maxX - x, ellipsis: glyphs.ellipsis), x: x, y: body.y + 1, style: .plain)
        write(fitted(strings(.progressPending, report.pending), body.width, ellipsis: glyphs.ellipsis),
              x: body.x, y: body.y + 2, style: report.pending > 0 ? styles.key : styles.muted)
        for (row, (phrase, step)) in [(Phrase.progressLastExport, report.lastExport), (.progressLastPush, report.lastPush)].enumerated() {
            let text = step.map { "\($0.at)  \($0.count)  \($0.destination)" } ?? strings[.progressNever]
            write(fitted(strings(phrase, text), body.width, ellipsis: glyphs.ellipsis), x: body.x, y: body.y + 3 + row,
                  style: styles.muted)
        }
        write(fitted(strings[.progressCompletions], body.width, ellipsis: glyphs.ellipsis), x: body.x, y: body.y + 6, style: styles.title)
        let list = Rect(x: body.x, y: body.y + 7, width: body.width, height: body.height - 7)
        guard !report.completions.isEmpty else {
            write(fitted(strings[.progressNone], list.width, ellipsis: glyphs.ellipsis), x: list.x, y: list.y, style: styles.muted)
            return
        }
        let completions = report.completions
        drawList(count: completions.count, selected: state.progressTop, highlights: false, in: list) { painter, index, y, _ in
            let completion = completions[index]
            let hours = painter.strings(.hoursShort, number(completion.hours, painter.strings))
            let text = "\(isoDate(completion.date))  \(hours.padded(6))  \(completion.title)"
            painter.write(fitted(text, list.width, ellipsis: painter.glyphs.ellipsis), x: list.x, y: y,
                          style: .plain)
        }
    }
}

extension Painter {
    /// Above the export prompt: the drives a bundle can go to, or how to get one.
    mutating func drawDrives(_ drives: [String]) {
        let text = drives.isEmpty ? strings[.exportNoDrive] : strings(.exportDrives, drives.joined(separator: "  "))
        buffer.fill(Rect(x: 0, y: height - 2, width: width, height: 1))
        write(fitted(" " + text, width, ellipsis: glyphs.ellipsis), x: 0, y: height - 2, style: styles.muted)
    }
}

/// A date as yyyy-mm-dd in the device's time zone: readable in both languages.
func isoDate(_ date: Date) -> String {
    let parts = Calendar.current.dateComponents([.year, .month, .day], from: date)
    return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
}
