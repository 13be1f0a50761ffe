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
        do {
            let parts = try SignedFile.split(data, magic: BundleWriter.magic)
            let manifest = try decodeManifest(parts.manifestLine)
            try SignedFile.checkSignature(parts.signatureLine, of: parts.manifestLine, key: manifest.publicKey)
            try checkRegistration(manifest, trusted: trusted)
            try SignedFile.checkSection(parts.section, bytes: manifest.statementsBytes, sha256: manifest.statementsSHA256)
            let statements = try split(parts.section, manifest)
            return VerifiedBundle(manifest: manifest, statements: statements,
                                  manifestDigest: SHA256.hash(data: parts.manifestLine).hex)
        } catch let problem as SignedFile.Problem {
            throw BundleProblem(problem)
        }
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

    private static func checkRegistration(_ manifest: BundleManifest, trusted: TrustedKeys?) throws {
        guard let trusted else { return }
        guard let registered = trusted.keys[manifest.deviceID] else {
            throw BundleProblem.unknownDevice(deviceID: manifest.deviceID)
        }
        guard registered == manifest.publicKey else { throw BundleProblem.keyMismatch(deviceID: manifest.deviceID) }
    }

    /// Reached only with a section the device signed, so a mismatch here is a writer's bug,
    /// still refused rather than half-imported.
    private static func split(_ section: Data, _ manifest: BundleManifest) throws -> [BundledStatement] {
        let lines = SignedFile.lines(section)
        guard lines.count == manifest.count else {
            throw BundleProblem.countMismatch(declared: manifest.count, found: lines.count)
        }
        let statements = try lines.map { line in
            guard let id = statementID(line) else { throw BundleProblem.idRangeMismatch }
            return BundledStatement(id: id, json: line)
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

extension BundleProblem {
    init(_ problem: SignedFile.Problem) {
        switch problem {
        case .otherKind: self = .notABundle
        case .truncated: self = .truncated
        case .trailingData(let bytes): self = .trailingData(bytes: bytes)
        case .signatureUnreadable: self = .signatureUnreadable
        case .signatureMismatch: self = .signatureMismatch
        case .sectionAltered: self = .statementsAltered
        }
    }
}
