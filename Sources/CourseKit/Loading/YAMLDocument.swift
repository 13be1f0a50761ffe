import Basics
import CYAML

/// Where a node starts in course.yaml: line and column from 1, columns in Unicode scalars
/// (as libyaml counts them).
struct Mark: Equatable {
    let line: Int
    let column: Int

    init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    init(_ mark: yaml_mark_t) {
        self.init(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }
}

/// A node of course.yaml as libyaml's document API composes it (aliases resolved), with no tag
/// resolution: every field is read by its text (`YAMLFields`).
struct YAMLNode {
    enum Content {
        case scalar(Scalar)
        case mapping(Mapping)
        case sequence([YAMLNode])
    }

    struct Scalar {
        let string: String
        /// Written without quotes or block indicators: only such a scalar can be null or a number.
        let isPlain: Bool
    }

    struct Mapping: Sequence {
        let pairs: [(key: YAMLNode, value: YAMLNode)]

        /// The value of the first key written as `key`.
        subscript(key: String) -> YAMLNode? {
            pairs.first { $0.key.string == key }?.value
        }

        func makeIterator() -> IndexingIterator<[(key: YAMLNode, value: YAMLNode)]> { pairs.makeIterator() }
    }

    let content: Content
    let mark: Mark

    var scalar: Scalar? {
        if case .scalar(let scalar) = content { return scalar }
        return nil
    }

    var string: String? { scalar?.string }

    /// YAML 1.1's booleans, in any case: `true`, `yes`, `on` and `false`, `no`, `off`.
    var bool: Bool? {
        switch scalar?.string.lowercased() {
        case "true", "yes", "on": true
        case "false", "no", "off": false
        default: nil
        }
    }

    /// A plain integer as YAML 1.1 writes one: `1_000`, `0x1F`, `0o17`, `017` (octal), `1:30`.
    var int: Int? {
        guard let scalar, scalar.isPlain else { return nil }
        let text = scalar.string.replacingEvery("_", with: "")
        if text == "0" { return 0 }
        let negative = text.hasPrefix("-")
        let body = text.dropFirst(negative || text.hasPrefix("+") ? 1 : 0)
        for (prefix, radix) in [("0x", 16), ("0b", 2), ("0o", 8), ("0", 8)] where body.hasPrefix(prefix) {
            return Int((negative ? "-" : "") + body.dropFirst(prefix.count), radix: radix)
        }
        if body.contains(":") { return Self.sexagesimal(text, Int.init).map { Int($0) } }
        return Int(text)
    }

    /// A plain number: what `int` reads, decimals, `1e3`, `.inf`, `.nan`.
    var float: Double? {
        guard let scalar, scalar.isPlain else { return nil }
        switch scalar.string.lowercased() {
        case ".inf", "+.inf": return .infinity
        case "-.inf": return -.infinity
        case ".nan": return .nan
        default:
            let text = scalar.string.replacingEvery("_", with: "")
            return text.contains(":") ? Self.sexagesimal(text, Double.init) : Double(text)
        }
    }

    /// `1:30` is 90: base 60, the sign in front of all.
    private static func sexagesimal<T: Numeric>(_ text: String, _ parse: (String) -> T?) -> T? {
        let negative = text.hasPrefix("-")
        let digits = text.dropFirst(negative || text.hasPrefix("+") ? 1 : 0)
        var value: T = 0
        for part in digits.split(separator: ":", omittingEmptySubsequences: false) {
            guard let number = parse(String(part)) else { return nil }
            value = value * 60 + number
        }
        return negative ? value * -1 : value
    }
}

/// A problem libyaml or the composition found, at a place in course.yaml.
enum YAMLProblem: Error, Equatable {
    /// libyaml's own words (`mapping values are not allowed in this context`), after its context.
    case syntax(detail: String, mark: Mark?)
    /// Keys written twice in one mapping, the first in alphabetical order named, where it is first written.
    case duplicateKey(String, Mark)
}

enum YAMLDocument {
    /// The single document of `text`; nil when it holds none (an empty file).
    static func compose(_ text: String) throws(YAMLProblem) -> YAMLNode? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { throw .syntax(detail: "out of memory", mark: nil) }
        defer { yaml_parser_delete(&parser) }
        let bytes = Array(text.utf8)
        return try bytes.withUnsafeBufferPointer { (buffer) throws(YAMLProblem) -> YAMLNode? in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            var document = yaml_document_t()
            guard yaml_parser_load(&parser, &document) == 1 else { throw problem(parser, text) }
            defer { yaml_document_delete(&document) }
            guard yaml_document_get_root_node(&document) != nil else { return nil }
            var composer = Composer(document: &document)
            let root = try composer.node(1)
            try expectEnd(&parser, text)
            return root
        }
    }

    /// A second document is an error, as a single manifest is expected.
    private static func expectEnd(_ parser: inout yaml_parser_t, _ text: String) throws(YAMLProblem) {
        var next = yaml_document_t()
        guard yaml_parser_load(&parser, &next) == 1 else { throw problem(parser, text) }
        defer { yaml_document_delete(&next) }
        guard yaml_document_get_root_node(&next) != nil else { return }
        throw .syntax(detail: "expected a single document in the stream but found another document",
                      mark: Mark(next.start_mark))
    }

    private static func problem(_ parser: yaml_parser_t, _ text: String) -> YAMLProblem {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
        let context = parser.context.map { String(cString: $0) }
        let detail = [context, problem].compactMap { $0 }.joined(separator: " ")
        guard parser.error == YAML_READER_ERROR else { return .syntax(detail: detail, mark: Mark(parser.problem_mark)) }
        // The reader reports a byte offset, not a line.
        let before = text.utf8.prefix(parser.problem_offset)
        let line = before.count { $0 == UInt8(ascii: "\n") } + 1
        let lineStart = before.lastIndex(of: UInt8(ascii: "\n")).map { before.index(after: $0) } ?? before.startIndex
        let column = String(decoding: before[lineStart...], as: UTF8.self).unicodeScalars.count + 1
        return .syntax(detail: detail, mark: Mark(line: line, column: column))
    }
}

/// libyaml's nodes, numbered from 1, as `YAMLNode`s. Each node is made once: an alias is the
/// node it names, so a document of nested aliases costs no more than its nodes.
private struct Composer {
    let document: UnsafeMutablePointer<yaml_document_t>
    private var made: [Int32: YAMLNode] = [:]

    init(document: UnsafeMutablePointer<yaml_document_t>) {
        self.document = document
    }

    mutating func node(_ index: Int32) throws(YAMLProblem) -> YAMLNode {
        if let known = made[index] { return known }
        guard let raw = yaml_document_get_node(document, index)?.pointee else {
            throw .syntax(detail: "missing node", mark: nil)
        }
        let mark = Mark(raw.start_mark)
        let content: YAMLNode.Content
        switch raw.type {
        case YAML_SCALAR_NODE:
            let scalar = raw.data.scalar
            let text = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
            content = .scalar(YAMLNode.Scalar(string: text, isPlain: scalar.style == YAML_PLAIN_SCALAR_STYLE))
        case YAML_SEQUENCE_NODE:
            var items: [YAMLNode] = []
            var item = raw.data.sequence.items.start
            while let current = item, current != raw.data.sequence.items.top {
                items.append(try node(current.pointee))
                item = current + 1
            }
            content = .sequence(items)
        default:
            var pairs: [(key: YAMLNode, value: YAMLNode)] = []
            var pair = raw.data.mapping.pairs.start
            while let current = pair, current != raw.data.mapping.pairs.top {
                pairs.append((try node(current.pointee.key), try node(current.pointee.value)))
                pair = current + 1
            }
            try Self.checkDuplicates(pairs)
            content = .mapping(YAMLNode.Mapping(pairs: pairs))
        }
        let result = YAMLNode(content: content, mark: mark)
        made[index] = result
        return result
    }

    /// Keys are compared by their text; the alphabetically first key written twice is named.
    private static func checkDuplicates(_ pairs: [(key: YAMLNode, value: YAMLNode)]) throws(YAMLProblem) {
        var first: [String: Mark] = [:]
        var twice: [String] = []
        for (key, _) in pairs {
            guard let text = key.string else { continue }
            if first[text] == nil { first[text] = key.mark } else { twice.append(text) }
        }
        guard let name = twice.min(), let mark = first[name] else { return }
        throw .duplicateKey(name, mark)
    }
}
