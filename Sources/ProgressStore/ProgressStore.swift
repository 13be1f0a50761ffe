// NIP moved down to Domain (no store) so the app can validate it; every user of the store keeps
// seeing it here.
@_exported import Domain
import FoundationEssentials
import SQLite

/// The learner's records on this device, in one SQLite file shared by every learner and by any
/// copy of belajar that is open at the same time. Every public method either commits completely
/// or throws a `StoreError` and leaves the file as it was.
public final class ProgressStore: Sendable {
    public let path: String
    let queue: DatabaseQueue
    let clock: @Sendable () -> Date
    let makeID: @Sendable () -> UUID
    let timeZone: TimeZone

    /// A second process waits this long for the first to finish writing before giving up.
    public static let busyTimeout: TimeInterval = 10

    /// Opens the store, creating it (and, for the default location, its folder) on first use.
    /// Refuses, without touching the file, anything that is not a store this version can use.
    public init(location: StoreLocation, clock: @escaping @Sendable () -> Date = Date.init,
                makeID: @escaping @Sendable () -> UUID = UUID.init, timeZone: TimeZone = .current) throws {
        path = location.path
        self.clock = clock
        self.makeID = makeID
        self.timeZone = timeZone
        try StoreFile.prepare(location)
        // Two copies started at once on a new store would see each other's half-made file;
        // opening takes turns across processes. Without a writable folder there is nothing to race.
        let turn = StoreFile.takeOpeningTurn(path: path)
        defer { StoreFile.endOpeningTurn(turn) }
        do {
            try StoreFile.inspect(path: path)
            queue = try DatabaseQueue(path: path, options: Self.options)
            try Self.migrate(queue)
        } catch {
            throw StoreError.from(error, path: path)
        }
    }

    public convenience init(path: String) throws {
        try self.init(location: StoreLocation(path: path, createsFolder: false))
    }

    /// A write-ahead log, so that another copy of belajar reads while one writes; synchronous FULL
    /// syncs the log at each commit, so a commit that returned survives a power cut (NORMAL,
    /// SQLite's usual choice with a log and GRDB's, may lose the last ones).
    static let options = Database.Options(busyTimeout: busyTimeout, foreignKeys: true, writeAheadLog: true,
                                          synchronous: .full)

    /// Two processes opening a fresh store at once may both try the first migration; the loser
    /// fails on a table that now exists, and finds the schema complete when it looks again.
    private static func migrate(_ queue: DatabaseQueue) throws {
        let migrator = Schema.migrator
        do {
            try migrator.migrate(queue)
        } catch {
            guard try queue.read(migrator.hasCompletedMigrations) else { throw error }
        }
    }

    /// Runs one transaction and turns SQLite's failures into messages a person can act on.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try queue.write(body)
        } catch {
            throw StoreError.from(error, path: path)
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try queue.read(body)
        } catch {
            throw StoreError.from(error, path: path)
        }
    }

    /// The pragmas that make the store safe, as the writer connection sees them.
    public func safetySettings() throws -> (journalMode: String, synchronous: Int, foreignKeys: Bool) {
        do {
            return try queue.writeWithoutTransaction { db in
                (try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "",
                 try Int.fetchOne(db, sql: "PRAGMA synchronous") ?? -1,
                 try Bool.fetchOne(db, sql: "PRAGMA foreign_keys") ?? false)
            }
        } catch {
            throw StoreError.from(error, path: path)
        }
    }

    var now: String { Timestamp.text(clock()) }
}
