import Crypto
import FoundationEssentials
import Glibc

/// Writes a bundle file in `SignedFile`'s layout under the magic line `BELAJAR-BUNDLE 1`, one
/// statement a line in its section.
enum BundleWriter {
    static let magic = Data("BELAJAR-BUNDLE 1\n".utf8)

    static func write(_ statements: [BundledStatement], identity: DeviceIdentity, sequence: Int,
                      created: String, to path: String) throws -> BundleManifest {
        var hash = SHA256()
        var bytes = 0
        for statement in statements {
            guard !hasNewline(statement.json) else {
                throw SyncError.statementNotOneLine(id: statement.id)
            }
            hash.update(data: statement.json)
            hash.update(data: newline)
            bytes += statement.json.count + 1
        }
        let manifest = BundleManifest(
            format: BundleManifest.currentFormat, deviceID: identity.deviceID, publicKey: identity.publicKey,
            sequence: sequence, created: created, count: statements.count,
            firstStatement: statements.first?.id, lastStatement: statements.last?.id,
            statementsBytes: bytes, statementsSHA256: hash.finalize().hex)
        let manifestLine = try manifest.line()
        let signature = try identity.sign(manifestLine)
        try SignedFile.write(magic: magic, manifestLine: manifestLine, signature: signature, to: path) { sink in
            for statement in statements {
                try sink.append(statement.json)
                try sink.append(newline)
            }
        }
        return manifest
    }

    static let newline = SignedFile.newline
    static let signaturePrefix = SignedFile.signaturePrefix

    /// memchr, not `Data.contains`: the byte-by-byte iterator was a fifth of an export's time.
    private static func hasNewline(_ data: Data) -> Bool {
        data.withUnsafeBytes { bytes in
            bytes.baseAddress.map { memchr($0, Int32(UInt8(ascii: "\n")), bytes.count) != nil } ?? false
        }
    }
}
