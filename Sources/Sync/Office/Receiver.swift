import Basics
import CourseKit
import FoundationEssentials
import Glibc
import ProgressStore

/// What one office package changed on the device.
public struct ReceiveResult: Sendable, Equatable {
    public var path: String
    public var sequence: Int
    public var reviews: ReceivedReviews
    /// Courses installed or updated, as `id version`.
    public var installed: [PackedCourse]
}

/// The device's side of the way back: verifies each package (signature, trusted office, this
/// device, the next number), installs its courses beside the others, then records its reviews,
/// regrades and credits in one store transaction with the package's number.
public enum Receiver {
    /// Packages are applied in the order given; the first refused one stops the rest, since any
    /// later one would be out of order.
    /// New courses go into `coursesFolder`; `library` is every folder the app reads courses from.
    public static func receive(_ paths: [String], store: ProgressStore, coursesFolder: URL,
                               library: [URL] = []) throws -> [ReceiveResult] {
        let folder = Path.parent(store.path).nonEmpty ?? "."
        let trusted = try TrustedOffice.load(folder: folder)
        let deviceID = try store.setting(.deviceID)
        return try paths.map { path in
            let last = Int(try store.setting(.lastOfficePackage)) ?? 0
            let package = try PackageReader.read(path: path, trusted: trusted, deviceID: deviceID, lastSequence: last)
            let installer = CourseInstaller(coursesFolder: coursesFolder, library: library)
            let staged: [CourseInstaller.Staged]
            do {
                staged = try installer.stage(package)
            } catch let problem as PackageProblem {
                throw SyncError.package(path: path, problem)
            }
            try installer.install(staged)
            let courses = Set(library + [coursesFolder]).flatMap { CourseLibrary.load(folder: $0).courses }
            let reviews = try store.receive(package.reviews.map(EssayReview.init), package: package.manifest.sequence,
                                            courses: courses)
            return ReceiveResult(path: path, sequence: package.manifest.sequence, reviews: reviews,
                                 installed: staged.map(\.course))
        }
    }
}

extension EssayReview {
    init(_ review: OfficeReview) {
        self.init(id: review.statementID, essayStatementID: review.essayStatementID, scaled: review.scaled,
                  comment: review.comment, mentorNIP: review.mentorNIP, mentorName: review.mentorName,
                  reviewedAt: review.reviewedAt)
    }
}
