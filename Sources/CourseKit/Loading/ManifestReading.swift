import FoundationEssentials

/// What reading one course folder's course.yaml gives, as a value the library index can keep.
struct ManifestReading: Sendable, Equatable {
    struct Place: Hashable, Sendable {
        var line: Int
        var column: Int
    }

    /// The course as far as it could be read (`diagnostics` say whether it loads), or nil when
    /// course.yaml is not a YAML mapping at all.
    var course: Course?
    var diagnostics: [Diagnostic]
    /// Where `id:` is written, to point at it when another course has the same id.
    var idMark: Place?
    /// Each module and quiz path looked for on disk, and whether it was there as a file.
    var files: [String: Bool]

    /// True while every file the reading looked for is still there, or still not there.
    func filesUnchanged(in folder: URL) -> Bool {
        let path = folder.path
        return files.allSatisfy { ModuleListReader.isFile($0.key, in: path) == $0.value }
    }
}
