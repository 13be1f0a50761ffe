/// A table of sentences a person reads, one per language, keyed by an enum of its own target.
/// Every target's strings go through this one mechanism and its one placeholder syntax,
/// `{name}`, filled by name; `CatalogueCheck` holds every language to the same keys and
/// placeholders.
public protocol Catalogue: RawRepresentable, CaseIterable, Hashable, Sendable where RawValue == String {
    static func table(_ language: Language) -> [Self: String]
}

extension Catalogue {
    /// The sentence in `language` with each `{name}` replaced by `arguments[name]`.
    public func text(in language: Language, _ arguments: [String: String] = [:]) -> String {
        Placeholders.fill(Self.table(language)[self] ?? rawValue, arguments)
    }
}

public enum Placeholders {
    /// Fills `{name}` in one pass, so a value that itself holds `{x}` (a file name, a course
    /// title) is never filled again. A name with no value stays as written.
    public static func fill(_ template: String, _ arguments: [String: String]) -> String {
        guard !arguments.isEmpty, template.contains("{") else { return template }
        var result = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let name = String(rest[rest.index(after: open)..<close])
            if isName(name), let value = arguments[name] {
                result += value
            } else {
                result += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    /// The names a template asks for.
    public static func names(in template: String) -> Set<String> {
        var names: Set<String> = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            let name = String(rest[rest.index(after: open)..<close])
            if isName(name) { names.insert(name) }
            rest = rest[rest.index(after: close)...]
        }
        return names
    }

    /// Letters and digits, starting with a letter: `{1}` or `{ }` is not a placeholder.
    static func isName(_ text: String) -> Bool {
        guard let first = text.first, first.isLetter else { return false }
        return text.allSatisfy { $0.isLetter || $0.isNumber }
    }
}

/// What a catalogue's tables lack or disagree on; empty when every language has every key with
/// the same placeholders, and no sentence uses another placeholder syntax.
public enum CatalogueCheck {
    public static func problems<C: Catalogue>(_ catalogue: C.Type) -> [String] {
        problems(of: "\(C.self)", keys: Array(C.allCases), table: C.table)
    }

    /// The same check for a table kept another way (CourseKit's messages and their hints).
    public static func problems<Key: RawRepresentable & Hashable>(
        of name: String, keys: [Key], table: (Language) -> [Key: String]
    ) -> [String] where Key.RawValue == String {
        let reference = Language.indonesian
        var problems: [String] = []
        for key in keys {
            guard let base = table(reference)[key], !base.isEmpty else {
                problems.append("\(name).\(key.rawValue): no \(reference.rawValue) text")
                continue
            }
            problems += foreignSyntax(base).map { "\(name).\(key.rawValue) (\(reference.rawValue)): \($0)" }
            for language in Language.allCases where language != reference {
                guard let text = table(language)[key], !text.isEmpty else {
                    problems.append("\(name).\(key.rawValue): no \(language.rawValue) text")
                    continue
                }
                problems += foreignSyntax(text).map { "\(name).\(key.rawValue) (\(language.rawValue)): \($0)" }
                let (want, have) = (Placeholders.names(in: base), Placeholders.names(in: text))
                if want != have {
                    problems.append("\(name).\(key.rawValue): \(language.rawValue) has {\(have.sorted().joined(separator: "} {"))}"
                                    + " where \(reference.rawValue) has {\(want.sorted().joined(separator: "} {"))}")
                }
            }
        }
        return problems
    }

    /// Placeholders of the old syntaxes (`%@`, `{0}`, `{1}`) that nothing fills any more.
    static func foreignSyntax(_ text: String) -> [String] {
        var found: [String] = []
        if text.contains("%@") { found.append("uses %@") }
        for digit in 0...9 where text.contains("{\(digit)}") { found.append("uses {\(digit)}") }
        return found
    }
}
