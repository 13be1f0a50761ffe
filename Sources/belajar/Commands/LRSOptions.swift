import ArgumentParser
import Basics
import FoundationEssentials
import ProgressStore
import Sync

/// The LRS options of push, import and report.
struct LRSOptions: ParsableArguments {
    @Option(help: "Alamat LRS xAPI / LRS address, e.g. https://lrs.example.go.id/xAPI/") var lrs: String?
    @Option(help: "Nama pengguna LRS / LRS user name.") var user: String?
    @Option(help: "Kata sandi LRS / LRS password (lebih aman: BELAJAR_LRS_PASSWORD).") var password: String?
    @Option(help: "Berkas konfigurasi LRS / LRS config file (url = …, user = …, password = …).") var config: String?
    @Option(name: .customLong("batch-size"),
            help: "Jumlah catatan per kiriman / Statements per batch (push \(LRSClient.defaultBatchSize), import \(Importer.defaultBatchSize)).")
    var batchSizeFlag: Int?

    /// Push's batch size; import has its own default, measured for bundles.
    var batchSize: Int { batchSizeFlag ?? LRSClient.defaultBatchSize }

    func client(_ options: StoreOptions) throws -> LRSClient {
        let environment = ProcessInfo.processInfo.environment
        let configPath = config ?? environment["BELAJAR_LRS_CONFIG"]
            ?? Path.join(options.dataFolder, LRSSettings.fileName)
        let settings = try LRSSettings.resolve(flags: LRSSettings(url: lrs, user: user, password: password),
                                               environment: environment, configPath: configPath)
        return LRSClient(endpoint: try settings.endpoint())
    }
}

extension StoreOptions {
    /// The store's folder: where the device key, the LRS config and the office's import ledger
    /// live unless named.
    var dataFolder: String {
        Path.parent(StoreLocation.resolve(flag: store, environment: ProcessInfo.processInfo.environment).path)
    }

    /// `withStore`, with sync's errors also told in the user's language.
    func withSync(_ body: (ProgressStore) throws -> Void) throws {
        try withStore { store in try reportingSync { try body(store) } }
    }

    /// Sync's errors in the user's language; any error no library words (none should reach
    /// here) still ends in a sentence, never in the argument parser's usage text.
    func reportingSync<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as SyncError {
            try fail(error.message(in: language))
        } catch let error where error is StoreError || error is NIP.Problem || error is ExitCode {
            throw error
        } catch {
            try fail(SyncMessage.unexpected.text(in: language, ["detail": String(describing: error)]))
        }
    }
}
