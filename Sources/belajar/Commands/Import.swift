import ArgumentParser
import Basics
import FoundationEssentials
import Sync

/// `belajar import`: at the office, bundles from USB sticks into the LRS.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Impor paket ke LRS (kantor pusat) / Import bundles into an LRS (central office).")

    @Argument(help: "Berkas paket / Bundle files.") var bundles: [String]
    @OptionGroup var trust: TrustOptions
    @Option(help: "Catatan paket yang sudah diimpor / Ledger of imported bundles.") var ledger: String?
    @OptionGroup var lrs: LRSOptions
    @OptionGroup var options: StoreOptions

    func run() throws {
        let summary = try options.reportingSync {
            try Importer.importBundles(
                bundles, lrs: try lrs.client(options), trust: try trust.policy(),
                ledgerPath: ledger ?? Path.join(options.dataFolder, "imported-bundles.json"),
                batchSize: lrs.batchSizeFlag ?? Importer.defaultBatchSize)
        }
        for outcome in summary.outcomes {
            switch outcome {
            case .imported(let path, let manifest):
                print(SyncMessage.importDone.text(in: options.language, [
                    "path": path, "count": "\(manifest.count)", "device": manifest.deviceID, "sequence": "\(manifest.sequence)",
                ]))
            case .refused(let error):
                options.warn(error.message(in: options.language))
            }
        }
        for (device, missing) in summary.gaps.sorted(by: { $0.key < $1.key }) {
            options.warn(SyncMessage.importGaps.text(in: options.language, [
                "device": device, "numbers": missing.map(String.init).joined(separator: ", "),
            ]))
        }
        if summary.refusedAny { throw ExitCode(1) }
    }
}
