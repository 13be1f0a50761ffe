import Canvas
import Domain
import Localization
import FoundationEssentials

extension Painter {
    mutating func drawProgress() {
        drawHeader(strings[.progressTitle], right: state.learner?.name)
        guard let report = state.report else {
            write(strings[.progressLoading], x: body.x, y: body.y, style: styles.muted)
            return
        }
        let year = write(strings(.progressYear, ["year": report.year]), x: body.x, y: body.y, style: styles.title)
        if report.newFeedback > 0 {
            let feedback = strings(.progressNewFeedback, ["count": report.newFeedback])
            let room = body.width - year - 2
            if room > 0 {
                let shown = fitted(feedback, room, ellipsis: glyphs.ellipsis)
                write(shown, x: body.maxX - displayWidth(shown), y: body.y, style: styles.key)
            }
        }
        let fraction = report.target > 0 ? report.hours / report.target : 1
        let barWidth = min(20, body.width / 3)
        let jp = strings(.progressJP, ["earned": Readable.number(report.hours, strings.language), "target": Readable.number(report.target, strings.language)])
        let x = body.x + write(bar(fraction, width: barWidth, glyphs: glyphs), x: body.x, y: body.y + 1,
                               style: fraction >= 1 ? styles.good : .plain) + 1
        write(fitted(jp, body.maxX - x, ellipsis: glyphs.ellipsis), x: x, y: body.y + 1, style: .plain)
        write(fitted(strings(.progressPending, ["count": report.pending]), body.width, ellipsis: glyphs.ellipsis),
              x: body.x, y: body.y + 2, style: report.pending > 0 ? styles.key : styles.muted)
        for (row, (phrase, step)) in [(Phrase.progressLastExport, report.lastExport), (.progressLastPush, report.lastPush)].enumerated() {
            let text = step.map { "\(readableTime($0.at))  \($0.count)  \($0.destination)" } ?? strings[.progressNever]
            write(fitted(strings(phrase, ["step": text]), body.width, ellipsis: glyphs.ellipsis), x: body.x, y: body.y + 3 + row,
                  style: styles.muted)
        }
        if let work = state.sync { drawSyncWork(work, y: body.y + 5) }
        write(fitted(strings[.progressCompletions], body.width, ellipsis: glyphs.ellipsis), x: body.x, y: body.y + 6, style: styles.title)
        let list = Rect(x: body.x, y: body.y + 7, width: body.width, height: body.height - 7)
        guard !report.completions.isEmpty else {
            write(fitted(strings[.progressNone], list.width, ellipsis: glyphs.ellipsis), x: list.x, y: list.y, style: styles.muted)
            return
        }
        let completions = report.completions
        drawList(count: completions.count, selected: state.progressTop, highlights: false, in: list) { painter, index, y, _ in
            let completion = completions[index]
            let hours = painter.strings(.hoursShort, ["hours": Readable.number(completion.hours, painter.strings.language)])
            let date = Readable.date(completion.date, painter.strings.language, timeZone: painter.state.clock.timeZone)
            let text = "\(date)  \(hours.padded(6))  \(completion.title)"
            painter.write(fitted(text, list.width, ellipsis: painter.glyphs.ellipsis), x: list.x, y: y,
                          style: .plain)
        }
    }
}

extension Painter {
    /// What an export or a push under way has done so far.
    mutating func drawSyncWork(_ work: SyncWork, y: Int) {
        let text = switch work {
        case .exporting(let path): strings(.exportWorking, ["path": path])
        case .pushing(_, nil): strings[.pushWorking]
        case .pushing(let sent, let total?): strings(.pushProgress, ["sent": sent, "total": total])
        }
        write(fitted(text, body.width, ellipsis: glyphs.ellipsis), x: body.x, y: y, style: styles.key)
    }

    /// A stored UTC timestamp in the learner's words and time zone; as stored if it cannot be read.
    func readableTime(_ timestamp: String) -> String {
        guard let date = MachineFormat.date(fromTimestamp: timestamp) else { return timestamp }
        return Readable.dateTime(date, strings.language, timeZone: state.clock.timeZone)
    }

    /// Above the export prompt: the drives a bundle can go to, or how to get one.
    mutating func drawDrives(_ drives: [String]) {
        let text = drives.isEmpty ? strings[.exportNoDrive] : strings(.exportDrives, ["drives": drives.joined(separator: "  ")])
        buffer.fill(Rect(x: 0, y: height - 2, width: width, height: 1))
        write(fitted(" " + text, width, ellipsis: glyphs.ellipsis), x: 0, y: height - 2, style: styles.muted)
    }
}
