import ArgumentParser
import Foundation
import Sync

/// `belajar export`: the outbox as a signed bundle for a USB stick.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Ekspor catatan ke berkas paket / Export records to a bundle file.")

    @Option(help: "Folder atau berkas tujuan / Destination folder or file.") var out: String = "."
    @Flag(help: "Semua catatan, juga yang sudah diekspor / Every record, also those exported before.") var all = false
    @OptionGroup var options: StoreOptions

    func run() throws {
        try options.withSync { store in
            guard let result = try Exporter.export(store: store, to: out, all: all) else {
                print(SyncMessage.exportNothing.text(in: options.language))
                return
            }
            print(SyncMessage.exportDone.text(in: options.language, [
                "count": "\(result.manifest.count)", "path": result.path, "sequence": "\(result.manifest.sequence)",
            ]))
        }
    }
}
