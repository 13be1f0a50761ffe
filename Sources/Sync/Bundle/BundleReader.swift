import FoundationEssentials
import Glibc

/// A bundle whose signature, hash and counts were checked, with all its statements.
public struct VerifiedBundle: Sendable {
    public var manifest: BundleManifest
    public var statements: [BundledStatement]
    /// The signed manifest line: two bundles are the same bundle when these bytes are equal.
    var manifestDigest: String

    var header: BundleHeader { BundleHeader(manifest: manifest, manifestDigest: manifestDigest) }
}

/// Reads a whole bundle into memory, for callers that hold few statements (a device's own
/// bundles, tests); the office streams with `BundleStream` instead.
public enum BundleReader {
    /// Without `trusted`, any device's signature is accepted.
    public static func read(path: String, trusted: TrustedKeys? = nil) throws -> VerifiedBundle {
        var statements: [BundledStatement] = []
        let header = try BundleStream.read(path: path, trust: policy(trusted)) { statements.append($0) }
        return VerifiedBundle(manifest: header.manifest, statements: statements, manifestDigest: header.manifestDigest)
    }

    static func verify(_ data: Data, trusted: TrustedKeys?) throws -> VerifiedBundle {
        var statements: [BundledStatement] = []
        let header = try BundleStream.read(LineReader(data: data), trust: policy(trusted)) { statements.append($0) }
        return VerifiedBundle(manifest: header.manifest, statements: statements, manifestDigest: header.manifestDigest)
    }

    private static func policy(_ trusted: TrustedKeys?) -> TrustPolicy {
        TrustPolicy(keys: trusted, firstUse: trusted == nil)
    }
}

