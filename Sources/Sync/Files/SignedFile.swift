import Crypto
import FoundationEssentials
import Glibc

/// The layout both signed files share, the device's bundle and the office's package:
/// ```
/// MAGIC LINE
/// {manifest as JSON on one line}
/// ed25519:{base64 signature of the manifest line}
/// {section of JSON lines}
/// ```
/// The manifest holds the size and SHA-256 of the section, so one signature covers everything.
enum SignedFile {
    static let signaturePrefix = "ed25519:"
    static let newline = Data([UInt8(ascii: "\n")])

    /// What can be wrong with the layout itself; each file kind names it in its own words.
    enum Problem: Error, Equatable {
        case otherKind, truncated, trailingData(bytes: Int), signatureUnreadable, signatureMismatch, sectionAltered
    }

    struct Parts {
        var manifestLine: Data
        var signatureLine: Data
        var section: Data
    }

    static func write(magic: Data, manifestLine: Data, signature: Data, to path: String, mode: mode_t = 0o644,
                      section: (FileSink) throws -> Void) throws {
        try AtomicFile.write(to: path, mode: mode) { sink in
            try sink.append(magic)
            try sink.append(manifestLine + newline)
            try sink.append(signaturePrefix + signature.base64EncodedString() + "\n")
            try section(sink)
        }
    }

    /// The three header lines and what follows them.
    static func split(_ data: Data, magic: Data) throws(Problem) -> Parts {
        var lines = HeaderLines(data)
        guard let first = lines.next() else {
            throw magic.starts(with: data) && !data.isEmpty ? .truncated : .otherKind
        }
        guard first == magic.dropLast() else { throw .otherKind }
        guard let manifestLine = lines.next(), let signatureLine = lines.next() else { throw .truncated }
        return Parts(manifestLine: manifestLine, signatureLine: signatureLine, section: data[lines.offset...])
    }

    static func checkSignature(_ line: Data, of manifestLine: Data, key: String) throws(Problem) {
        let prefix = Data(signaturePrefix.utf8)
        guard line.starts(with: prefix),
              let signature = Data(base64Encoded: line.dropFirst(prefix.count)), signature.count == 64
        else { throw .signatureUnreadable }
        guard let raw = Data(base64Encoded: key),
              let publicKey = try? Curve25519.Signing.PublicKey(rawRepresentation: raw),
              publicKey.isValidSignature(signature, for: manifestLine)
        else { throw .signatureMismatch }
    }

    /// The section against the size and hash its signed manifest declares: a short file is cut
    /// short, not altered.
    static func checkSection(_ section: Data, bytes: Int, sha256: String) throws(Problem) {
        if section.count < bytes { throw .truncated }
        if section.count > bytes { throw .trailingData(bytes: section.count - bytes) }
        guard SHA256.hash(data: section).hex == sha256 else { throw .sectionAltered }
    }

    /// The section's lines, each without its newline.
    static func lines(_ section: Data) -> [Data] {
        section.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).dropLast().map { Data($0) }
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

extension Sequence where Element == UInt8 {
    var hex: String { map { byte in byte < 16 ? "0" + String(byte, radix: 16) : String(byte, radix: 16) }.joined() }
}
