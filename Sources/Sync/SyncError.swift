import FoundationEssentials
import Glibc
import Localization

/// What can go wrong in sync that a person can understand and act on. Nothing here carries a
/// password: messages name the LRS by its address only.
public enum SyncError: Error, Sendable, Equatable {
    case fileMissing(path: String)
    /// An export never replaces a file: it may be a bundle not yet taken to the office.
    case fileExists(path: String)
    case filePermission(path: String)
    /// Read-only media: a USB stick with its lock switch on, or mounted read-only.
    case readOnly(path: String)
    /// An export's destination folder is not there: most often a USB stick not mounted.
    case folderMissing(path: String)
    /// A device, pipe or socket where a folder or a bundle file was expected.
    case notAFileOrFolder(path: String)
    case diskFull(path: String)
    case fileFailure(path: String, detail: String)
    case deviceKeyDamaged(path: String)
    case trustFileLine(path: String, line: Int, detail: String)
    case configLine(path: String, line: Int, detail: String)
    case bundle(path: String, BundleProblem)
    case package(path: String, PackageProblem)
    case officeKeyMissing(path: String)
    case officeTrustLine(source: String, detail: String)
    case reviewScore(String)
    case reviewMentorName
    /// `belajar review` with neither imported bundles nor an LRS to read essays from.
    case reviewSourceMissing
    case reviewDeviceUnknown(statement: String)
    case reviewEssayUnknown(statement: String)
    case statementNotOneLine(id: String)
    case lrsMissing
    case lrsAddress(String)
    case credentialsMissing(url: String)
    case lrsCredentials(url: String)
    case lrsMoved(url: String, status: Int)
    case lrsRejected(url: String, status: Int, reason: String, statement: String?)
    case lrsFailing(url: String, detail: String)
    case lrsUnreachable(url: String, detail: String)
    /// libcurl, which a push loads when it starts, is not on this machine.
    case lrsLibraryMissing(url: String, detail: String)
    case lrsAnswer(url: String)
    /// A web page where the LRS's answer should be: a captive portal's login page, most often.
    case lrsWebPage(url: String)
    /// Ids of statements that were not sent.
    case lrsOtherIDs(url: String)
    case lrsUnexpected(url: String, status: Int, sample: String)
    /// The LRS said it stored a batch but, asked for this statement, does not have it.
    case lrsNotHeld(url: String, id: String)
    case lrsAnswerTooLarge(url: String, megabytes: Int)
    /// No answer within the limits of `RequestLimits`, through every retry.
    case lrsSilent(url: String, seconds: Int, rate: Int)
    /// The person stopped the push; `sent` statements were acknowledged and stay marked sent.
    case pushCancelled(sent: Int)
    case notAFile(path: String)
    /// `report --bundles` and `import` without a trust file or trust on first use.
    case trustRequired

    static func file(errno code: Int32, path: String) -> SyncError {
        switch code {
        case ENOENT, ENOTDIR: .fileMissing(path: path)
        case EACCES, EPERM: .filePermission(path: path)
        case EROFS: .readOnly(path: path)
        case ENOSPC, EDQUOT: .diskFull(path: path)
        default: .fileFailure(path: path, detail: String(cString: strerror(code)))
        }
    }

    public func message(in language: Language) -> String {
        if case .package(let path, .brokenCourse(let course, let first)) = self {
            return SyncMessage.packageBrokenCourse.text(in: language, [
                "path": path, "course": course, "first": first.formatted(in: language, relativeTo: first.file.deletingLastPathComponent()),
            ])
        }
        let (key, arguments) = messageKey
        return key.text(in: language, arguments)
    }

    var messageKey: (SyncMessage, [String: String]) {
        switch self {
        case .fileMissing(let path): (.fileMissing, ["path": path])
        case .fileExists(let path): (.fileExists, ["path": path])
        case .filePermission(let path): (.filePermission, ["path": path])
        case .readOnly(let path): (.readOnly, ["path": path])
        case .folderMissing(let path): (.folderMissing, ["path": path])
        case .notAFileOrFolder(let path): (.notAFileOrFolder, ["path": path])
        case .diskFull(let path): (.diskFull, ["path": path])
        case .fileFailure(let path, let detail): (.fileFailure, ["path": path, "detail": detail])
        case .deviceKeyDamaged(let path): (.deviceKeyDamaged, ["path": path])
        case .trustFileLine(let path, let line, let detail): (.trustFileLine, ["path": path, "line": "\(line)", "detail": detail])
        case .configLine(let path, let line, let detail): (.configLine, ["path": path, "line": "\(line)", "detail": detail])
        case .bundle(let path, let problem): Self.bundleKey(path, problem)
        case .package(let path, let problem): Self.packageKey(path, problem)
        case .officeKeyMissing(let path): (.officeKeyMissing, ["path": path])
        case .officeTrustLine(let source, let detail): (.officeTrustLine, ["path": source, "detail": detail])
        case .reviewScore(let text): (.reviewScore, ["score": text])
        case .reviewMentorName: (.reviewMentorName, [:])
        case .reviewSourceMissing: (.reviewSourceMissing, [:])
        case .reviewDeviceUnknown(let statement): (.reviewDeviceUnknown, ["id": statement])
        case .reviewEssayUnknown(let statement): (.reviewEssayUnknown, ["id": statement])
        case .statementNotOneLine(let id): (.statementNotOneLine, ["id": id])
        case .lrsMissing: (.lrsMissing, [:])
        case .lrsAddress(let text): (.lrsAddress, ["url": text])
        case .credentialsMissing(let url): (.credentialsMissing, ["url": url])
        case .lrsCredentials(let url): (.lrsCredentials, ["url": url])
        case .lrsMoved(let url, let status): (.lrsMoved, ["url": url, "status": "\(status)"])
        case .lrsRejected(let url, let status, let reason, let statement):
            (statement == nil ? .lrsRejected : .lrsRejectedStatement,
             ["url": url, "status": "\(status)", "reason": reason, "id": statement ?? ""])
        case .lrsFailing(let url, let detail): (.lrsFailing, ["url": url, "detail": detail])
        case .lrsUnreachable(let url, let detail): (.lrsUnreachable, ["url": url, "detail": detail])
        case .lrsLibraryMissing(let url, let detail): (.lrsLibraryMissing, ["url": url, "detail": detail])
        case .lrsAnswer(let url): (.lrsAnswer, ["url": url])
        case .lrsWebPage(let url): (.lrsWebPage, ["url": url])
        case .lrsOtherIDs(let url): (.lrsOtherIDs, ["url": url])
        case .lrsUnexpected(let url, let status, let sample): (.lrsUnexpected, ["url": url, "status": "\(status)", "sample": sample])
        case .lrsNotHeld(let url, let id): (.lrsNotHeld, ["url": url, "id": id])
        case .lrsAnswerTooLarge(let url, let megabytes): (.lrsAnswerTooLarge, ["url": url, "megabytes": "\(megabytes)"])
        case .lrsSilent(let url, let seconds, let rate): (.lrsSilent, ["url": url, "seconds": "\(seconds)", "rate": "\(rate)"])
        case .pushCancelled(let sent): (.pushCancelled, ["sent": "\(sent)"])
        case .notAFile(let path): (.notAFile, ["path": path])
        case .trustRequired: (.trustRequired, [:])
        }
    }

    private static func bundleKey(_ path: String, _ problem: BundleProblem) -> (SyncMessage, [String: String]) {
        var arguments = ["path": path]
        let key: SyncMessage
        switch problem {
        case .notABundle: key = .bundleNotABundle
        case .unsupportedFormat(let format): key = .bundleFormat; arguments["format"] = format
        case .truncated: key = .bundleTruncated
        case .trailingData(let bytes): key = .bundleTrailingData; arguments["bytes"] = "\(bytes)"
        case .manifestDamaged: key = .bundleManifestDamaged
        case .signatureUnreadable: key = .bundleSignatureUnreadable
        case .signatureMismatch: key = .bundleSignatureMismatch
        case .unknownDevice(let device): key = .bundleUnknownDevice; arguments["device"] = device
        case .keyMismatch(let device): key = .bundleKeyMismatch; arguments["device"] = device
        case .statementsAltered: key = .bundleStatementsAltered
        case .countMismatch(let declared, let found):
            key = .bundleCountMismatch; arguments["declared"] = "\(declared)"; arguments["found"] = "\(found)"
        case .idRangeMismatch: key = .bundleIDRange
        case .alreadyImported(let device, let sequence):
            key = .bundleAlreadyImported; arguments["device"] = device; arguments["sequence"] = "\(sequence)"
        case .sequenceInvalid(let sequence): key = .bundleSequenceInvalid; arguments["sequence"] = "\(sequence)"
        case .sequenceReused(let device, let sequence):
            key = .bundleSequenceReused; arguments["device"] = device; arguments["sequence"] = "\(sequence)"
        }
        return (key, arguments)
    }
}

extension SyncError {
    public var isCancellation: Bool {
        if case .pushCancelled = self { return true }
        return false
    }
}
