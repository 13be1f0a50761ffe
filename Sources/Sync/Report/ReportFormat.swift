import Canvas
import Domain
import FoundationEssentials
import Localization

public enum ReportFormat: String, CaseIterable, Sendable {
    case table, csv, json
}

extension JPReport {
    public func rendered(as format: ReportFormat, language: Language) -> String {
        switch format {
        case .table: table(language)
        case .csv: csv()
        case .json: json()
        }
    }

    /// The national record's columns, one row per finished course; a learner with none still
    /// gets a row (one per year of a report over several years), so the office sees who has not
    /// reached the target. `jp_total` is the learner's total in the row's `tahun`. The header is
    /// a fixed format for central systems, not interface text.
    static let csvColumns = ["nip", "nama", "instansi", "unit_kerja", "nama_kursus", "jenis_kursus", "penyelenggara",
                             "tanggal_mulai", "tanggal_selesai", "jp", "nilai", "nomor_sertifikat", "jp_total", "target_jp",
                             "tahun"]

    func csv() -> String {
        var rows = [Self.csvColumns.joined(separator: ",")]
        for learner in learners {
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
        }
        return rows.joined(separator: "\n") + "\n"
    }

    func json() -> String {
        ((try? MachineFormat.json(self)) ?? "") + "\n"
    }

    func table(_ language: Language) -> String {
        var lines: [String] = []
        let yearText = year.map(String.init) ?? SyncMessage.reportAllYears.text(in: language)
        lines.append(SyncMessage.reportTitle.text(in: language, ["year": yearText, "target": Readable.number(targetJP, language)]))
        for learner in learners {
            lines.append("")
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
        }
        if learners.isEmpty { lines.append(SyncMessage.reportEmpty.text(in: language)) }
        return lines.joined(separator: "\n") + "\n"
    }
}
