import Foundation
import Localization

/// What went wrong, as a key into the language tables plus its arguments, so the same problem
/// can be shown in Bahasa Indonesia or English (and compared in tests without either).
public struct DiagnosticMessage: Sendable, Hashable, Codable {
    public var key: Key
    /// Filled into the table's `{0}`, `{1}`... in order; each key's doc says what they are.
    public var arguments: [String]

    public init(_ key: Key, _ arguments: [String] = []) {
        self.key = key
        self.arguments = arguments
    }

    public func text(in language: Language) -> String {
        Template.fill(DiagnosticTable.table(language)[key]?.text ?? key.rawValue, arguments)
    }

    public func hint(in language: Language) -> String {
        Template.fill(DiagnosticTable.table(language)[key]?.hint ?? "", arguments)
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

    /// Replaces `{0}`, `{1}`... with the arguments, in order. Arguments quote course files, so
    /// their control characters are made visible before they can reach a terminal.
    static func fill(_ template: String, _ arguments: [String]) -> String {
        var result = template
        for (index, argument) in arguments.enumerated() {
            result = result.replacingOccurrences(of: "{\(index)}", with: Printable.visible(argument))
        }
        return result
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
