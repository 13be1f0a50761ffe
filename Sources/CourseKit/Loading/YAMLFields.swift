import Basics
import FoundationEssentials

/// Typed access to one YAML mapping of course.yaml that records a diagnostic, at the value's
/// line and column, for every key that is missing, unknown or of the wrong type.
struct YAMLFields {
    let mapping: YAMLNode.Mapping
    /// Where the mapping sits: the position of a missing key is reported here.
    let mark: Mark?
    /// Prefix for nested keys in messages (`completion.pass_mark`).
    let path: String
    let file: URL
    var diagnostics: [Diagnostic] = []

    init(_ mapping: YAMLNode.Mapping, mark: Mark?, path: String = "", file: URL) {
        self.mapping = mapping
        self.mark = mark
        self.path = path
        self.file = file
    }

    func node(_ key: String) -> YAMLNode? { mapping[key] }

    func name(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    mutating func report(_ key: DiagnosticMessage.Key, _ arguments: String..., at node: YAMLNode?,
                         severity: Diagnostic.Severity = .error) {
        let mark = node?.mark ?? self.mark
        diagnostics.append(Diagnostic(severity, DiagnosticMessage(key, arguments), file: file,
                                      line: mark?.line, column: mark?.column))
    }

    mutating func text(_ key: String, required: Bool = false) -> String? {
        guard let node = present(key, required: required) else { return nil }
        guard let scalar = node.scalar else {
            report(.notText, name(key), at: node)
            return nil
        }
        return scalar.string
    }

    mutating func number(_ key: String, required: Bool = false, in range: ClosedRange<Double>) -> Double? {
        guard let node = present(key, required: required) else { return nil }
        guard let value = node.float, value.isFinite else {
            report(.notNumber, name(key), at: node)
            return nil
        }
        return checked(value, key, node, range: range)
    }

    mutating func wholeNumber(_ key: String, in range: ClosedRange<Int>) -> Int? {
        guard let node = present(key, required: false) else { return nil }
        guard let value = node.int else {
            report(.notWholeNumber, name(key), at: node)
            return nil
        }
        return checked(value, key, node, range: range)
    }

    mutating func boolean(_ key: String) -> Bool? {
        guard let node = present(key, required: false) else { return nil }
        guard let value = node.bool else {
            report(.notBoolean, name(key), at: node)
            return nil
        }
        return value
    }

    mutating func list(_ key: String, required: Bool = false) -> [YAMLNode]? {
        guard let node = present(key, required: required) else { return nil }
        guard case .sequence(let sequence) = node.content else {
            report(.notList, name(key), at: node)
            return nil
        }
        return sequence
    }

    mutating func fields(_ key: String) -> YAMLFields? {
        guard let node = present(key, required: false) else { return nil }
        guard case .mapping(let nested) = node.content else {
            report(.notMapping, name(key), at: node)
            return nil
        }
        return YAMLFields(nested, mark: node.mark, path: name(key), file: file)
    }

    /// Warns about every key not in `known`, suggesting the nearest known one.
    mutating func warnUnknownKeys(_ known: [String]) {
        for (keyNode, _) in mapping {
            let key = keyNode.string ?? ""
            guard !known.contains(key) else { continue }
            if let suggestion = Suggestion.nearest(to: key, among: known) {
                report(.unknownKeyDidYouMean, name(key), name(suggestion), at: keyNode, severity: .warning)
            } else {
                report(.unknownKey, name(key), at: keyNode, severity: .warning)
            }
        }
    }

    private mutating func present(_ key: String, required: Bool) -> YAMLNode? {
        if let node = mapping[key], !isNull(node) { return node }
        if required { report(.missingKey, name(key), at: nil) }
        return nil
    }

    private func isNull(_ node: YAMLNode) -> Bool {
        guard let scalar = node.scalar else { return false }
        return scalar.isPlain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    private mutating func checked<T: Comparable & CustomStringConvertible>(
        _ value: T, _ key: String, _ node: YAMLNode, range: ClosedRange<T>
    ) -> T? {
        guard range.contains(value) else {
            report(.outOfRange, name(key), plain(range.lowerBound), plain(range.upperBound), at: node)
            return nil
        }
        return value
    }

    /// `100`, not `100.0`: the way a trainer writes it.
    private func plain(_ bound: some CustomStringConvertible) -> String {
        let text = bound.description
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }
}

/// "Did you mean": the known word within two edits, or differing only by case or `-`/`_`.
enum Suggestion {
    static func nearest(to word: String, among candidates: [String]) -> String? {
        let normalized = normalize(word)
        if let same = candidates.first(where: { normalize($0) == normalized }) { return same }
        let scored = candidates.map { ($0, distance(Array(normalized), Array(normalize($0)))) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= 2 else { return nil }
        return best.0
    }

    private static func normalize(_ word: String) -> String {
        word.lowercased().replacingEvery("-", with: "_")
    }

    /// Levenshtein distance.
    private static func distance(_ a: [Character], _ b: [Character]) -> Int {
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}
