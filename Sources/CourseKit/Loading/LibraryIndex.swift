import FoundationEssentials
import Glibc

/// What the last opening of a library read from each course.yaml, kept in a small file (beside
/// the store) so the next start parses no YAML that has not changed.
///
/// Why a stale or damaged index cannot show wrong data: a reading depends only on the bytes of
/// course.yaml, on whether each module and quiz file it names is there, and on this program's
/// rules. An entry is used only when course.yaml's size, inode, modification and change times
/// are all as they were, every file it looked for is still there or still missing, and the index
/// was written by this very build; anything else reads course.yaml again. A course.yaml changed
/// within two seconds of being read is not kept at all, since a second edit in the same clock
/// tick could leave its stamp unchanged. The file is replaced whole (write, then rename) and
/// carries a checksum: one torn, truncated or altered is ignored and written anew.
struct LibraryIndex {
    typealias Entry = LibraryIndexFile.Entry

    let file: URL
    private let program: FileStamp?
    private let now: Date
    private var stored: [String: Entry] = [:]
    /// The entries of this opening: only these are written back.
    private var current: [String: Entry] = [:]
    private var changed = false

    init(file: URL, now: Date = Date()) {
        self.file = file
        self.now = now
        program = FileStamp.program
        if let data = try? Data(contentsOf: file), let decoded = LibraryIndexFile.decode(data),
           let program, decoded.program == program {
            stored = decoded.entries
        } else {
            changed = true
        }
    }

    /// The index file for the library in `folder`, kept in `directory`: one per library, so a
    /// device with two libraries does not read and rewrite one index back and forth.
    static func file(for folder: URL, in directory: URL) -> URL {
        let name = String(LibraryIndexFile.checksum(Array(folder.standardizedFileURL.path.utf8)), radix: 16)
        return directory.appendingPathComponent("library-index-\(name).txt")
    }

    /// Each folder's reading: from the index where it still holds, else from course.yaml.
    mutating func readings(of folders: [URL]) -> [ManifestReading] {
        var readings: [ManifestReading?] = []
        var misses: [(position: Int, folder: URL, stamp: FileStamp?)] = []
        for folder in folders {
            // Stamped before reading: a change made while it is read shows as a different stamp.
            let stamp = FileStamp(path: folder.path + "/" + ManifestReader.fileName)
            if let stamp, var entry = stored[folder.path], entry.manifest == stamp,
               entry.reading.filesUnchanged(in: folder) {
                current[folder.path] = entry
                entry.reading.course?.folder = folder
                readings.append(entry.reading)
            } else {
                misses.append((readings.count, folder, stamp))
                readings.append(nil)
            }
        }
        for (miss, reading) in zip(misses, ManifestReader.readings(of: misses.map(\.folder))) {
            readings[miss.position] = reading
            changed = true
            if let stamp = miss.stamp, stamp.isSettled(now: now) {
                current[miss.folder.path] = Entry(manifest: stamp, reading: reading)
            }
        }
        return readings.compactMap { $0 }
    }

    /// Writes the index when this opening found anything new. An index that cannot be written
    /// (a read-only folder) only costs the next start its speed, so that is not an error.
    func save() {
        guard changed || current.count != stored.count, let program else { return }
        try? LibraryIndexFile.encode(program: program, entries: current).write(to: file, options: .atomic)
    }
}
