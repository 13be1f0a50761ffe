import CourseKit
import Foundation
import Localization
import Testing
@testable import Sync

/// An office, a device that trusts it, and a courses folder on that device.
struct OfficeFixture {
    let folder: TemporaryFolder
    let office: OfficeIdentity
    let trusted: TrustedOffice
    let courses: URL

    init() throws {
        folder = try TemporaryFolder()
        office = try OfficeIdentity.create(in: folder.file("office"), officeID: "bpsdm-contoh").identity
        trusted = try TrustedOffice.parse(office.trustLine, source: "LINE")
        courses = URL(fileURLWithPath: folder.file("courses"))
        try FileManager.default.createDirectory(at: courses, withIntermediateDirectories: true)
    }

    static let review = OfficeReview(
        statementID: "6f1d2c3b-0000-4000-8000-000000000001", essayStatementID: "6f1d2c3b-0000-4000-8000-0000000000e1",
        learnerNIP: "199001012015031001", scaled: 0.5, comment: "Baik; tambahkan contoh.",
        mentorNIP: "197001011995031001", mentorName: "Dr. Sri Mentor", reviewedAt: "2026-12-01T08:00:00.000Z")

    /// A course folder at the office: one module, and a quiz whose text is `gift`.
    func course(_ id: String, version: String, gift: String = "::q1:: Dua tambah dua empat? {T}\n") throws -> URL {
        let url = URL(fileURLWithPath: folder.file("published/\(id)-\(version)"))
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try Data("""
            id: \(id)
            title: Kursus \(id)
            version: \(version)
            hours: 2
            modules:
              - file: 01-satu.md
                quiz: 01-satu.gift
            """.utf8).write(to: url.appendingPathComponent("course.yaml"))
        try Data("# Satu\n\nIsi modul.\n".utf8).write(to: url.appendingPathComponent("01-satu.md"))
        try Data(gift.utf8).write(to: url.appendingPathComponent("01-satu.gift"))
        return url
    }

    func packed(_ folder: URL) throws -> (course: PackedCourse, files: [CourseFile]) {
        let course = try #require(CourseLibrary.load(folder: folder).courses.first)
        let files = try CourseFile.all(in: folder, course: course.id)
        return (PackedCourse(id: course.id, version: course.version, files: files.count), files)
    }

    func write(device: String = "device-a", sequence: Int = 1, reviews: [OfficeReview] = [review],
               courses: [URL] = [], by identity: OfficeIdentity? = nil) throws -> Data {
        let path = folder.file("out-\(UUID().uuidString).package")
        _ = try PackageWriter.write(reviews: reviews, courses: try courses.map(packed), identity: identity ?? office,
                                    deviceID: device, sequence: sequence, created: "2026-12-01T09:00:00.000Z", to: path)
        return FileManager.default.contents(atPath: path) ?? Data()
    }

    func verify(_ data: Data, trusted: TrustedOffice?? = .none, last: Int = 0) throws -> VerifiedPackage {
        try PackageReader.verify(data, trusted: trusted ?? self.trusted, deviceID: "device-a", lastSequence: last)
    }

    /// The refusal of `data` at a device that applied packages up to `last`, courses included.
    func problem(_ data: Data, trusted: TrustedOffice?? = .none, last: Int = 0) -> PackageProblem? {
        do {
            let package = try verify(data, trusted: trusted, last: last)
            _ = try CourseInstaller(coursesFolder: courses).stage(package)
            return nil
        } catch {
            return error as? PackageProblem
        }
    }

    /// Every path under the courses folder with its bytes: "nothing changed" compares these.
    func coursesSnapshot() -> [String: Data] {
        let walker = FileManager.default.enumerator(atPath: courses.path)
        var found: [String: Data] = [:]
        while let path = walker?.nextObject() as? String {
            found[path] = FileManager.default.contents(atPath: courses.appendingPathComponent(path).path) ?? Data()
        }
        return found
    }

    func install(_ data: Data, last: Int = 0) throws {
        let installer = CourseInstaller(coursesFolder: courses)
        try installer.install(try installer.stage(try verify(data, last: last)))
    }
}

@Suite struct OfficePackageTests {
    @Test func aPackageReadsBackAsItsReviewsAndCourses() throws {
        let fixture = try OfficeFixture()
        let data = try fixture.write(sequence: 1, courses: [try fixture.course("etika", version: "1.0.0")])
        let package = try fixture.verify(data)
        #expect(package.reviews == [OfficeFixture.review])
        #expect(package.manifest.deviceID == "device-a")
        #expect(package.manifest.officeID == "bpsdm-contoh")
        #expect(package.manifest.courses == [PackedCourse(id: "etika", version: "1.0.0", files: 3)])
        #expect(Set(package.files.map(\.path)) == ["course.yaml", "01-satu.md", "01-satu.gift"])
        #expect(data.starts(with: Data("BELAJAR-OFFICE-PACKAGE 1\n".utf8)))
    }

    @Test func theOfficeKeyIsItsOwnersOnlyAndKeptAcrossInits() throws {
        let folder = try TemporaryFolder()
        let first = try OfficeIdentity.create(in: folder.path, officeID: "bpsdm")
        let second = try OfficeIdentity.create(in: folder.path, officeID: "other")
        #expect(first.made && !second.made)
        #expect(second.identity.publicKey == first.identity.publicKey && second.identity.officeID == "bpsdm")
        let mode = try FileManager.default.attributesOfItem(atPath: folder.file(OfficeIdentity.fileName))[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(first.identity.trustLine == "bpsdm ed25519:\(first.identity.publicKey)")
        #expect(try TrustedOffice.parse(first.identity.trustLine, source: "LINE").publicKey == first.identity.publicKey)
        #expect(throws: SyncError.officeTrustLine(source: "LINE", detail: "bpsdm rsa:abc")) {
            try TrustedOffice.parse("bpsdm rsa:abc", source: "LINE")
        }
    }

    @Test func aTamperedPackageIsRefused() throws {
        let fixture = try OfficeFixture()
        var data = try fixture.write()
        let comment = try #require(data.range(of: Data("tambahkan".utf8)))
        data.replaceSubrange(comment, with: Data("TAMBAHKAN".utf8))
        #expect(fixture.problem(data) == .itemsAltered)
        var manifest = try fixture.write()
        let device = try #require(manifest.range(of: Data("\"sequence\":1".utf8)))
        manifest.replaceSubrange(device, with: Data("\"sequence\":2".utf8))
        #expect(fixture.problem(manifest, last: 1) == .signatureMismatch)
    }

    @Test func aPackageCutShortIsRefused() throws {
        let fixture = try OfficeFixture()
        let data = try fixture.write()
        #expect(fixture.problem(data.prefix(data.count - 10)) == .truncated)
        #expect(fixture.problem(data.prefix(30)) == .truncated)
        #expect(fixture.problem(data + Data("x\n".utf8)) == .trailingData(bytes: 2))
        #expect(fixture.problem(Data("BELAJAR-BUNDLE 1\n".utf8)) == .notAPackage)
    }

    @Test func aPackageSignedByAnotherKeyIsRefused() throws {
        let fixture = try OfficeFixture()
        let stranger = try OfficeIdentity.create(in: fixture.folder.file("stranger"), officeID: "bpsdm-contoh").identity
        let data = try fixture.write(by: stranger)
        #expect(fixture.problem(data) == .untrustedKey(officeID: "bpsdm-contoh"))
        #expect(fixture.problem(try fixture.write(), trusted: .some(nil)) == .noTrustedOffice)
    }

    @Test func aPackageForAnotherDeviceIsRefused() throws {
        let fixture = try OfficeFixture()
        #expect(fixture.problem(try fixture.write(device: "device-b")) == .otherDevice(deviceID: "device-b"))
    }

    @Test func aReplayedOrOutOfOrderPackageIsRefused() throws {
        let fixture = try OfficeFixture()
        #expect(fixture.problem(try fixture.write(sequence: 3), last: 3) == .alreadyReceived(sequence: 3, last: 3))
        #expect(fixture.problem(try fixture.write(sequence: 2), last: 3) == .alreadyReceived(sequence: 2, last: 3))
        #expect(fixture.problem(try fixture.write(sequence: 5), last: 3) == .outOfOrder(sequence: 5, expected: 4))
        #expect(fixture.problem(try fixture.write(sequence: 4), last: 3) == nil)
    }

    @Test func aBrokenCourseIsRefusedWholeAndTheInstalledOneStays() throws {
        let fixture = try OfficeFixture()
        try fixture.install(try fixture.write(courses: [try fixture.course("etika", version: "1.0.0")]))
        let before = fixture.coursesSnapshot()
        let good = try fixture.course("baru", version: "1.0.0")
        let broken = try fixture.course("etika", version: "1.1.0", gift: "::q1:: Tanpa jawaban {\n")
        let data = try fixture.write(sequence: 2, courses: [good, broken])
        guard case .brokenCourse(let course, let first)? = fixture.problem(data, last: 1) else {
            Issue.record("a broken course was not refused")
            return
        }
        #expect(course == "etika")
        #expect(first.file.lastPathComponent == "01-satu.gift" && first.isError)
        #expect(fixture.coursesSnapshot() == before)
    }

    @Test func anOlderCourseNeverReplacesANewerOne() throws {
        let fixture = try OfficeFixture()
        try fixture.install(try fixture.write(courses: [try fixture.course("etika", version: "1.10.0")]))
        let before = fixture.coursesSnapshot()
        let older = try fixture.write(sequence: 2, courses: [try fixture.course("etika", version: "1.9.0")])
        #expect(fixture.problem(older, last: 1) == .olderCourse(course: "etika", packaged: "1.9.0", installed: "1.10.0"))
        #expect(fixture.coursesSnapshot() == before)
    }

    @Test func aNewerCourseReplacesTheInstalledOneAndTheSameVersionIsLeftAlone() throws {
        let fixture = try OfficeFixture()
        try fixture.install(try fixture.write(courses: [try fixture.course("etika", version: "1.0.0")]))
        try fixture.install(try fixture.write(sequence: 2, courses: [try fixture.course("etika", version: "1.0.0")]), last: 1)
        #expect(try CourseInstaller(coursesFolder: fixture.courses)
            .stage(try fixture.verify(try fixture.write(sequence: 3, courses: [try fixture.course("etika", version: "1.0.0")]), last: 2))
            .isEmpty)
        try fixture.install(try fixture.write(sequence: 3, courses: [try fixture.course("etika", version: "2.0.0-rc.1")]), last: 2)
        let library = CourseLibrary.load(folder: fixture.courses)
        #expect(library.courses.map(\.version) == ["2.0.0-rc.1"])
        #expect(library.failures.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.courses.path) == ["etika"])
    }

    @Test func aNewCourseNeverLandsOnAFolderThatIsNotIt() throws {
        let fixture = try OfficeFixture()
        try FileManager.default.createDirectory(at: fixture.courses.appendingPathComponent("etika/catatan"),
                                                withIntermediateDirectories: true)
        try fixture.install(try fixture.write(courses: [try fixture.course("etika", version: "1.0.0")]))
        #expect(CourseLibrary.load(folder: fixture.courses).courses.map(\.folder.lastPathComponent) == ["etika-1.0.0"])
        #expect(FileManager.default.fileExists(atPath: fixture.courses.appendingPathComponent("etika/catatan").path))
    }

    @Test func aCourseFileOutsideItsFolderIsRefused() throws {
        #expect(!CourseInstaller.isSafe("../etc/passwd"))
        #expect(!CourseInstaller.isSafe("/etc/passwd"))
        #expect(!CourseInstaller.isSafe("media/.hidden"))
        #expect(CourseInstaller.isSafe("media/gambar.png"))
    }

    @Test func semanticVersionsOrderAsSemVerSays() {
        #expect(CourseVersion.isOlder("1.9.0", than: "1.10.0"))
        #expect(CourseVersion.isOlder("2.0.0-rc.1", than: "2.0.0"))
        #expect(!CourseVersion.isOlder("2.0.0", than: "2.0.0-rc.1"))
        #expect(!CourseVersion.isOlder("1.0.0", than: "1.0.0"))
    }

    @Test func everyRefusalHasItsOwnReasonInBothLanguages() {
        let diagnostic = Diagnostic.error(.fileMissing, "x", file: URL(fileURLWithPath: "/c/etika/01-satu.gift"), line: 1)
        let problems: [PackageProblem] = [
            .notAPackage, .unsupportedFormat("f/9"), .truncated, .trailingData(bytes: 2), .manifestDamaged,
            .signatureUnreadable, .signatureMismatch, .noTrustedOffice, .untrustedKey(officeID: "o"),
            .otherDevice(deviceID: "d"), .alreadyReceived(sequence: 1, last: 1), .outOfOrder(sequence: 3, expected: 2),
            .itemsAltered, .itemsDamaged, .unsafePath(course: "c", path: "../x"),
            .brokenCourse(course: "c", first: diagnostic), .olderCourse(course: "c", packaged: "1", installed: "2"),
        ]
        for language in [Language.indonesian, .english] {
            let messages = problems.map { SyncError.package(path: "p.package", $0).message(in: language) }
            #expect(Set(messages).count == problems.count)
            #expect(messages.allSatisfy { $0.contains("p.package") && !$0.contains("{") })
        }
        let broken = SyncError.package(path: "p", .brokenCourse(course: "c", first: diagnostic))
        #expect(broken.message(in: .english).contains("01-satu.gift:1: error:"))
        #expect(broken.message(in: .indonesian) != broken.message(in: .english))
    }
}
