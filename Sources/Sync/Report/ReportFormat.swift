import Canvas
import Domain
import Foundation
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
    /// gets a row, so the office sees who has not reached the target. The header is a fixed
    /// format for central systems, not interface text.
    static let csvColumns = ["nip", "nama", "instansi", "unit_kerja", "nama_kursus", "jenis_kursus", "penyelenggara",
                             "tanggal_mulai", "tanggal_selesai", "jp", "nilai", "nomor_sertifikat", "jp_total", "target_jp"]

    func csv() -> String {
        var rows = [Self.csvColumns.joined(separator: ",")]
        for learner in learners {
            let person = [learner.nip, learner.name, learner.agency ?? "", learner.unit ?? ""].map(CSV.cell)
            let totals = [MachineFormat.number(learner.totalJP), MachineFormat.number(learner.targetJP)]
            let courses: [[String]] = learner.courses.map { course in
                [course.name, course.type, course.organizer ?? "", course.startDate, course.endDate].map(CSV.cell)
                    + [MachineFormat.number(course.jp), course.score.map(MachineFormat.number) ?? "", CSV.cell(course.certificate)]
            }
            for course in courses.isEmpty ? [Array(repeating: "", count: 5) + ["0", "", ""]] : courses {
                rows.append((person + course + totals).joined(separator: ","))
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
            let place = [learner.agency, learner.unit].compactMap { $0 }.joined(separator: " / ")
            lines.append("\(learner.nip)  \(learner.name)" + (place.isEmpty ? "" : "  (\(place))"))
            for course in learner.courses {
                let score = course.score.map { "  " + SyncMessage.reportScore.text(in: language, ["score": Readable.number($0, language)]) } ?? ""
                lines.append("  \(course.endDate)  \(Readable.number(course.jp, language)) JP  \(course.name)\(score)  \(course.certificate)")
            }
            let key: SyncMessage = learner.targetMet ? .reportTargetMet : .reportTargetShort
            lines.append("  " + key.text(in: language, [
                "total": Readable.number(learner.totalJP, language), "target": Readable.number(learner.targetJP, language),
                "missing": Readable.number(max(0, learner.targetJP - learner.totalJP), language),
            ]))
        }
        if learners.isEmpty { lines.append(SyncMessage.reportEmpty.text(in: language)) }
        return lines.joined(separator: "\n") + "\n"
    }
}
