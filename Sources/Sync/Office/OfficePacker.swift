import Basics
import CourseKit
import FoundationEssentials
import Glibc
import Localization

/// What one `office pack` wrote for one device.
public struct PackResult: Sendable, Equatable {
    public var path: String
    public var manifest: PackageManifest
}

/// The office's side of the way back: one signed package per device, numbered per device in
/// `office-packages.json`, carrying that device's reviews and the published courses.
public enum OfficePacker {
    public static let ledgerName = "office-packages.json"

    /// `publish` holds course folders or folders of courses; each must pass `belajar check`.
    public static func pack(book: ReviewBook, devices: [String], publish: [String], identity: OfficeIdentity,
                            ledgerPath: String, to folder: String, now: Date = Date()) throws -> [PackResult] {
        let courses = try publish.flatMap(publishedCourses)
        var ledger = try loadLedger(ledgerPath)
        let reviews = Dictionary(grouping: book.entries, by: \.deviceID)
        let results = try devices.sorted().map { device in
            let sequence = (ledger[device] ?? 0) + 1
            let path = Path.join(folder, 
                "belajar-office-\(device.prefix(8))-\(Readable.padded(sequence, digits: 4)).package")
            if FileManager.default.fileExists(atPath: path) { throw SyncError.fileExists(path: path) }
            let manifest = try PackageWriter.write(reviews: reviews[device, default: []].map(\.review), courses: courses,
                                                   identity: identity, deviceID: device, sequence: sequence,
                                                   created: Exporter.timestamp(now), to: path)
            ledger[device] = sequence
            return PackResult(path: path, manifest: manifest)
        }
        // Once, after every package is on disk: a run cut short numbers nothing, and running it
        // again writes the same numbers (packages are cumulative, so none is lost either way).
        try AtomicFile.write(try JSONEncoder().encode(ledger), to: ledgerPath)
        return results
    }

    /// Devices the office knows: those with reviews and those whose bundles it imported.
    public static func knownDevices(book: ReviewBook, importLedgerPath: String) throws -> [String] {
        let imported = try ImportLedger.load(path: importLedgerPath).devices.keys
        return book.devices.union(imported).sorted()
    }

    private static func loadLedger(_ path: String) throws -> [String: Int] {
        guard let data = FileManager.default.contents(atPath: path) else { return [:] }
        guard let ledger = try? JSONDecoder().decode([String: Int].self, from: data) else {
            throw SyncError.fileFailure(path: path, detail: "JSON")
        }
        return ledger
    }

    /// The office refuses to send what a device would refuse: a course failing its check.
    private static func publishedCourses(_ path: String) throws -> [(course: PackedCourse, files: [CourseFile])] {
        let library = CourseLibrary.load(folder: URL(fileURLWithPath: path))
        let report = CourseCheck.check(paths: [URL(fileURLWithPath: path)])
        if let first = report.diagnostics.first(where: \.isError) {
            throw SyncError.package(path: path, .brokenCourse(course: first.file.deletingLastPathComponent().lastPathComponent,
                                                              first: first))
        }
        return try library.courses.map { course in
            let files = try CourseFile.all(in: course.folder, course: course.id)
            return (PackedCourse(id: course.id, version: course.version, files: files.count), files)
        }
    }
}
