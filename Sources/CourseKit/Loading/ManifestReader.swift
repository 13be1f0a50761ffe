import Basics
import Dispatch
import FoundationEssentials
import Glibc

/// Reads a course folder's course.yaml into a `Course`, resolving the defaults of DESIGN.md and
/// collecting every problem instead of stopping at the first.
struct ManifestReader {
    static let fileName = "course.yaml"
    static let courseKeys = ["id", "title", "version", "language", "hours", "description", "modules", "completion"]
    static let moduleKeys = ["file", "quiz", "id", "title", "minutes"]
    static let completionKeys = ["pass_mark", "max_attempts", "shuffle"]

    let folder: URL
    var file: URL { folder.appendingPathComponent(Self.fileName) }
    private(set) var diagnostics: [Diagnostic] = []
    /// Where `id:` is written, to point at it when another course has the same id.
    private(set) var idMark: ManifestReading.Place?
    private(set) var files: [String: Bool] = [:]

    init(folder: URL) {
        self.folder = folder
    }

    /// Everything reading the folder's course.yaml gives.
    static func reading(of folder: URL) -> ManifestReading {
        var reader = ManifestReader(folder: folder)
        let course = reader.read()
        return ManifestReading(course: course, diagnostics: reader.diagnostics, idMark: reader.idMark,
                               files: reader.files)
    }

    /// Every folder's reading, in order, parsed on every core: course.yaml files do not depend
    /// on each other, and parsing them is most of a first start with a large library.
    static func readings(of folders: [URL]) -> [ManifestReading] {
        guard folders.count > 1 else { return folders.map(reading(of:)) }
        let slots = Slots(count: folders.count)
        DispatchQueue.concurrentPerform(iterations: folders.count) { slots.set($0, reading(of: folders[$0])) }
        return slots.filled
    }

    /// The course as far as it could be read (check `diagnostics` for errors), or nil when
    /// course.yaml is not a YAML mapping at all.
    mutating func read() -> Course? {
        guard let root = parseRoot() else { return nil }
        guard case .mapping(let mapping) = root.content else {
            diagnostics.append(.error(.yamlNotMapping, file: file, line: root.mark.line, column: root.mark.column))
            return nil
        }
        var fields = YAMLFields(mapping, mark: root.mark, file: file)
        let course = course(from: &fields)
        diagnostics += fields.diagnostics
        return course
    }

    private mutating func parseRoot() -> YAMLNode? {
        let source: TextFile
        do {
            source = try TextFile.read(file)
        } catch {
            diagnostics.append(.error(.fileUnreadable, file: file))
            return nil
        }
        diagnostics += source.diagnostics(for: file)
        do {
            if let root = try YAMLDocument.compose(source.text) { return root }
            diagnostics.append(.error(.yamlNotMapping, file: file, line: 1, column: 1))
        } catch {
            diagnostics.append(Self.diagnostic(for: error, file: file))
        }
        return nil
    }

    private mutating func course(from fields: inout YAMLFields) -> Course {
        fields.warnUnknownKeys(Self.courseKeys)
        let id = fields.text("id", required: true)
        if let id, !Identifier.isValid(id) { fields.report(.badCourseId, id, at: fields.node("id")) }
        idMark = fields.node("id").map { ManifestReading.Place(line: $0.mark.line, column: $0.mark.column) }
        let title = fields.text("title", required: true)
        let version = fields.text("version", required: true)
        if let version, !Identifier.isSemanticVersion(version) {
            fields.report(.badVersion, version, at: fields.node("version"))
        }
        let language = fields.text("language") ?? "id"
        if !LanguageTag.isWellFormed(language) { fields.report(.badLanguage, language, at: fields.node("language")) }
        let hours = fields.number("hours", required: true, in: 0...1000)
        let description = fields.text("description")
        var moduleReader = ModuleListReader(folder: folder)
        let modules = moduleReader.read(&fields)
        files = moduleReader.files
        let completion = completionRule(&fields)
        return Course(id: id ?? "", title: title ?? "", version: version ?? "", language: language,
                      hours: hours ?? 0, description: description, modules: modules,
                      completion: completion, folder: folder)
    }

    private func completionRule(_ fields: inout YAMLFields) -> CompletionRule {
        guard var nested = fields.fields("completion") else { return CompletionRule() }
        nested.warnUnknownKeys(Self.completionKeys)
        let defaults = CompletionRule()
        let rule = CompletionRule(passMark: nested.number("pass_mark", in: 0...100) ?? defaults.passMark,
                                  maxAttempts: nested.wholeNumber("max_attempts", in: 0...1000) ?? defaults.maxAttempts,
                                  shuffle: nested.boolean("shuffle") ?? defaults.shuffle)
        fields.diagnostics += nested.diagnostics
        return rule
    }

    static func diagnostic(for problem: YAMLProblem, file: URL) -> Diagnostic {
        switch problem {
        case .syntax(let detail, let mark):
            return .error(.yamlSyntax, detail, file: file, line: mark?.line, column: mark?.column)
        case .duplicateKey(let key, let mark):
            return .error(.yamlDuplicateKey, key, file: file, line: mark.line, column: mark.column)
        }
    }
}

/// Results written from several threads, each to its own place.
private final class Slots: @unchecked Sendable {
    // Every access holds `lock`.
    private let lock = Lock()
    private var readings: [ManifestReading?]

    init(count: Int) {
        readings = Array(repeating: nil, count: count)
    }

    func set(_ position: Int, _ reading: ManifestReading) {
        lock.withLock { readings[position] = reading }
    }

    var filled: [ManifestReading] {
        lock.withLock { readings.compactMap { $0 } }
    }
}

enum Identifier {
    static func isValid(_ id: String) -> Bool {
        !id.isEmpty && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// `MAJOR.MINOR.PATCH`, with an optional `-pre` or `+build` suffix.
    static func isSemanticVersion(_ version: String) -> Bool {
        let core = version.prefix { $0 != "-" && $0 != "+" }
        let parts = core.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 3 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
    }

    /// DESIGN.md's default module id: the file stem without its numeric prefix, made a valid id
    /// (`01-Pentingnya ASN.md` → `pentingnya-asn`).
    static func moduleDefault(fromFile file: String) -> String {
        let stem = Path.stem(file)
        let withoutPrefix = stem.drop { $0.isNumber }.drop { "-_. ".contains($0) }
        return slug(withoutPrefix.isEmpty ? Substring(stem) : withoutPrefix)
    }

    /// Lowercase ASCII letters and digits; every other run becomes one `-`.
    static func slug(_ text: some StringProtocol) -> String {
        // ASCII has no diacritics to fold: the usual file name skips the folding.
        let folded = text.utf8.allSatisfy { $0 < 0x80 } ? text.lowercased() : Folding.forSearch(text)
        var result = ""
        for scalar in folded.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                result.unicodeScalars.append(scalar)
            } else if !result.isEmpty, !result.hasSuffix("-") {
                result += "-"
            }
        }
        while result.hasSuffix("-") { result.removeLast() }
        return result
    }
}
