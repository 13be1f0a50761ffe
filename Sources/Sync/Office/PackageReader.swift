import FoundationEssentials
import Glibc

/// Reads an office package at the device and checks it from the outside in, each kind of damage
/// with its own reason: the layout, the manifest, the office's signature and key, the addressee,
/// the sequence, then the items against the size and hash the manifest declares.
public enum PackageReader {
    /// `lastSequence` is the number of the last package this device applied (0: none yet).
    public static func read(path: String, trusted: TrustedOffice?, deviceID: String,
                            lastSequence: Int) throws -> VerifiedPackage {
        guard let data = FileManager.default.contents(atPath: path) else { throw SyncError.fileMissing(path: path) }
        do {
            return try verify(data, trusted: trusted, deviceID: deviceID, lastSequence: lastSequence)
        } catch let problem as PackageProblem {
            throw SyncError.package(path: path, problem)
        }
    }

    static func verify(_ data: Data, trusted: TrustedOffice?, deviceID: String,
                       lastSequence: Int) throws -> VerifiedPackage {
        do {
            let parts = try SignedFile.split(data, magic: PackageWriter.magic)
            let manifest = try decodeManifest(parts.manifestLine)
            try SignedFile.checkSignature(parts.signatureLine, of: parts.manifestLine, key: manifest.officeKey)
            guard let trusted else { throw PackageProblem.noTrustedOffice }
            guard trusted.publicKey == manifest.officeKey else { throw PackageProblem.untrustedKey(officeID: manifest.officeID) }
            guard manifest.deviceID == deviceID else { throw PackageProblem.otherDevice(deviceID: manifest.deviceID) }
            try checkSequence(manifest.sequence, last: lastSequence)
            try SignedFile.checkSection(parts.section, bytes: manifest.itemsBytes, sha256: manifest.itemsSHA256)
            return try items(parts.section, manifest)
        } catch let problem as SignedFile.Problem {
            throw PackageProblem(problem)
        }
    }

    private static func decodeManifest(_ line: Data) throws -> PackageManifest {
        guard let manifest = try? JSONDecoder().decode(PackageManifest.self, from: line) else {
            throw PackageProblem.manifestDamaged
        }
        guard manifest.format == PackageManifest.currentFormat else {
            throw PackageProblem.unsupportedFormat(manifest.format)
        }
        return manifest
    }

    private static func checkSequence(_ sequence: Int, last: Int) throws {
        if sequence <= last { throw PackageProblem.alreadyReceived(sequence: sequence, last: last) }
        if sequence > last + 1 { throw PackageProblem.outOfOrder(sequence: sequence, expected: last + 1) }
    }

    /// Reached only with items the office signed, so a mismatch is a writer's bug, still refused.
    private static func items(_ section: Data, _ manifest: PackageManifest) throws -> VerifiedPackage {
        let decoder = JSONDecoder()
        var package = VerifiedPackage(manifest: manifest, reviews: [], files: [])
        for line in SignedFile.lines(section) {
            guard let item = try? decoder.decode(PackageItem.self, from: line) else { throw PackageProblem.itemsDamaged }
            if let review = item.review { package.reviews.append(review) }
            if let file = item.file { package.files.append(file) }
        }
        let published = Set(manifest.courses.map(\.id))
        guard package.reviews.count == manifest.reviews,
              package.files.allSatisfy({ published.contains($0.course) }) else { throw PackageProblem.itemsDamaged }
        return package
    }
}
