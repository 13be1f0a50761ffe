import FoundationEssentials

/// The parts of a stored statement the JP report reads, from an LRS or a bundle. Lenient on
/// purpose: an LRS holds statements from other tools too, and those are simply not counted.
public struct RecordedStatement: Decodable, Sendable {
    public struct Actor: Decodable, Sendable {
        public var name: String?
        public var account: Account?
    }

    public struct Account: Decodable, Sendable {
        public var name: String
    }

    public struct Verb: Decodable, Sendable {
        public var id: String
    }

    public struct Object: Decodable, Sendable {
        public var id: String
        public var definition: Definition?
    }

    public struct Definition: Decodable, Sendable {
        public var name: [String: String]?
        public var type: String?
    }

    public struct Result: Decodable, Sendable {
        public var score: Score?
        public var success: Bool?
        public var extensions: [String: ExtensionValue]?
    }

    public struct Score: Decodable, Sendable {
        public var scaled: Double?
        public var raw: Double?
    }

    public struct Context: Decodable, Sendable {
        public var contextActivities: ContextActivities?
        public var extensions: [String: ExtensionValue]?
    }

    public struct ContextActivities: Decodable, Sendable {
        public var grouping: [Object]?
    }

    public var id: String
    public var actor: Actor
    public var verb: Verb
    public var object: Object
    public var result: Result?
    public var context: Context?
    public var timestamp: String?

    var nip: String? { actor.account?.name }

    /// The courses this statement belongs to: its object, or the groupings, typed as a course.
    var courseIDs: [String] {
        ([object] + (context?.contextActivities?.grouping ?? []))
            .filter { $0.definition?.type == JPReport.courseType }.map(\.id)
    }

    /// An extension of the result or the context, found by its last path segment: the base of
    /// the IRIs is a per-deployment setting, the names are not.
    func extensionValue(_ name: String) -> ExtensionValue? {
        let all = (result?.extensions ?? [:]).merging(context?.extensions ?? [:]) { first, _ in first }
        return all.first { $0.key.hasSuffix("/extensions/\(name)") }?.value
    }
}

/// An extension value: belajar writes numbers and strings; anything else is kept as absent.
public enum ExtensionValue: Decodable, Sendable, Equatable {
    case number(Double)
    case text(String)
    case other

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else if let text = try? container.decode(String.self) {
            self = .text(text)
        } else {
            self = .other
        }
    }

    var number: Double? { if case .number(let value) = self { value } else { nil } }
    var text: String? { if case .text(let value) = self { value } else { nil } }
}
