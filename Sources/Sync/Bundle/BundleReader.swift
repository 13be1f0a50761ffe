import Crypto
import Foundation

/// A bundle whose signature, hash and counts were checked.
public struct VerifiedBundle: Sendable {
    public var manifest: BundleManifest
    public var statements: [BundledStatement]
    /// The signed manifest line: two bundles are the same bundle when these bytes are equal.
    var manifestDigest: String
}

/// Reads a bundle and checks it from the outside in, so each kind of damage gets its own reason:
/// the header, the manifest, the signature over the manifest, the device's registration, then the
/// statement section against the size and hash the manifest declares.
public enum BundleReader {
    public static func read(path: String, trusted: TrustedKeys? = nil) throws -> VerifiedBundle {
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped) else {
            throw SyncError.fileMissing(path: path)
        }
        do {
            return try verify(data, trusted: trusted)
        } catch let problem as BundleProblem {
            throw SyncError.bundle(path: path, problem)
        }
    }

    static func verify(_ data: Data, trusted: TrustedKeys?) throws -> VerifiedBundle {
        var lines = HeaderLines(data)
        guard let magic = lines.next() else { throw truncatedOrNot(data) }
        guard magic == BundleWriter.magic.dropLast() else { throw BundleProblem.notABundle }
        guard let manifestLine = lines.next(), let signatureLine = lines.next() else {
            throw BundleProblem.truncated
        }
        let manifest = try decodeManifest(manifestLine)
        try checkSignature(signatureLine, of: manifestLine, key: manifest.publicKey)
        try checkRegistration(manifest, trusted: trusted)
        let section = data[lines.offset...]
        try checkSection(section, manifest)
        let statements = try split(section, manifest)
        return VerifiedBundle(manifest: manifest, statements: statements,
                              manifestDigest: SHA256.hash(data: manifestLine).hex)
    }

    private static func truncatedOrNot(_ data: Data) -> BundleProblem {
        BundleWriter.magic.starts(with: data) && !data.isEmpty
            ? .truncated : .notABundle
    }

    private static func decodeManifest(_ line: Data) throws -> BundleManifest {
        guard let manifest = try? JSONDecoder().decode(BundleManifest.self, from: line) else {
            throw BundleProblem.manifestDamaged
        }
        guard manifest.format == BundleManifest.currentFormat else {
            throw BundleProblem.unsupportedFormat(manifest.format)
        }
        return manifest
    }

    private static func checkSignature(_ line: Data, of manifestLine: Data, key: String) throws {
        let prefix = Data(BundleWriter.signaturePrefix.utf8)
        guard line.starts(with: prefix),
              let signature = Data(base64Encoded: line.dropFirst(prefix.count)), signature.count == 64
        else { throw BundleProblem.signatureUnreadable }
        guard let raw = Data(base64Encoded: key),
              let publicKey = try? Curve25519.Signing.PublicKey(rawRepresentation: raw),
              publicKey.isValidSignature(signature, for: manifestLine)
        else { throw BundleProblem.signatureMismatch }
    }

    private static func checkRegistration(_ manifest: BundleManifest, trusted: TrustedKeys?) throws {
        guard let trusted else { return }
        guard let registered = trusted.keys[manifest.deviceID] else {
            throw BundleProblem.unknownDevice(deviceID: manifest.deviceID)
        }
        guard registered == manifest.publicKey else { throw BundleProblem.keyMismatch(deviceID: manifest.deviceID) }
    }

    private static func checkSection(_ section: Data, _ manifest: BundleManifest) throws {
        if section.count < manifest.statementsBytes {
            throw BundleProblem.truncated
        }
        if section.count > manifest.statementsBytes {
            throw BundleProblem.trailingData(bytes: section.count - manifest.statementsBytes)
        }
        guard SHA256.hash(data: section).hex == manifest.statementsSHA256 else {
            throw BundleProblem.statementsAltered
        }
    }

    /// Reached only with a section the device signed, so a mismatch here is a writer's bug,
    /// still refused rather than half-imported.
    private static func split(_ section: Data, _ manifest: BundleManifest) throws -> [BundledStatement] {
        let lines = section.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).dropLast()
        guard lines.count == manifest.count else {
            throw BundleProblem.countMismatch(declared: manifest.count, found: lines.count)
        }
        let statements = try lines.map { line in
            guard let id = statementID(line) else { throw BundleProblem.idRangeMismatch }
            return BundledStatement(id: id, json: Data(line))
        }
        guard statements.first?.id == manifest.firstStatement, statements.last?.id == manifest.lastStatement else {
            throw BundleProblem.idRangeMismatch
        }
        return statements
    }

    private static func statementID(_ line: Data) -> String? {
        struct Identified: Decodable { var id: String }
        return try? JSONDecoder().decode(Identified.self, from: line).id
    }
}

/// The three header lines, each without its newline.
private struct HeaderLines {
    let data: Data
    var offset: Data.Index

    init(_ data: Data) {
        self.data = data
        offset = data.startIndex
    }

    mutating func next() -> Data? {
        guard let end = data[offset...].firstIndex(of: UInt8(ascii: "\n")) else { return nil }
        defer { offset = end + 1 }
        return data[offset..<end]
    }
}
