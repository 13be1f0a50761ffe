import FoundationEssentials
import Localization

/// One problem found in a course folder, placed where a trainer's editor can jump to it.
public struct Diagnostic: Sendable, Hashable, Codable {
    public enum Severity: String, Sendable, Hashable, Codable {
        case error, warning
    }

    public var severity: Severity
    /// The file the problem is in (or the course folder, when no file is to blame).
    public var file: URL
    /// 1-based; nil when the problem concerns the whole file.
    public var line: Int?
    /// 1-based, counted in Unicode scalars; nil when unknown.
    public var column: Int?
    public var message: DiagnosticMessage

    public init(_ severity: Severity, _ message: DiagnosticMessage, file: URL,
                line: Int? = nil, column: Int? = nil) {
        self.severity = severity
        self.message = message
        self.file = file
        self.line = line
        self.column = column
    }

    public static func error(_ key: DiagnosticMessage.Key, _ arguments: String..., file: URL,
                             line: Int? = nil, column: Int? = nil) -> Diagnostic {
        Diagnostic(.error, DiagnosticMessage(key, arguments), file: file, line: line, column: column)
    }

    public static func warning(_ key: DiagnosticMessage.Key, _ arguments: String..., file: URL,
                               line: Int? = nil, column: Int? = nil) -> Diagnostic {
        Diagnostic(.warning, DiagnosticMessage(key, arguments), file: file, line: line, column: column)
    }

    public var isError: Bool { severity == .error }

    public func message(in language: Language) -> String { message.text(in: language) }

    public func hint(in language: Language) -> String { message.hint(in: language) }

    /// `path:line:col: error: message`, the form editors and CI logs understand. The words
    /// `error`/`warning` stay English on purpose: editors match on them.
    public func formatted(in language: Language, relativeTo base: URL? = nil) -> String {
        var place = Printable.visible(path(relativeTo: base))
        if let line { place += ":\(line)" }
        if line != nil, let column { place += ":\(column)" }
        return "\(place): \(severity.rawValue): \(message(in: language))"
    }

    /// The file's path, shortened to be relative to `base` when it lies inside it.
    public func path(relativeTo base: URL?) -> String {
        let full = file.standardizedFileURL.path
        guard let base else { return full }
        let prefix = base.standardizedFileURL.path + "/"
        return full.hasPrefix(prefix) ? String(full.dropFirst(prefix.count)) : full
    }
}

/// Thrown when a module's text or quiz cannot be used; carries every problem found.
public struct CourseError: Error, Sendable {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }
}

extension Array where Element == Diagnostic {
    public var errorCount: Int { filter(\.isError).count }
    public var warningCount: Int { count - errorCount }
    public var hasErrors: Bool { contains(where: \.isError) }
}
