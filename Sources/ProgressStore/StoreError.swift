import FoundationEssentials
import Glibc
import Localization
import SQLite

/// What can go wrong with the store that a person can understand and act on.
public enum StoreError: Error, Sendable, Equatable {
    case invalidNIP(NIP.Problem)
    case unknownLearner(NIP)
    case learnerExists(NIP)
    case learnerNameEmpty
    case folderMissing(path: String)
    case folderNotWritable(path: String)
    case fileNotWritable(path: String)
    case notAStore(path: String)
    case corrupt(path: String)
    case newerVersion(path: String)
    case diskFull(path: String)
    case busy(path: String)
    case storageFailure(path: String, detail: String)
    /// SQLite's "disk I/O error" with room left on the disk: a failing or removed disk.
    case deviceFailure(path: String)
    case attemptLimit(max: Int)
    case attemptFinished
    case attemptUnknown(Int64)
    case moduleUnknown(course: String, module: String)
    case invalidPIN(PIN.Problem)
    case pinWrong(wait: Int)
    case pinWait(seconds: Int)
    case pinResetReason
    case pinResetNotOwner(path: String, owner: String)

    public func message(in language: Language) -> String {
        guard let (key, arguments) = messageKey else {
            if case .invalidNIP(let problem) = self { return problem.message(in: language) }
            return ""
        }
        return key.text(in: language, arguments)
    }

    /// nil for a NIP problem: `NIPText` words those, for the form and the CLI alike.
    var messageKey: (StoreMessage, [String: String])? {
        switch self {
        case .invalidNIP: nil
        case .unknownLearner(let nip): (.learnerUnknown, ["nip": nip.digits])
        case .learnerExists(let nip): (.learnerExists, ["nip": nip.digits])
        case .learnerNameEmpty: (.learnerNameEmpty, [:])
        case .folderMissing(let path): (.folderMissing, ["path": path])
        case .folderNotWritable(let path): (.folderNotWritable, ["path": path])
        case .fileNotWritable(let path): (.fileNotWritable, ["path": path])
        case .notAStore(let path): (.notAStore, ["path": path])
        case .corrupt(let path): (.corrupt, ["path": path])
        case .newerVersion(let path): (.newerVersion, ["path": path])
        case .diskFull(let path): (.diskFull, ["path": path])
        case .busy(let path): (.busy, ["path": path])
        case .storageFailure(let path, let detail): (.storageFailure, ["path": path, "detail": detail])
        case .deviceFailure(let path): (.deviceFailure, ["path": path])
        case .attemptLimit(let max): (.attemptLimit, ["max": String(max)])
        case .attemptFinished: (.attemptFinished, [:])
        case .attemptUnknown(let id): (.attemptUnknown, ["attempt": String(id)])
        case .moduleUnknown(let course, let module): (.moduleUnknown, ["course": course, "module": module])
        case .invalidPIN(.notDigits): (.pinNotDigits, [:])
        case .invalidPIN(.length(let count)): (.pinLength, ["count": String(count)])
        case .pinWrong(let wait): wait > 0 ? (.pinWrongWait, ["seconds": String(wait)]) : (.pinWrong, [:])
        case .pinWait(let seconds): (.pinWait, ["seconds": String(seconds)])
        case .pinResetReason: (.pinResetReason, [:])
        case .pinResetNotOwner(let path, let owner): (.pinResetNotOwner, ["path": path, "owner": owner])
        }
    }

    /// SQLite's answer, in the words of the person who has to act on it.
    static func from(_ error: any Error, path: String) -> StoreError {
        if let error = error as? StoreError { return error }
        guard let error = error as? SQLiteError else {
            return .storageFailure(path: path, detail: String(describing: error))
        }
        switch error.kind {
        case .full: return .diskFull(path: path)
        case .corrupt: return .corrupt(path: path)
        case .notADatabase: return .notAStore(path: path)
        case .busy, .locked: return .busy(path: path)
        case .readOnly, .cantOpen, .permission: return .fileNotWritable(path: path)
        // A full disk can come back as an I/O error (a journal or WAL that could not grow).
        case .ioError: return hasRoom(path) ? .deviceFailure(path: path) : .diskFull(path: path)
        case .constraint, .other: return .storageFailure(path: path, detail: error.message)
        }
    }
}

/// Whether the disk holding `path` has a megabyte free, enough for SQLite to grow its journal.
private func hasRoom(_ path: String) -> Bool {
    var info = statvfs()
    guard statvfs(StorePath.folder(of: path), &info) == 0 else { return true }
    return UInt64(info.f_bavail) * UInt64(info.f_frsize) >= 1 << 20
}
