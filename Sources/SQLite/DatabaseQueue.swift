import Synchronization

/// One connection that any thread may use, one at a time: each call waits for the one before
/// it, so no two transactions of this process ever interleave. Other processes are kept apart
/// by SQLite's own file locks (and wait for them up to the busy timeout).
public final class DatabaseQueue: Sendable {
    public let path: String
    private let lock = Mutex(())
    /// Only used while `lock` is held.
    private nonisolated(unsafe) let database: Database

    public init(path: String, options: Database.Options = Database.Options()) throws {
        self.path = path
        database = try Database(path: path, options: options)
    }

    /// A read in a transaction of its own, so that it sees one moment of the file; writing is refused.
    public func read<T>(_ body: (Database) throws -> T) throws -> T {
        try serialized { try database.readOnly { try database.inTransaction(.deferred) { try body(database) } } }
    }

    /// A write transaction that takes the file's write lock at its start (IMMEDIATE), so that it
    /// waits for another writer then instead of failing halfway; rolled back if `body` throws.
    public func write<T>(_ body: (Database) throws -> T) throws -> T {
        try serialized { try database.inTransaction(.immediate) { try body(database) } }
    }

    /// For what a transaction refuses or ignores (`PRAGMA journal_mode`, `synchronous`, `VACUUM`),
    /// and for callers that manage their own transactions.
    public func writeWithoutTransaction<T>(_ body: (Database) throws -> T) throws -> T {
        try serialized { try body(database) }
    }

    /// Closes the connection now rather than when the queue goes away; later calls fail.
    public func close() {
        lock.withLock { _ in database.close() }
    }

    /// Runs `body` holding the lock. The result is carried out of the lock by hand: `withLock`
    /// wants a `sending` result, which a value read from the connection cannot prove to be.
    private func serialized<T>(_ body: () throws -> T) throws -> T {
        var result: Result<T, any Error>?
        lock.withLock { _ in result = Result { try body() } }
        return try result!.get()
    }
}
