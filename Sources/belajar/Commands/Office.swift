import ArgumentParser
import Foundation
import Sync

/// `belajar office`: the office's key (`init`), a device's trust in it (`trust`), and the
/// packages back to devices (`pack`).
struct OfficeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "office", abstract: "Kunci dan paket kantor / The office's key and packages.",
        subcommands: [Init.self, Trust.self])

    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Buat kunci kantor (sekali) / Make the office's key (once).")

        @Option(help: "Nama kantor / Office id, e.g. bpsdm-jabar.") var id: String = "kantor"
        @OptionGroup var options: StoreOptions

        func run() throws {
            let (identity, made) = try options.reportingSync {
                try OfficeIdentity.create(in: options.dataFolder, officeID: id)
            }
            print((made ? SyncMessage.officeKeyMade : .officeKeyKept).text(in: options.language, [
                "path": (options.dataFolder as NSString).appendingPathComponent(OfficeIdentity.fileName),
                "line": identity.trustLine,
            ]))
        }
    }

    struct Trust: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Percayai kunci kantor di perangkat ini / Trust the office's key on this device.")

        @Argument(help: "Baris dari `belajar office init` / The line `belajar office init` printed.") var line: [String]
        @OptionGroup var options: StoreOptions

        func run() throws {
            try options.reportingSync {
                let office = try TrustedOffice.parse(line.joined(separator: " "), source: "LINE")
                try office.save(folder: options.dataFolder)
                print(SyncMessage.officeTrusted.text(in: options.language, ["office": office.officeID, "key": office.publicKey]))
            }
        }
    }
}
