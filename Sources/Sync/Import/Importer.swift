import Foundation

/// What became of one bundle at the office.
public enum ImportOutcome: Sendable, Equatable {
    case imported(path: String, manifest: BundleManifest)
    /// Refused; for `.alreadyImported` nothing needed doing.
    case refused(SyncError)
}

public struct ImportSummary: Sendable, Equatable {
    public var outcomes: [ImportOutcome]
    /// Per device, the bundle numbers that never arrived.
    public var gaps: [String: [Int]]

    /// A damaged, forged or unknown bundle; a second copy of one already imported is not a failure.
    public var refusedAny: Bool {
        outcomes.contains { outcome in
            guard case .refused(let error) = outcome else { return false }
            if case .bundle(_, .alreadyImported) = error { return false }
            return true
        }
    }
}

/// The central office's side: verifies bundles from USB sticks and forwards their statements to
/// the LRS. A bundle is recorded in the ledger only after the LRS holds all of it, so an import
/// cut short is simply run again.
public enum Importer {
    public static func importBundles(_ paths: [String], lrs: LRSClient, trusted: TrustedKeys?, ledgerPath: String,
                                     batchSize: Int = LRSClient.defaultBatchSize) throws -> ImportSummary {
        var ledger = try ImportLedger.load(path: ledgerPath)
        var outcomes: [ImportOutcome] = []
        for path in paths {
            let bundle: VerifiedBundle
            do {
                bundle = try BundleReader.read(path: path, trusted: trusted)
                try ledger.check(bundle)
            } catch let problem as BundleProblem {
                outcomes.append(.refused(.bundle(path: path, problem)))
                continue
            } catch let error as SyncError {
                outcomes.append(.refused(error))
                continue
            }
            try lrs.post(bundle.statements, batchSize: batchSize)
            ledger.record(bundle)
            try ledger.save(path: ledgerPath)
            outcomes.append(.imported(path: path, manifest: bundle.manifest))
        }
        let devices = Set(outcomes.compactMap { if case .imported(_, let manifest) = $0 { manifest.deviceID } else { nil } })
        let gaps = Dictionary(uniqueKeysWithValues: devices.map { ($0, ledger.gaps(deviceID: $0)) }).filter { !$0.value.isEmpty }
        return ImportSummary(outcomes: outcomes, gaps: gaps)
    }
}
