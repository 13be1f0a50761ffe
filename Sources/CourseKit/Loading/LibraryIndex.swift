import Foundation

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

    /// The folder's reading from the index when it still holds, else from course.yaml.
    mutating func reading(of folder: URL) -> ManifestReading {
        let key = folder.path
        // Stamped before reading: a change made while it is read shows as a different stamp.
        let stamp = FileStamp(path: key + "/" + ManifestReader.fileName)
        if let stamp, var entry = stored[key], entry.manifest == stamp, entry.reading.filesUnchanged(in: folder) {
            current[key] = entry
            entry.reading.course?.folder = folder
            return entry.reading
        }
        let reading = ManifestReader.reading(of: folder)
        changed = true
        if let stamp, stamp.isSettled(now: now) { current[key] = Entry(manifest: stamp, reading: reading) }
        return reading
    }

    /// Writes the index when this opening found anything new. An index that cannot be written
    /// (a read-only folder) only costs the next start its speed, so that is not an error.
    func save() {
        guard changed || current.count != stored.count, let program,
              let data = LibraryIndexFile.encode(program: program, entries: current) else { return }
        try? data.write(to: file, options: .atomic)
    }
}
