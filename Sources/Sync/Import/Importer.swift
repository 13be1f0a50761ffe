import FoundationEssentials
import Glibc

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
/// the LRS, one bundle at a time and one batch at a time, so memory holds a batch, never a
/// bundle. Each bundle is verified in full before its first statement goes, and entered in the
/// ledger as begun before that too: an office PC that cannot keep its ledger stops before
/// forwarding anything, and an import cut short is finished by the next run (statement ids make
/// a second post harmless).
public enum Importer {
    /// Measured against Ralph and a fast LRS (bench/run office): larger batches stop paying
    /// beyond this, and a strict LRS's request size limits are rarely below it.
    public static let defaultBatchSize = 1000

    public static func importBundles(_ paths: [String], lrs: LRSClient, trust: TrustPolicy, ledgerPath: String,
                                     batchSize: Int = defaultBatchSize) throws -> ImportSummary {
        var ledger = try ImportLedger.load(path: ledgerPath)
        var outcomes: [ImportOutcome] = []
        for path in paths {
            let header: BundleHeader
            do {
                header = try verify(path, trust: trust, ledger: ledger)
            } catch let error as SyncError {
                outcomes.append(.refused(error))
                continue
            }
            ledger.begin(header)
            try ledger.save(path: ledgerPath)
            try forward(path, trust: trust, to: lrs, batchSize: max(1, batchSize))
            ledger.record(header)
            try ledger.save(path: ledgerPath)
            outcomes.append(.imported(path: path, manifest: header.manifest))
        }
        let devices = Set(outcomes.compactMap { if case .imported(_, let manifest) = $0 { manifest.deviceID } else { nil } })
        let gaps = Dictionary(uniqueKeysWithValues: devices.map { ($0, ledger.gaps(deviceID: $0)) }).filter { !$0.value.isEmpty }
        return ImportSummary(outcomes: outcomes, gaps: gaps)
    }

    private static func verify(_ path: String, trust: TrustPolicy, ledger: ImportLedger) throws -> BundleHeader {
        try BundleStream.read(path: path, trust: trust, header: ledger.check) { _ in }
    }

    /// A second pass over a bundle just verified; should the file change in between, the pass
    /// still ends in the refusal its checks give, and the ledger keeps it as begun, not imported.
    private static func forward(_ path: String, trust: TrustPolicy, to lrs: LRSClient, batchSize: Int) throws {
        var batch: [BundledStatement] = []
        batch.reserveCapacity(batchSize)
        _ = try BundleStream.read(path: path, trust: trust) { statement in
            batch.append(statement)
            if batch.count == batchSize {
                try lrs.post(batch)
                batch.removeAll(keepingCapacity: true)
            }
        }
        if !batch.isEmpty { try lrs.post(batch) }
    }
}
