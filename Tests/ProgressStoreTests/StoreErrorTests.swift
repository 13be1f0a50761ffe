import SQLite
import Testing
@testable import ProgressStore

/// SQLite's answers as a person reads them: each kind of failure by its extended code, as
/// SQLite reports it (`SQLITE_IOERR_WRITE` is an I/O error, `SQLITE_BUSY_SNAPSHOT` is busy).
struct StoreErrorTests {
    static let path = "/media/usb/progress.sqlite"

    static let cases: [(Int32, StoreError)] = [
        (13, .diskFull(path: path)),
        (11, .corrupt(path: path)), (267 /* CORRUPT_VTAB */, .corrupt(path: path)),
        (26, .notAStore(path: path)),
        (5, .busy(path: path)), (517 /* BUSY_SNAPSHOT */, .busy(path: path)), (6, .busy(path: path)),
        (8, .fileNotWritable(path: path)), (14, .fileNotWritable(path: path)), (3, .fileNotWritable(path: path)),
        (19, .storageFailure(path: path, detail: "UNIQUE constraint failed")),
        (1, .storageFailure(path: path, detail: "UNIQUE constraint failed")),
    ]

    @Test(arguments: cases)
    func eachKindIsWordedForAPerson(code: Int32, expected: StoreError) {
        #expect(StoreError.from(SQLiteError(code: code, message: "UNIQUE constraint failed"), path: Self.path) == expected)
    }

    /// An I/O error with room on the disk is a failing disk; without room, a full one.
    @Test func anIOErrorIsADeviceFailureWhenThereIsRoom() {
        let roomy = TempFolder().file()
        #expect(StoreError.from(SQLiteError(code: 778 /* IOERR_WRITE */, message: "disk I/O error"), path: roomy)
                == .deviceFailure(path: roomy))
    }

    @Test func aStoreErrorAndAnyOtherErrorPassThrough() {
        struct Other: Error {}
        #expect(StoreError.from(StoreError.attemptFinished, path: Self.path) == .attemptFinished)
        #expect(StoreError.from(Other(), path: Self.path) == .storageFailure(path: Self.path, detail: "Other()"))
    }
}
