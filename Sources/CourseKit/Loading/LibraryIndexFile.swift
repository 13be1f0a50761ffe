import Basics
import FoundationEssentials

/// The library index on disk: lines of tab-separated fields, a checksum on the last line.
/// Not JSON: decoding 200 courses of 20 modules with `JSONDecoder` took longer than the rest of
/// the app's start together; splitting these lines takes a few milliseconds.
///
///     belajar-library-index  1
///     program  size  inode  modified  changed
///     course   folder  size  inode  modified  changed  idLine  idColumn
///     about    id  title  version  language  hours  description  passMark  maxAttempts  shuffle
///     module   id  title  file  quiz  minutes      (title absent: the file's first heading)
///     file     path  0|1
///     problem  severity  file URL  line  column  message key  arguments...
///     end      FNV-1a of every byte before this line
enum LibraryIndexFile {
    struct Entry: Equatable {
        var manifest: FileStamp
        var reading: ManifestReading
    }

    static let header = ["belajar-library-index", "2"]

    static func encode(program: FileStamp, entries: [String: Entry]) -> Data {
        var lines: [[String?]] = [header, ["program"] + fields(program)]
        for (folder, entry) in entries.sorted(by: { $0.key < $1.key }) {
            lines += courseLines(entry, folder: folder)
        }
        var text = lines.map { $0.map(Field.escape).joined(separator: "\t") + "\n" }.joined()
        text += "end\t\(String(checksum(Array(text.utf8)), radix: 16))\n"
        return Data(text.utf8)
    }

    /// nil when the file is not a whole, unaltered index of this format.
    static func decode(_ data: Data) -> (program: FileStamp, entries: [String: Entry])? {
        let bytes = [UInt8](data)
        guard let end = endLine(bytes), String(checksum(bytes[..<end]), radix: 16) == checksumField(bytes[end...]) else {
            return nil
        }
        var reader = Reader()
        for line in bytes[..<end].split(separator: UInt8(ascii: "\n")) {
            let fields = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false).map(Field.unescape)
            guard reader.take(fields) else { return nil }
        }
        return reader.finished()
    }

    private static func courseLines(_ entry: Entry, folder: String) -> [[String?]] {
        let reading = entry.reading
        var lines: [[String?]] = [["course", folder] + fields(entry.manifest)
                     + [Field.optional(reading.idMark?.line), Field.optional(reading.idMark?.column)]]
        if let course = reading.course {
            lines.append(["about", course.id, course.title, course.version, course.language, String(course.hours),
                          Field.optional(course.description), String(course.completion.passMark),
                          String(course.completion.maxAttempts), course.completion.shuffle ? "1" : "0"])
            lines += course.modules.map { module in
                ["module", module.id, Field.optional(module.titleFromHeading ? nil : module.title), module.file,
                 Field.optional(module.quiz), Field.optional(module.minutes)]
            }
        }
        lines += reading.files.sorted { $0.key < $1.key }.map { ["file", $0.key, $0.value ? "1" : "0"] }
        lines += reading.diagnostics.map { diagnostic in
            ["problem", diagnostic.severity.rawValue, diagnostic.file.absoluteString, Field.optional(diagnostic.line),
             Field.optional(diagnostic.column), diagnostic.message.key.rawValue] + diagnostic.message.arguments
        }
        return lines
    }

    private static func fields(_ stamp: FileStamp) -> [String] {
        [String(stamp.size), String(stamp.inode), String(stamp.modified), String(stamp.changed)]
    }

    /// Where the last line, `end\t<checksum>\n`, starts.
    private static func endLine(_ bytes: [UInt8]) -> Int? {
        guard bytes.last == UInt8(ascii: "\n") else { return nil }
        let start = bytes.dropLast().lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
        return bytes[start...].starts(with: Array("end\t".utf8)) ? start : nil
    }

    private static func checksumField(_ line: ArraySlice<UInt8>) -> String {
        String(decoding: line.dropFirst(4).dropLast(), as: UTF8.self)
    }

    /// FNV-1a, 64 bits: a torn or bit-flipped file fails it.
    static func checksum(_ bytes: some Sequence<UInt8>) -> UInt64 {
        bytes.reduce(0xcbf2_9ce4_8422_2325 as UInt64) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
    }
}

/// Builds the entries back from decoded lines, refusing anything out of place.
private struct Reader {
    var header = false
    var program: FileStamp?
    var entries: [String: LibraryIndexFile.Entry] = [:]
    var folder: String?
    var entry: LibraryIndexFile.Entry?

    mutating func take(_ fields: [String?]) -> Bool {
        guard header else {
            header = fields == LibraryIndexFile.header.map(Optional.some)
            return header
        }
        guard let kind = fields.first ?? nil else { return false }
        let values = Array(fields.dropFirst())
        switch kind {
        case "program":
            program = Self.stamp(values[...])
            return program != nil && folder == nil
        case "course": return program != nil && startCourse(values)
        case "about": return about(values)
        case "module": return module(values)
        case "file": return file(values)
        case "problem": return problem(values)
        default: return false
        }
    }

    func finished() -> (program: FileStamp, entries: [String: LibraryIndexFile.Entry])? {
        guard let program else { return nil }
        var entries = entries
        if let folder, let entry { entries[folder] = entry }
        return (program, entries)
    }

    private mutating func startCourse(_ values: [String?]) -> Bool {
        guard values.count == 7, let folder = values[0], let stamp = Self.stamp(values[1...4]) else { return false }
        if let previous = self.folder, let entry { entries[previous] = entry }
        var mark: ManifestReading.Place?
        if let line = Field.int(values[5]), let column = Field.int(values[6]) { mark = .init(line: line, column: column) }
        self.folder = folder
        entry = .init(manifest: stamp, reading: ManifestReading(course: nil, diagnostics: [], idMark: mark, files: [:]))
        return true
    }

    private mutating func about(_ values: [String?]) -> Bool {
        guard entry != nil, values.count == 9, let id = values[0], let title = values[1], let version = values[2],
              let language = values[3], let hours = values[4].flatMap(Double.init),
              let passMark = values[6].flatMap(Double.init), let maxAttempts = Field.int(values[7]),
              let shuffle = values[8].flatMap({ ["0": false, "1": true][$0] }) else { return false }
        entry?.reading.course = Course(id: id, title: title, version: version, language: language, hours: hours,
                                       description: values[5], modules: [],
                                       completion: CompletionRule(passMark: passMark, maxAttempts: maxAttempts, shuffle: shuffle),
                                       folder: URL(fileURLWithPath: folder ?? ""))
        return true
    }

    private mutating func module(_ values: [String?]) -> Bool {
        guard entry?.reading.course != nil, values.count == 5, let id = values[0], let file = values[2] else { return false }
        entry?.reading.course?.modules.append(Module(id: id, title: values[1] ?? id, file: file, quiz: values[3],
                                                     minutes: Field.int(values[4]), titleFromHeading: values[1] == nil))
        return values[4] == nil || Field.int(values[4]) != nil
    }

    private mutating func file(_ values: [String?]) -> Bool {
        guard entry != nil, values.count == 2, let path = values[0], let found = values[1], ["0", "1"].contains(found) else {
            return false
        }
        entry?.reading.files[path] = found == "1"
        return true
    }

    private mutating func problem(_ values: [String?]) -> Bool {
        guard entry != nil, values.count >= 5, let severity = values[0].flatMap(Diagnostic.Severity.init(rawValue:)),
              let file = values[1].flatMap(URL.init(string:)), let key = values[4].flatMap(DiagnosticMessage.Key.init(rawValue:)),
              values[2] == nil || Field.int(values[2]) != nil, values[3] == nil || Field.int(values[3]) != nil else { return false }
        let arguments = values.dropFirst(5).compactMap { $0 }
        guard arguments.count == values.count - 5 else { return false }
        entry?.reading.diagnostics.append(Diagnostic(severity, DiagnosticMessage(key, arguments), file: file,
                                                     line: Field.int(values[2]), column: Field.int(values[3])))
        return true
    }

    private static func stamp(_ values: ArraySlice<String?>) -> FileStamp? {
        guard values.count == 4 else { return nil }
        let numbers = values.compactMap { $0.flatMap { Int64($0) } }
        guard numbers.count == 4, numbers[1] >= 0 else { return nil }
        return FileStamp(size: numbers[0], inode: UInt64(numbers[1]), modified: numbers[2], changed: numbers[3])
    }
}

/// One field: tabs, newlines and backslashes escaped; `\-` stands for "none", which escaping
/// never produces.
private enum Field {
    static let none = "\\-"

    static func optional(_ value: (some CustomStringConvertible)?) -> String? {
        value.map(\.description)
    }

    static func escape(_ value: String?) -> String {
        guard let value else { return none }
        guard value.utf8.contains(where: { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A }) else { return value }
        return value.replacingEvery("\\", with: "\\\\").replacingEvery("\t", with: "\\t")
            .replacingEvery("\n", with: "\\n")
    }

    static func unescape(_ bytes: ArraySlice<UInt8>) -> String? {
        let text = String(decoding: bytes, as: UTF8.self)
        if text == none { return nil }
        guard bytes.contains(0x5C) else { return text }
        var result = ""
        var escaped = false
        for character in text {
            if escaped {
                result.append(character == "t" ? "\t" : character == "n" ? "\n" : character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                result.append(character)
            }
        }
        return result
    }

    static func int(_ value: String??) -> Int? {
        (value ?? nil).flatMap { Int($0) }
    }
}
