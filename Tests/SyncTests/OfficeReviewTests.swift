import Foundation
import ProgressStore
import Testing
@testable import Sync

/// The office's side: essays found in exported bundles, graded into the review book, packed
/// per device, sent to Ralph once.
@Suite struct OfficeReviewTests {
    let device: StoreFixture
    let office: TemporaryFolder
    let bundles: String

    init() throws {
        device = try StoreFixture()
        try device.study(try device.learner("198609262015052001", "Ani Lestari"))
        office = try TemporaryFolder()
        bundles = office.file("usb")
        try FileManager.default.createDirectory(atPath: bundles, withIntermediateDirectories: true)
        _ = try Exporter.export(store: device.store, to: bundles)
    }

    var mentor: NIP { get throws { try NIP(validating: "197001011995031001") } }

    @Test func essaysFromBundlesWaitUntilReviewed() throws {
        let essays = try EssayAnswer.inBundles(folder: bundles)
        let deviceID = try device.store.setting(.deviceID)
        #expect(!essays.isEmpty && essays.allSatisfy { $0.deviceID == deviceID })
        var book = ReviewBook()
        #expect(Set(book.waiting(essays).map(\.statementID)) == Set(essays.map(\.statementID)))
        let entry = try book.grade(essays[0], deviceID: nil, percent: 80, comment: "Bagus.", mentor: try mentor,
                                   mentorName: "Dr. Sri Mentor")
        #expect(!book.waiting(essays).contains(essays[0]))
        #expect(book.waiting(essays).count == essays.count - 1)
        #expect(entry.deviceID == deviceID && entry.review.scaled == 0.8)
        #expect(book.reviews(for: deviceID) == [entry.review])
        let path = office.file(ReviewBook.fileName)
        try book.save(path: path)
        #expect(try ReviewBook.load(path: path) == book)
    }

    @Test func aGradeOutsideZeroToAHundredOrWithoutAMentorNameIsRefused() throws {
        let essay = try #require(try EssayAnswer.inBundles(folder: bundles).first)
        var book = ReviewBook()
        #expect(throws: SyncError.reviewScore("101.0")) {
            try book.grade(essay, deviceID: nil, percent: 101, comment: "", mentor: try mentor, mentorName: "M")
        }
        #expect(throws: SyncError.reviewMentorName) {
            try book.grade(essay, deviceID: nil, percent: 50, comment: "", mentor: try mentor, mentorName: "  ")
        }
        var fromLRS = essay
        fromLRS.deviceID = nil
        #expect(throws: SyncError.reviewDeviceUnknown(statement: essay.statementID)) {
            try book.grade(fromLRS, deviceID: nil, percent: 50, comment: "", mentor: try mentor, mentorName: "M")
        }
        #expect(book.entries.isEmpty)
    }

    @Test func eachDeviceGetsItsOwnNumberedPackageWithItsReviews() throws {
        let essay = try #require(try EssayAnswer.inBundles(folder: bundles).first)
        var book = ReviewBook()
        let entry = try book.grade(essay, deviceID: nil, percent: 50, comment: "Cukup.", mentor: try mentor, mentorName: "M")
        let identity = try OfficeIdentity.create(in: office.path, officeID: "bpsdm").identity
        let out = office.file("out")
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        let ledger = office.file(OfficePacker.ledgerName)
        let first = try OfficePacker.pack(book: book, devices: [entry.deviceID, "other"], publish: [], identity: identity,
                                          ledgerPath: ledger, to: out)
        #expect(first.map(\.manifest.sequence) == [1, 1])
        #expect(first.first { $0.manifest.deviceID == entry.deviceID }?.manifest.reviews == 1)
        #expect(first.first { $0.manifest.deviceID == "other" }?.manifest.reviews == 0)
        let second = try OfficePacker.pack(book: book, devices: ["other"], publish: [], identity: identity,
                                           ledgerPath: ledger, to: out)
        #expect(second.map(\.manifest.sequence) == [2])
        let trusted = try TrustedOffice.parse(identity.trustLine, source: "LINE")
        let package = try PackageReader.read(path: try #require(first.first { $0.manifest.deviceID == entry.deviceID }).path,
                                             trusted: trusted, deviceID: entry.deviceID, lastSequence: 0)
        #expect(package.reviews == [entry.review])
    }

    @Test func aPublishedCourseThatFailsItsCheckIsNotPacked() throws {
        let identity = try OfficeIdentity.create(in: office.path, officeID: "bpsdm").identity
        let broken = office.file("published/rusak")
        try FileManager.default.createDirectory(atPath: broken, withIntermediateDirectories: true)
        try Data("id: rusak\ntitle: Rusak\nversion: 1.0.0\nhours: 1\nmodules:\n  - file: tidak-ada.md\n".utf8)
            .write(to: URL(fileURLWithPath: broken + "/course.yaml"))
        #expect(throws: SyncError.self) {
            try OfficePacker.pack(book: ReviewBook(), devices: ["d"], publish: [broken], identity: identity,
                                  ledgerPath: office.file(OfficePacker.ledgerName), to: office.path)
        }
        #expect(!FileManager.default.fileExists(atPath: office.file(OfficePacker.ledgerName)))
    }

    @Test func reviewStatementsReachRalphOnce() throws {
        let essay = try #require(try EssayAnswer.inBundles(folder: bundles).first)
        var book = ReviewBook()
        _ = try book.grade(essay, deviceID: nil, percent: 100, comment: "Sempurna.", mentor: try mentor, mentorName: "M")
        let lrs = LRSClient(endpoint: try Ralph.shared.get().tenant())
        let path = office.file(ReviewBook.fileName)
        #expect(try book.send(to: lrs, save: path) == 1)
        #expect(try book.send(to: lrs, save: path) == 0)
        #expect(try ReviewBook.load(path: path).entries.allSatisfy { $0.sentTo != nil })
        #expect(try lrs.statements(as: Identified.self).map(\.id) == [book.entries[0].review.statementID])
    }
}
