import Basics
import FoundationEssentials
import ProgressStore

/// How far a push has come, for a progress bar.
public struct PushProgress: Sendable, Equatable {
    public var sent: Int
    public var total: Int
}

/// Sends the outbox to an LRS in batches, marking each batch sent once the LRS acknowledged it,
/// so a push cut short (network, power, a refused statement) resumes where it stopped.
public enum Pusher {
    /// Returns how many statements were sent. Throws the LRS's refusal or unreachability after
    /// marking what it did acknowledge; `cancellation` stops it the same way, as
    /// `SyncError.pushCancelled` with the count that stays marked sent.
    @discardableResult
    public static func push(store: ProgressStore, lrs: LRSClient, batchSize: Int = LRSClient.defaultBatchSize,
                            cancellation: Cancellation? = nil, now: () -> Date = Date.init,
                            progress: (PushProgress) -> Void = { _ in }) throws -> Int {
        let pending = try store.allStatements(.notSent).map(BundledStatement.init)
        var sent = 0
        progress(PushProgress(sent: 0, total: pending.count))
        do {
            try lrs.post(pending, batchSize: batchSize, cancellation: cancellation) { batch in
                try store.markSent(batch.compactMap { UUID(uuidString: $0.id) }, lrs: lrs.endpoint.display)
                sent += batch.count
                progress(PushProgress(sent: sent, total: pending.count))
            }
        } catch SyncError.pushCancelled(_) {
            throw SyncError.pushCancelled(sent: sent)
        }
        try SyncStatus.record(store) { $0.lastPush = SyncStatus.step(count: sent, destination: lrs.endpoint.display, at: now()) }
        return sent
    }
}

extension LRSClient {
    /// The LRS the device is set up for, from `BELAJAR_LRS_*` or `lrs.conf` beside the store;
    /// nil when none is complete, and the app then offers no push.
    public static func configured(for store: ProgressStore, environment: [String: String],
                                  retry: RetryPolicy = RetryPolicy()) throws -> LRSClient? {
        let folder = Path.parent(store.path).nonEmpty ?? "."
        let settings = try LRSSettings.resolve(flags: LRSSettings(), environment: environment,
                                               configPath: Path.join(folder, LRSSettings.fileName))
        return settings.isComplete ? LRSClient(endpoint: try settings.endpoint(), retry: retry) : nil
    }
}
