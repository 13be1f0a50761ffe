import Foundation

/// Golden text files beside the tests, for every suite. A missing or different file fails with
/// the lines that differ; `BELAJAR_RECORD_SNAPSHOTS=1` (the one switch) writes them instead,
/// for review in the diff before committing.
public enum Snapshot {
    public static var isRecording: Bool { ProcessInfo.processInfo.environment["BELAJAR_RECORD_SNAPSHOTS"] == "1" }

    /// nil when `actual` is what `folder/name.txt` holds (or was just recorded); else what differs.
    public static func mismatch(_ actual: String, named name: String, in folder: URL) -> String? {
        let file = folder.appendingPathComponent("\(name).txt")
        let recorded = try? String(contentsOf: file, encoding: .utf8)
        if isRecording, recorded != actual {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try? actual.write(to: file, atomically: true, encoding: .utf8)
            return nil
        }
        guard let recorded else { return "no snapshot \(file.path); record it with BELAJAR_RECORD_SNAPSHOTS=1" }
        guard recorded != actual else { return nil }
        return "snapshot \(name) differs (- recorded, + now):\n" + lineDiff(recorded, actual)
    }

    /// The lines that differ, with their numbers, from the first to the last difference
    /// (at most 40 shown).
    public static func lineDiff(_ old: String, _ new: String) -> String {
        let before = old.components(separatedBy: "\n"), after = new.components(separatedBy: "\n")
        var lines: [String] = []
        for index in 0..<max(before.count, after.count) {
            let was = index < before.count ? before[index] : nil
            let now = index < after.count ? after[index] : nil
            guard was != now else { continue }
            if let was { lines.append("\(index + 1)- \(was)") }
            if let now { lines.append("\(index + 1)+ \(now)") }
        }
        return (lines.count > 40 ? Array(lines.prefix(40)) + ["..."] : lines).joined(separator: "\n")
    }
}
