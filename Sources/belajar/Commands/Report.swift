import ArgumentParser
import Domain
import FoundationEssentials
import Sync

/// `belajar report`: each learner's JP per year against the target, from an LRS or bundles.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Rekap JP per peserta / JP per learner.")

    @Option(help: "Folder berisi paket / Folder of bundles.") var bundles: String?
    @OptionGroup var trust: TrustOptions
    @Option(help: "Tahun / Year.") var year: Int?
    @Option(help: "Target JP per tahun / Yearly JP target.") var target: Double = 20
    @Option(help: "table | csv | json") var format: ReportFormat = .table
    @Option(help: "Zona waktu untuk catatan tanpa zona (Z) / Time zone of timestamps without an offset, e.g. Asia/Jayapura.")
    var timeZone: String?
    @Option(help: "Hanya catatan yang tersimpan di LRS sampai tanggal ini / Only statements the LRS stored until this date (YYYY-MM-DD).")
    var storedUntil: String?
    @OptionGroup var lrs: LRSOptions
    @OptionGroup var options: StoreOptions

    func validate() throws {
        guard (bundles == nil) != (lrs.lrs == nil) else {
            throw ValidationError(SyncMessage.reportSource.text(in: options.language))
        }
        if let timeZone, case .failure(let problem) = LocalTime.zone(named: timeZone) {
            switch problem {
            case .unknown:
                throw ValidationError(SyncMessage.reportTimeZone.text(in: options.language, ["zone": timeZone]))
            case .noZoneData(let folder):
                throw ValidationError(SyncMessage.reportNoZoneData.text(in: options.language, ["zone": timeZone, "folder": folder]))
            }
        }
        if let storedUntil, storedUntil.wholeMatch(of: /[0-9]{4}-[0-9]{2}-[0-9]{2}/) == nil {
            throw ValidationError(SyncMessage.reportDate.text(in: options.language, ["date": storedUntil]))
        }
    }

    func run() throws {
        let fallback = timeZone.flatMap { try? LocalTime.zone(named: $0).get() } ?? LocalTime.currentZone()
        let tally = try options.reportingSync { () throws -> ReportTally in
            guard let bundles else {
                // The end of that day in the latest time zone: nothing stored on it is left out.
                let until = storedUntil.map { $0 + "T23:59:59.999-12:00" }
                return try ReportSource.tally(lrs: try lrs.client(options), year: year, storedUntil: until, fallback: fallback)
            }
            let found = try ReportSource.tally(bundlesIn: bundles, trust: try trust.policy(), fallback: fallback)
            found.refused.forEach { options.warn($0.message(in: options.language)) }
            return found.tally
        }
        if tally.skipped > 0 {
            options.warn(SyncMessage.reportSkipped.text(in: options.language, ["count": "\(tally.skipped)"]))
        }
        JPReport.write(tally, year: year, targetJP: target, as: format, language: options.language) {
            print($0, terminator: "")
        }
    }
}

extension ReportFormat: ExpressibleByArgument {}
