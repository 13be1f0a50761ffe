import Canvas
import Domain
import FoundationEssentials
import Localization

public enum ReportFormat: String, CaseIterable, Sendable {
    case table, csv, json
}

extension JPReport {
    public func rendered(as format: ReportFormat, language: Language) -> String {
        var text = ""
        Self.write(learners, year: year, targetJP: targetJP, as: format, language: language) { text += $0 }
        return text
    }

    /// The report of a tally written one learner at a time as it is made, so that what is held
    /// at once is the tally and one learner's lines, never the whole text (but for the JSON,
    /// one document, made whole).
    public static func write(_ tally: ReportTally, year: Int?, targetJP: Double = 20, as format: ReportFormat,
                             language: Language, to output: (String) -> Void) {
        write(tally.records(year: year, targetJP: targetJP), year: year, targetJP: targetJP, as: format,
              language: language, to: output)
    }

    static func write(_ learners: some Sequence<LearnerRecord>, year: Int?, targetJP: Double, as format: ReportFormat,
                      language: Language, to output: (String) -> Void) {
        func line(_ text: String) { output(text + "\n") }
        switch format {
        case .json:
            output(((try? MachineFormat.json(JPReport(year: year, targetJP: targetJP, learners: Array(learners)))) ?? "") + "\n")
        case .csv:
            line(csvColumns.joined(separator: ","))
            for learner in learners { csvRows(learner).forEach(line) }
        case .table:
            let yearText = year.map(String.init) ?? SyncMessage.reportAllYears.text(in: language)
            line(SyncMessage.reportTitle.text(in: language, ["year": yearText, "target": Readable.number(targetJP, language)]))
            var none = true
            for learner in learners {
                none = false
                tableLines(learner, year: year, language).forEach(line)
            }
            if none { line(SyncMessage.reportEmpty.text(in: language)) }
        }
    }

    /// The national record's columns, one row per finished course; a learner with none still
    /// gets a row (one per year of a report over several years), so the office sees who has not
    /// reached the target. `jp_total` is the learner's total in the row's `tahun`. The header is
    /// a fixed format for central systems, not interface text.
    static let csvColumns = ["nip", "nama", "instansi", "unit_kerja", "nama_kursus", "jenis_kursus", "penyelenggara",
                             "tanggal_mulai", "tanggal_selesai", "jp", "nilai", "nomor_sertifikat", "jp_total", "target_jp",
                             "tahun"]

    static func csvRows(_ learner: LearnerRecord) -> [String] {
        var rows: [String] = []
        let person = [learner.nip, learner.name, learner.agency ?? "", learner.unit ?? ""].map { CSV.cell(Sanitizer.cleanLine($0)) }
        for total in learner.years {
            let courses = learner.courses.filter { $0.year == total.year }.map { course in
                [course.name, course.type, course.organizer ?? "", course.startDate, course.endDate].map { CSV.cell(Sanitizer.cleanLine($0)) }
                    + [MachineFormat.number(course.jp), course.score.map(MachineFormat.number) ?? "", CSV.cell(Sanitizer.cleanLine(course.certificate))]
            }
            let totals = [MachineFormat.number(total.totalJP), MachineFormat.number(learner.targetJP), String(total.year)]
            for course in courses.isEmpty ? [Array(repeating: "", count: 5) + ["0", "", ""]] : courses {
                rows.append((person + course + totals).joined(separator: ","))
            }
        }
        return rows
    }

    /// A learner's lines of the table, the blank line before them included.
    static func tableLines(_ learner: LearnerRecord, year: Int?, _ language: Language) -> [String] {
        var lines = [""]
        let place = [learner.agency, learner.unit].compactMap { $0 }.map(Sanitizer.cleanLine).joined(separator: " / ")
        lines.append("\(Sanitizer.cleanLine(learner.nip))  \(Sanitizer.cleanLine(learner.name))" + (place.isEmpty ? "" : "  (\(place))"))
        for course in learner.courses {
            let score = course.score.map { "  " + SyncMessage.reportScore.text(in: language, ["score": Readable.number($0, language)]) } ?? ""
            lines.append("  \(course.endDate)  \(Readable.number(course.jp, language)) JP  \(Sanitizer.cleanLine(course.name))\(score)"
                         + "  \(Sanitizer.cleanLine(course.certificate))")
        }
        for total in learner.years {
            let key: SyncMessage = total.targetMet ? .reportTargetMet : .reportTargetShort
            let text = key.text(in: language, [
                "total": Readable.number(total.totalJP, language), "target": Readable.number(learner.targetJP, language),
                "missing": Readable.number(max(0, learner.targetJP - total.totalJP), language),
            ])
            lines.append("  " + (year == nil ? "\(total.year): " : "") + text)
        }
        return lines
    }
}
