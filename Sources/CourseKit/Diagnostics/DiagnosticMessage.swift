import FoundationEssentials
import Localization

/// What went wrong, as a key into the language tables plus its arguments, so the same problem
/// can be shown in Bahasa Indonesia or English (and compared in tests without either).
public struct DiagnosticMessage: Sendable, Hashable, Codable {
    public var key: Key
    /// Filled into the table's placeholders in the order of `key.parameters`.
    public var arguments: [String]

    public init(_ key: Key, _ arguments: [String] = []) {
        self.key = key
        self.arguments = arguments
    }

    public func text(in language: Language) -> String {
        Template.fill(DiagnosticTable.table(language)[key]?.text ?? key.rawValue, named)
    }

    public func hint(in language: Language) -> String {
        Template.fill(DiagnosticTable.table(language)[key]?.hint ?? "", named)
    }

    private var named: [String: String] {
        Dictionary(zip(key.parameters, arguments)) { first, _ in first }
    }

    public enum Key: String, Sendable, Hashable, Codable, CaseIterable {
        // Files.
        /// (file name)
        case fileMissing
        /// (file name)
        case fileOutsideCourse
        case fileUnreadable
        case notUTF8
        /// (folder)
        case noCourseFound
        /// (folder)
        case notACourse
        /// (file name)
        case fileNotListed
        // course.yaml.
        /// (problem as YAML reports it)
        case yamlSyntax
        case yamlNotMapping
        /// (key)
        case yamlDuplicateKey
        /// (key)
        case missingKey
        /// (key)
        case unknownKey
        /// (key, suggestion)
        case unknownKeyDidYouMean
        /// (key)
        case notText
        /// (key)
        case notNumber
        /// (key)
        case notWholeNumber
        /// (key)
        case notBoolean
        /// (key)
        case notList
        /// (key)
        case notMapping
        /// (key, lowest, highest)
        case outOfRange
        /// (id)
        case badCourseId
        /// (id)
        case badModuleId
        /// (version)
        case badVersion
        /// (language)
        case badLanguage
        case noModules
        /// (id, line of the first one)
        case duplicateModuleId
        /// (id, other folder)
        case duplicateCourseId
        // Module text.
        case moduleNoHeading
        /// (link target)
        case brokenLink
        /// (image file)
        case imageNoAlt
        /// (size in MB, limit in MB)
        case moduleTooLarge
        /// (seconds)
        case moduleTooSlow
        /// (memory limit in MB)
        case moduleTooMuchMemory
        // GIFT.
        case giftUnclosedBrace
        case giftUnopenedBrace
        case giftSecondAnswerBlock
        case giftNoRightAnswer
        /// (total percent)
        case giftWeightsNot100
        case giftTooFewChoices
        case giftNoAnswer
        /// (number of pairs)
        case giftMatchingTooFewPairs
        /// (the pair as written)
        case giftMatchingNoArrow
        /// (text)
        case giftNotANumber
        /// (weight as written)
        case giftBadWeight
        /// (weight as written, the nearest allowed ones)
        case giftWeightNotMoodle
        /// (id, line of the first one, the id this question gets)
        case giftDuplicateQuestionId
        /// A quiz file that is not UTF-8: an error, as Moodle refuses it.
        case giftNotUTF8
        /// (answer as written)
        case giftLowercaseTrueFalse
    }
}

/// A message and the hint that tells the trainer how to fix it.
struct Template: Sendable {
    var text: String
    var hint: String

    init(_ text: String, hint: String) {
        self.text = text
        self.hint = hint
    }

    /// Fills the placeholders. Arguments quote course files, so their control characters are
    /// made visible before they can reach a terminal.
    static func fill(_ template: String, _ arguments: [String: String]) -> String {
        Placeholders.fill(template, arguments.mapValues(Printable.visible))
    }
}

enum Printable {
    /// C0, DEL and C1 control characters (escape sequences start with them) become U+FFFD.
    static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { isControl($0) ? "\u{FFFD}" : $0 }))
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}

extension DiagnosticMessage.Key {
    /// The names of `arguments`, in order, as the tables' placeholders write them.
    public var parameters: [String] {
        switch self {
        case .fileMissing, .fileOutsideCourse, .fileNotListed: ["file"]
        case .noCourseFound, .notACourse: ["folder"]
        case .yamlSyntax: ["problem"]
        case .yamlDuplicateKey, .missingKey, .unknownKey, .notText, .notNumber, .notWholeNumber, .notBoolean, .notList, .notMapping: ["key"]
        case .unknownKeyDidYouMean: ["key", "suggestion"]
        case .outOfRange: ["key", "lowest", "highest"]
        case .badCourseId, .badModuleId: ["id"]
        case .badVersion: ["version"]
        case .badLanguage: ["language"]
        case .duplicateModuleId: ["id", "line"]
        case .giftDuplicateQuestionId: ["id", "line", "given"]
        case .giftWeightNotMoodle: ["weight", "nearest"]
        case .duplicateCourseId: ["id", "folder"]
        case .brokenLink: ["target"]
        case .imageNoAlt: ["image"]
        case .moduleTooLarge: ["size", "limit"]
        case .moduleTooSlow: ["seconds"]
        case .moduleTooMuchMemory: ["limit"]
        case .giftWeightsNot100: ["total"]
        case .giftMatchingTooFewPairs: ["pairs"]
        case .giftMatchingNoArrow: ["pair"]
        case .giftNotANumber: ["text"]
        case .giftBadWeight: ["weight"]
        case .giftLowercaseTrueFalse: ["answer"]
        default: []
        }
    }
}
