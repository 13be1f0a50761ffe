import CourseKit
import FoundationEssentials

/// What an office package says about itself, signed by the office: which device it is for, its
/// place in that device's series, and the size and hash of the items after it.
public struct PackageManifest: Codable, Sendable, Equatable {
    public static let currentFormat = "belajar-office-package/1"

    public var format: String
    public var officeID: String
    /// Base64 of the raw Ed25519 public key; the device accepts only the key it trusts.
    public var officeKey: String
    public var deviceID: String
    /// 1, 2, 3… per device: the device applies each once, in order.
    public var sequence: Int
    public var created: String
    public var reviews: Int
    public var courses: [PackedCourse]
    public var itemsBytes: Int
    public var itemsSHA256: String

    func line() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}

/// A course folder the office publishes, as its course.yaml names it.
public struct PackedCourse: Codable, Sendable, Equatable {
    public var id: String
    public var version: String
    public var files: Int
}

/// A mentor's review of one essay answer, as the device records it.
public struct OfficeReview: Codable, Sendable, Equatable, Hashable {
    /// The review statement's own id, made once at the office: receiving twice records once.
    public var statementID: String
    /// The `answered` statement of the essay, as the device made it.
    public var essayStatementID: String
    public var learnerNIP: String
    /// 0...1: the essay's fraction, as Moodle keeps a manual grade.
    public var scaled: Double
    public var comment: String
    public var mentorNIP: String
    public var mentorName: String
    public var reviewedAt: String

    public init(statementID: String, essayStatementID: String, learnerNIP: String, scaled: Double, comment: String,
                mentorNIP: String, mentorName: String, reviewedAt: String) {
        self.statementID = statementID
        self.essayStatementID = essayStatementID
        self.learnerNIP = learnerNIP
        self.scaled = scaled
        self.comment = comment
        self.mentorNIP = mentorNIP
        self.mentorName = mentorName
        self.reviewedAt = reviewedAt
    }
}

/// One file of a published course: its path inside the course folder and its bytes.
public struct CourseFile: Codable, Sendable, Equatable {
    public var course: String
    public var path: String
    public var data: Data
}

/// One line of the package's item section: a review or a course file.
struct PackageItem: Codable, Equatable {
    var review: OfficeReview?
    var file: CourseFile?
}

/// A package whose signature, addressee, sequence and hash were checked; its courses are not
/// yet (see `CourseInstaller`).
public struct VerifiedPackage: Sendable {
    public var manifest: PackageManifest
    public var reviews: [OfficeReview]
    public var files: [CourseFile]
}

/// Why a device refuses a package. Each is its own reason, and none changes the device.
public enum PackageProblem: Error, Sendable, Equatable {
    case notAPackage
    case unsupportedFormat(String)
    case truncated
    case trailingData(bytes: Int)
    case manifestDamaged
    case signatureUnreadable
    /// The manifest is not what the office signed.
    case signatureMismatch
    /// No office is trusted on this device yet.
    case noTrustedOffice
    /// Signed by a key other than the trusted office's.
    case untrustedKey(officeID: String)
    case otherDevice(deviceID: String)
    /// This number, or a later one, was applied before.
    case alreadyReceived(sequence: Int, last: Int)
    /// Packages before this one have not arrived.
    case outOfOrder(sequence: Int, expected: Int)
    case itemsAltered
    case itemsDamaged
    /// A course file whose path would leave its course folder.
    case unsafePath(course: String, path: String)
    /// The course fails `belajar check`; `first` is its first error, its file inside the course.
    case brokenCourse(course: String, first: Diagnostic)
    case olderCourse(course: String, packaged: String, installed: String)
}

extension PackageProblem {
    init(_ problem: SignedFile.Problem) {
        switch problem {
        case .otherKind: self = .notAPackage
        case .truncated: self = .truncated
        case .trailingData(let bytes): self = .trailingData(bytes: bytes)
        case .signatureUnreadable: self = .signatureUnreadable
        case .signatureMismatch: self = .signatureMismatch
        case .sectionAltered: self = .itemsAltered
        }
    }
}
