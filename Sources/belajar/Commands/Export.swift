import ArgumentParser
import FoundationEssentials
import Sync

/// `belajar export`: the outbox as a signed bundle for a USB stick.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Ekspor catatan ke berkas paket / Export records to a bundle file.")

    @Option(help: "Folder atau berkas .bundle tujuan / Destination folder or .bundle file.") var out: String = "."
    @Flag(help: "Semua catatan, juga yang sudah diekspor / Every record, also those exported before.") var all = false
    @OptionGroup var options: StoreOptions

    func run() throws {
        try options.withSync { store in
            guard let result = try Exporter.export(store: store, to: out, all: all) else {
                Output.line(SyncMessage.exportNothing.text(in: options.language))
                return
            }
            Output.line(SyncMessage.exportDone.text(in: options.language, [
                "count": "\(result.manifest.count)", "path": result.path, "sequence": "\(result.manifest.sequence)",
            ]))
            if let problem = result.notMarked {
                options.warn(SyncMessage.exportNotMarked.text(in: options.language, ["reason": problem.message(in: options.language)]))
            }
        }
    }
}
