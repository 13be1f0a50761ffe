import Foundation

/// Where the report's statements come from: an LRS, or a folder of bundles from USB sticks.
public enum ReportSource {
    public static func statements(lrs: LRSClient) throws -> [RecordedStatement] {
        try lrs.statements(as: RecordedStatement.self)
    }

    /// Every statement of every verified bundle in `folder`, each counted once however many
    /// bundles carry it; bundles that fail verification are left out and returned as refused.
    public static func statements(bundlesIn folder: String, trusted: TrustedKeys?) throws
        -> (statements: [RecordedStatement], refused: [SyncError]) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".bundle") }.sorted()
        } catch {
            throw SyncError.fileMissing(path: folder)
        }
        var seen = Set<String>()
        var statements: [RecordedStatement] = []
        var refused: [SyncError] = []
        let decoder = JSONDecoder()
        for name in names {
            let path = (folder as NSString).appendingPathComponent(name)
            do {
                for statement in try BundleReader.read(path: path, trusted: trusted).statements
                where seen.insert(statement.id).inserted {
                    if let decoded = try? decoder.decode(RecordedStatement.self, from: statement.json) {
                        statements.append(decoded)
                    }
                }
            } catch let error as SyncError {
                refused.append(error)
            }
        }
        return (statements, refused)
    }
}
