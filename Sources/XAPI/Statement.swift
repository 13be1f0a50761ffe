import FoundationEssentials

/// An xAPI 1.0.3 statement, with only the parts belajar sends. Optional parts left nil are
/// left out of the JSON, as the specification wants.
public struct Statement: Codable, Sendable, Hashable {
    /// Lowercase UUID, made once when the event happened.
    public var id: String
    public var actor: Agent
    public var verb: Verb
    public var object: Activity
    public var result: StatementResult?
    public var context: StatementContext?
    /// ISO 8601 with the device's UTC offset (`…+09:00`), so the office dates it on the
    /// learner's calendar; made at the event and never rewritten: LRSs compare it as text.
    public var timestamp: String

    /// The bytes stored in the outbox and sent as they are.
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}

/// A learner: the NIP as an account on the home page of the national civil-service system.
public struct Agent: Codable, Sendable, Hashable {
    public var objectType = "Agent"
    public var name: String?
    public var account: Account

    public init(name: String?, account: Account) {
        self.name = name
        self.account = account
    }
}

public struct Account: Codable, Sendable, Hashable {
    public var homePage: String
    public var name: String

    public init(homePage: String, name: String) {
        self.homePage = homePage
        self.name = name
    }
}

public struct Verb: Codable, Sendable, Hashable {
    public var id: String
    public var display: [String: String]
}

public struct Activity: Codable, Sendable, Hashable {
    public var objectType = "Activity"
    public var id: String
    public var definition: ActivityDefinition?

    public init(id: String, definition: ActivityDefinition? = nil) {
        self.id = id
        self.definition = definition
    }
}

public struct ActivityDefinition: Codable, Sendable, Hashable {
    public var name: [String: String]?
    public var description: [String: String]?
    public var type: String?
    public var interactionType: String?
    /// The right responses in xAPI's response syntax, so an LRS can show what was expected.
    public var correctResponsesPattern: [String]?
    public var choices: [InteractionComponent]?
    public var source: [InteractionComponent]?
    public var target: [InteractionComponent]?

    public init(name: [String: String]? = nil, description: [String: String]? = nil, type: String? = nil,
                interactionType: String? = nil, correctResponsesPattern: [String]? = nil,
                choices: [InteractionComponent]? = nil,
                source: [InteractionComponent]? = nil, target: [InteractionComponent]? = nil) {
        self.name = name
        self.description = description
        self.type = type
        self.interactionType = interactionType
        self.correctResponsesPattern = correctResponsesPattern
        self.choices = choices
        self.source = source
        self.target = target
    }
}

public struct InteractionComponent: Codable, Sendable, Hashable {
    public var id: String
    public var description: [String: String]

    public init(id: String, description: [String: String]) {
        self.id = id
        self.description = description
    }
}

public struct StatementResult: Codable, Sendable, Hashable {
    public var score: Score?
    public var success: Bool?
    public var completion: Bool?
    public var response: String?
    /// ISO 8601 duration, `PT754S`.
    public var duration: String?
    public var extensions: [String: Double]?

    public init(score: Score? = nil, success: Bool? = nil, completion: Bool? = nil, response: String? = nil,
                duration: String? = nil, extensions: [String: Double]? = nil) {
        self.score = score
        self.success = success
        self.completion = completion
        self.response = response
        self.duration = duration
        self.extensions = extensions
    }
}

public struct Score: Codable, Sendable, Hashable {
    /// -1...1
    public var scaled: Double?
    public var raw: Double?
    public var min: Double?
    public var max: Double?

    public init(scaled: Double? = nil, raw: Double? = nil, min: Double? = nil, max: Double? = nil) {
        self.scaled = scaled
        self.raw = raw
        self.min = min
        self.max = max
    }
}

public struct StatementContext: Codable, Sendable, Hashable {
    /// Ties together the statements of one quiz attempt.
    public var registration: String?
    public var contextActivities: ContextActivities?
    /// The course version the learner saw.
    public var revision: String?
    public var platform: String?
    public var language: String?
    /// The learner's agency and unit on every statement, and the certificate number on a course
    /// completion.
    public var extensions: [String: String]?

    public init(registration: String? = nil, contextActivities: ContextActivities? = nil,
                revision: String? = nil, platform: String? = nil, language: String? = nil,
                extensions: [String: String]? = nil) {
        self.registration = registration
        self.contextActivities = contextActivities
        self.revision = revision
        self.platform = platform
        self.language = language
        self.extensions = extensions
    }
}

public struct ContextActivities: Codable, Sendable, Hashable {
    public var parent: [Activity]?
    public var grouping: [Activity]?

    public init(parent: [Activity]? = nil, grouping: [Activity]? = nil) {
        self.parent = parent
        self.grouping = grouping
    }
}
