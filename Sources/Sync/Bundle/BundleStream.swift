import Crypto
import FoundationEssentials
import Glibc

/// Who may have signed the bundles an office reads: the devices of its trust file, and, only
/// when the office says so, any other device on first use (its first key is then the one its
/// later bundles must carry).
public struct TrustPolicy: Sendable, Equatable {
    public var keys: TrustedKeys?
    public var firstUse: Bool

    public init(keys: TrustedKeys?, firstUse: Bool) {
        self.keys = keys
        self.firstUse = firstUse
    }

    /// A device the trust file does not name is refused unless first use is allowed; a device it
    /// names must have signed with its registered key either way.
    func check(_ manifest: BundleManifest) throws {
        guard let registered = keys?.keys[manifest.deviceID] else {
            if firstUse { return }
            throw BundleProblem.unknownDevice(deviceID: manifest.deviceID)
        }
        guard registered == manifest.publicKey else { throw BundleProblem.keyMismatch(deviceID: manifest.deviceID) }
    }
}

/// A bundle's signed header, checked before any of its statements is read.
public struct BundleHeader: Sendable {
    public var manifest: BundleManifest
    /// Two bundles are the same bundle when their signed manifest lines are equal.
    var manifestDigest: String
}

/// Reads a bundle one statement at a time and checks it from the outside in, so each kind of
/// damage gets its own reason: the header, the manifest, the signature over the manifest, the
/// device's trust, then the statement section against the size, hash, count and ids the manifest
/// declares. The section is only known good at the end: a caller keeps what it did with the
/// statements only when `read` returns.
enum BundleStream {
    /// The bundle at `path`; its problems come back as `SyncError.bundle` naming the file.
    static func read(path: String, trust: TrustPolicy, header accept: (BundleHeader) throws -> Void = { _ in },
                     each: (BundledStatement) throws -> Void) throws -> BundleHeader {
        do {
            return try read(try LineReader(path: path), trust: trust, header: accept, each: each)
        } catch let problem as BundleProblem {
            throw SyncError.bundle(path: path, problem)
        }
    }

    static func read(_ lines: LineReader, trust: TrustPolicy,
                     header accept: (BundleHeader) throws -> Void = { _ in },
                     each: (BundledStatement) throws -> Void) throws -> BundleHeader {
        let header = try readHeader(lines, trust: trust)
        try accept(header)
        var section = SectionCheck(manifest: header.manifest)
        while let line = try lines.next() {
            switch line {
            case .complete(let json):
                if let statement = section.add(line: json) { try each(statement) }
            case .unterminated(let bytes): section.add(tail: bytes)
            case .tooLong: throw BundleProblem.statementsAltered
            }
        }
        try section.finish()
        return header
    }

    private static func readHeader(_ lines: LineReader, trust: TrustPolicy) throws -> BundleHeader {
        let magic = BundleWriter.magic.dropLast()
        switch try lines.next() {
        case .complete(let first) where first == magic: break
        case .unterminated(let start) where magic.starts(with: start): throw BundleProblem.truncated
        default: throw BundleProblem.notABundle
        }
        guard case .complete(let manifestLine) = try lines.next(), case .complete(let signatureLine) = try lines.next()
        else { throw BundleProblem.truncated }
        let manifest = try decodeManifest(manifestLine)
        try checkSignature(signatureLine, of: manifestLine, key: manifest.publicKey)
        try trust.check(manifest)
        return BundleHeader(manifest: manifest, manifestDigest: SHA256.hash(data: manifestLine).hex)
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
        do {
            try SignedFile.checkSignature(line, of: manifestLine, key: key)
        } catch {
            throw error == .signatureUnreadable ? BundleProblem.signatureUnreadable : BundleProblem.signatureMismatch
        }
    }
}

/// The running totals of a statement section, compared with the manifest at its end.
private struct SectionCheck {
    let manifest: BundleManifest
    var hash = SHA256()
    var bytes = 0
    var count = 0
    var first: String?
    var last: String?
    var unidentified = false

    init(manifest: BundleManifest) { self.manifest = manifest }

    mutating func add(line: Data) -> BundledStatement? {
        hash.update(data: line)
        hash.update(data: BundleWriter.newline)
        bytes += line.count + 1
        count += 1
        guard let id = Self.statementID(line) else {
            unidentified = true
            return nil
        }
        if first == nil { first = id }
        last = id
        return BundledStatement(id: id, json: line)
    }

    mutating func add(tail: Data) {
        hash.update(data: tail)
        bytes += tail.count
    }

    /// In the order a reader of the file would name the damage: its size, its hash, then what
    /// only a writer's bug could get wrong in a signed section.
    func finish() throws {
        if bytes < manifest.statementsBytes { throw BundleProblem.truncated }
        if bytes > manifest.statementsBytes { throw BundleProblem.trailingData(bytes: bytes - manifest.statementsBytes) }
        guard hash.finalize().hex == manifest.statementsSHA256 else { throw BundleProblem.statementsAltered }
        guard count == manifest.count else { throw BundleProblem.countMismatch(declared: manifest.count, found: count) }
        guard !unidentified, first == manifest.firstStatement, last == manifest.lastStatement else {
            throw BundleProblem.idRangeMismatch
        }
    }

    private static func statementID(_ line: Data) -> String? {
        struct Identified: Decodable { var id: String }
        return try? JSONDecoder().decode(Identified.self, from: line).id
    }
}

extension TrustPolicy {
    /// Any device, its first key remembered: what an office asks for with `--trust-on-first-use`
    /// and no trust file.
    public static let firstUse = TrustPolicy(keys: nil, firstUse: true)
}
