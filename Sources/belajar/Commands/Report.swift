import ArgumentParser
import Foundation
import Sync

/// `belajar report`: each learner's JP for a year against the target, from an LRS or bundles.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Rekap JP per peserta / JP per learner.")

    @Option(help: "Folder berisi paket / Folder of bundles.") var bundles: String?
    @Option(help: "Berkas kunci perangkat tepercaya / Trusted device keys file.") var trustedKeys: String?
    @Option(help: "Tahun / Year.") var year: Int?
    @Option(help: "Target JP per tahun / Yearly JP target.") var target: Double = 20
    @Option(help: "table | csv | json") var format: ReportFormat = .table
    @Option(help: "Zona waktu untuk tanggal / Time zone of the dates, e.g. Asia/Jayapura.") var timeZone: String?
    @OptionGroup var lrs: LRSOptions
    @OptionGroup var options: StoreOptions

    func validate() throws {
        guard (bundles == nil) != (lrs.lrs == nil) else {
            throw ValidationError(SyncMessage.reportSource.text(in: options.language))
        }
        if let timeZone, TimeZone(identifier: timeZone) == nil {
            throw ValidationError(SyncMessage.reportTimeZone.text(in: options.language, ["zone": timeZone]))
        }
    }

    func run() throws {
        let statements = try options.reportingSync { () throws -> [RecordedStatement] in
            guard let bundles else { return try ReportSource.statements(lrs: try lrs.client(options)) }
            let found = try ReportSource.statements(bundlesIn: bundles, trusted: try trustedKeys.map(TrustedKeys.load))
            found.refused.forEach { options.warn($0.message(in: options.language)) }
            return found.statements
        }
        let report = JPReport(statements: statements, year: year, targetJP: target,
                              timeZone: timeZone.flatMap(TimeZone.init(identifier:)) ?? .current)
        print(report.rendered(as: format, language: options.language), terminator: "")
    }
}

extension ReportFormat: ExpressibleByArgument {}
