import Crypto
import FoundationEssentials
import Glibc

/// Writes an office package in `SignedFile`'s layout under `BELAJAR-OFFICE-PACKAGE 1`: one item
/// a line, the reviews first, then every file of each published course.
enum PackageWriter {
    static let magic = Data("BELAJAR-OFFICE-PACKAGE 1\n".utf8)

    static func write(reviews: [OfficeReview], courses: [(course: PackedCourse, files: [CourseFile])],
                      identity: OfficeIdentity, deviceID: String, sequence: Int, created: String,
                      to path: String) throws -> PackageManifest {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let items = try reviews.map { try encoder.encode(PackageItem(review: $0)) }
            + courses.flatMap(\.files).map { try encoder.encode(PackageItem(file: $0)) }
        var hash = SHA256()
        for item in items {
            hash.update(data: item)
            hash.update(data: SignedFile.newline)
        }
        let manifest = PackageManifest(
            format: PackageManifest.currentFormat, officeID: identity.officeID, officeKey: identity.publicKey,
            deviceID: deviceID, sequence: sequence, created: created, reviews: reviews.count,
            courses: courses.map(\.course), itemsBytes: items.reduce(0) { $0 + $1.count + 1 },
            itemsSHA256: hash.finalize().hex)
        let manifestLine = try manifest.line()
        try SignedFile.write(magic: magic, manifestLine: manifestLine, signature: try identity.sign(manifestLine),
                             to: path) { sink in
            for item in items {
                try sink.append(item)
                try sink.append(SignedFile.newline)
            }
        }
        return manifest
    }
}
