import FoundationEssentials
import Glibc

/// Reads `modules:` of course.yaml: each entry's keys, its files on disk and its defaults.
struct ModuleListReader {
    let folder: URL
    /// Each module and quiz path looked for on disk, and whether it was there as a file: besides
    /// course.yaml itself, the only thing the reading depends on (see `LibraryIndex`).
    private(set) var files: [String: Bool] = [:]

    init(folder: URL) {
        self.folder = folder
    }

    mutating func read(_ fields: inout YAMLFields) -> [Module] {
        guard let list = fields.list("modules", required: true) else { return [] }
        guard !list.isEmpty else {
            fields.report(.noModules, at: fields.node("modules"))
            return []
        }
        var modules: [Module] = []
        var firstLineOfId: [String: Int] = [:]
        for (index, item) in list.enumerated() {
            guard case .mapping(let mapping) = item.content else {
                fields.report(.notMapping, "modules[\(index + 1)]", at: item)
                continue
            }
            var entry = YAMLFields(mapping, mark: item.mark, path: "modules[\(index + 1)]", file: fields.file)
            if let module = module(&entry) {
                let line = (entry.node("id") ?? entry.node("file"))?.mark.line ?? 0
                if let first = firstLineOfId[module.id] {
                    entry.report(.duplicateModuleId, module.id, String(first), at: entry.node("id") ?? entry.node("file"))
                } else {
                    firstLineOfId[module.id] = line
                }
                modules.append(module)
            }
            fields.diagnostics += entry.diagnostics
        }
        return modules
    }

    private mutating func module(_ entry: inout YAMLFields) -> Module? {
        entry.warnUnknownKeys(ManifestReader.moduleKeys)
        let file = entry.text("file", required: true)
        let quiz = entry.text("quiz")
        let minutes = entry.wholeNumber("minutes", in: 0...10_000)
        let explicitTitle = entry.text("title")
        if let file { checkExists(file, &entry, key: "file") }
        if let quiz { checkExists(quiz, &entry, key: "quiz") }
        guard let file else { return nil }
        let id = entry.text("id") ?? Identifier.moduleDefault(fromFile: file)
        if !Identifier.isValid(id) { entry.report(.badModuleId, id, at: entry.node("id") ?? entry.node("file")) }
        // The first heading is read when the course is opened, not here: a library of 200 courses
        // spent most of its opening time reading 4,000 headings nobody looked at.
        return Module(id: id, title: explicitTitle ?? id, file: file, quiz: quiz, minutes: minutes,
                      titleFromHeading: explicitTitle == nil)
    }

    private mutating func checkExists(_ path: String, _ entry: inout YAMLFields, key: String) {
        // A course is self-contained: it may be copied anywhere, and must not read files outside.
        if path.hasPrefix("/") || path.split(separator: "/").contains("..") {
            return entry.report(.fileOutsideCourse, path, at: entry.node(key))
        }
        let found = Self.isFile(path, in: folder.path)
        files[path] = found
        if !found { entry.report(.fileMissing, path, at: entry.node(key)) }
    }

    /// True when `path`, relative to the course folder, is a file (not a folder).
    static func isFile(_ path: String, in folder: String) -> Bool {
        PathKind(path: folder + "/" + path) == .file
    }
}
