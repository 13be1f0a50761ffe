import Basics
import FoundationEssentials
import Glibc
import ProgressStore

/// What the progress screen shows about sync: what waits, and the last export and push.
/// Kept in a small file beside the store, written after each export and push that succeeded.
public struct SyncStatus: Codable, Sendable, Equatable {
    public struct Step: Codable, Sendable, Equatable {
        /// ISO 8601, UTC.
        public var at: String
        public var count: Int
        /// The bundle file, or the LRS's statements address.
        public var destination: String
    }

    public var lastExport: Step?
    public var lastPush: Step?
    /// Statements neither exported nor sent; not stored, counted when read.
    public var waiting = 0

    public static let fileName = "sync-status.json"

    private enum CodingKeys: String, CodingKey { case lastExport, lastPush }

    public static func of(_ store: ProgressStore) throws -> SyncStatus {
        var status = (FileManager.default.contents(atPath: path(store))).flatMap {
            try? JSONDecoder().decode(SyncStatus.self, from: $0)
        } ?? SyncStatus()
        status.waiting = try store.pendingStatementCount()
        return status
    }

    static func record(_ store: ProgressStore, _ change: (inout SyncStatus) -> Void) throws {
        var status = try of(store)
        change(&status)
        try AtomicFile.write(try JSONEncoder().encode(status), to: path(store))
    }

    static func step(count: Int, destination: String, at date: Date) -> Step {
        Step(at: Exporter.timestamp(date), count: count, destination: destination)
    }

    private static func path(_ store: ProgressStore) -> String {
        Path.join(Path.parent(store.path).nonEmpty ?? ".", fileName)
    }
}
