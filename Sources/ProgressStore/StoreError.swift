import Foundation
import GRDB
import Localization

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
        let (key, arguments) = messageKey
        return key.text(in: language, arguments)
    }

    var messageKey: (StoreMessage, [String: String]) {
        switch self {
        case .invalidNIP(let problem): problem.messageKey
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
        guard let error = error as? DatabaseError else {
            return .storageFailure(path: path, detail: String(describing: error))
        }
        switch error.resultCode {
        case .SQLITE_FULL: return .diskFull(path: path)
        case .SQLITE_CORRUPT: return .corrupt(path: path)
        case .SQLITE_NOTADB: return .notAStore(path: path)
        case .SQLITE_BUSY, .SQLITE_LOCKED: return .busy(path: path)
        case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM: return .fileNotWritable(path: path)
        // A full disk can come back as an I/O error (a journal or WAL that could not grow).
        case .SQLITE_IOERR: return hasRoom(path) ? .deviceFailure(path: path) : .diskFull(path: path)
        default: return .storageFailure(path: path, detail: error.message ?? error.description)
        }
    }
}

/// Whether the disk holding `path` has a megabyte free, enough for SQLite to grow its journal.
private func hasRoom(_ path: String) -> Bool {
    var info = statvfs()
    let folder = (path as NSString).deletingLastPathComponent
    guard statvfs(folder.isEmpty ? "." : folder, &info) == 0 else { return true }
    return UInt64(info.f_bavail) * UInt64(info.f_frsize) >= 1 << 20
}

extension NIP.Problem {
    var messageKey: (StoreMessage, [String: String]) {
        switch self {
        case .empty: (.nipEmpty, [:])
        case .notDigits(let character): (.nipNotDigits, ["character": String(character)])
        case .wrongLength(let count): (.nipWrongLength, ["count": String(count)])
        case .birthDate: (.nipBirthDate, [:])
        case .birthInFuture: (.nipBirthInFuture, [:])
        case .serviceMonth: (.nipServiceMonth, [:])
        case .serviceBeforeBirth: (.nipServiceBeforeBirth, [:])
        case .sex: (.nipSex, [:])
        case .sequence: (.nipSequence, [:])
        }
    }

    public func message(in language: Language) -> String {
        let (key, arguments) = messageKey
        return key.text(in: language, arguments)
    }
}

extension NIP.Warning {
    public func message(in language: Language) -> String {
        switch self {
        case .implausibleAgeAtAppointment(let years):
            StoreMessage.nipImplausibleAge.text(in: language, ["years": String(years)])
        }
    }
}
