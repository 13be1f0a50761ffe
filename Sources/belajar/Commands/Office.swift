import ArgumentParser
import Basics
import FoundationEssentials
import Sync

/// `belajar office`: the office's key (`init`), a device's trust in it (`trust`), and the
/// packages back to devices (`pack`).
struct OfficeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "office", abstract: "Kunci dan paket kantor / The office's key and packages.",
        subcommands: [Init.self, Trust.self, Pack.self])

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
                "path": Path.join(options.dataFolder, OfficeIdentity.fileName),
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

    struct Pack: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Buat paket bertanda tangan untuk perangkat / Write signed packages for devices.")

        @Option(help: "Folder tujuan / Destination folder.") var out: String
        @Option(help: "Satu perangkat / One device.") var device: String?
        @Flag(help: "Semua perangkat yang dikenal / Every known device.") var all = false
        @Option(help: "Folder kursus yang diterbitkan (boleh berulang) / A published course folder (repeatable).")
        var publish: [String] = []
        @OptionGroup var options: StoreOptions

        func validate() throws {
            if (device == nil) == !all { throw ValidationError("--device ID | --all") }
        }

        func run() throws {
            try options.reportingSync {
                let folder = options.dataFolder
                let book = try ReviewBook.load(path: Path.join(folder, ReviewBook.fileName))
                let devices = try device.map { [$0] } ?? OfficePacker.knownDevices(
                    book: book, importLedgerPath: Path.join(folder, "imported-bundles.json"))
                guard !devices.isEmpty else { try options.fail(SyncMessage.packNoDevice.text(in: options.language)) }
                let results = try OfficePacker.pack(
                    book: book, devices: devices, publish: publish, identity: try OfficeIdentity.load(in: folder),
                    ledgerPath: Path.join(folder, OfficePacker.ledgerName), to: out)
                for result in results {
                    print(SyncMessage.packDone.text(in: options.language, [
                        "sequence": "\(result.manifest.sequence)", "device": result.manifest.deviceID,
                        "reviews": "\(result.manifest.reviews)", "courses": "\(result.manifest.courses.count)", "path": result.path,
                    ]))
                }
            }
        }
    }
}
