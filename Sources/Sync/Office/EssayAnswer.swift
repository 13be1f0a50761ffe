import Basics
import FoundationEssentials
import Glibc
import XAPI

/// An essay answer as the office finds it in a bundle or the LRS: the learner's `answered`
/// statement of a `long-fill-in` interaction, read for what a mentor needs.
public struct EssayAnswer: Sendable, Equatable, Codable {
    public var statementID: String
    public var learnerNIP: String
    public var learnerName: String
    public var question: String
    /// The question's text and name as the course had them when the learner answered.
    public var questionText: String
    public var questionName: String
    public var answer: String
    public var answeredAt: String
    /// The device whose bundle carried it; nil when read from the LRS.
    public var deviceID: String?
    var homePage: String
    var registration: String?
    var course: String?

    /// The course's activity id, for listing per course.
    public var courseActivity: String { course ?? question }

    /// nil for any statement that is not an essay answer.
    static func read(_ json: Data, deviceID: String?) -> EssayAnswer? {
        (try? JSONDecoder().decode(Answered.self, from: json)).flatMap { read($0, deviceID: deviceID) }
    }

    static func read(_ statement: Answered, deviceID: String?) -> EssayAnswer? {
        guard statement.verb.id == Verb.answered.id,
              statement.object.definition?.interactionType == "long-fill-in" else { return nil }
        let definition = statement.object.definition
        return EssayAnswer(
            statementID: statement.id, learnerNIP: statement.actor.account.name,
            learnerName: statement.actor.name ?? "", question: statement.object.id,
            questionText: definition?.description?.values.first ?? "",
            questionName: definition?.name?.values.first ?? "",
            answer: statement.result?.response ?? "", answeredAt: statement.timestamp, deviceID: deviceID,
            homePage: statement.actor.account.homePage, registration: statement.context?.registration,
            course: statement.context?.contextActivities?.grouping?.first?.id)
    }

    /// What the review statement says about the essay it reviews.
    var reference: ReviewStatement.Essay {
        ReviewStatement.Essay(statementID: statementID, homePage: homePage, question: question,
                              registration: registration, course: course)
    }

    struct Answered: Decodable, Sendable {
        var id: String
        var actor: Agent
        var verb: Verb
        var object: Activity
        var result: StatementResult?
        var context: StatementContext?
        var timestamp: String
    }
}

extension EssayAnswer {
    /// Every essay answer in the bundles of `folder` (each checked as `belajar import` checks it).
    public static func inBundles(folder: String, trusted: TrustedKeys? = nil) throws -> [EssayAnswer] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            throw SyncError.fileMissing(path: folder)
        }
        return try names.filter { $0.hasSuffix(".bundle") }.sorted().flatMap { name in
            let bundle = try BundleReader.read(path: Path.join(folder, name), trusted: trusted)
            return bundle.statements.compactMap { read($0.json, deviceID: bundle.manifest.deviceID) }
        }
    }

    /// Every essay answer the LRS holds.
    public static func inLRS(_ lrs: LRSClient) throws -> [EssayAnswer] {
        try lrs.statements(as: MaybeAnswered.self).compactMap { $0.statement.flatMap { read($0, deviceID: nil) } }
    }
}

/// A statement from the LRS, read as an essay answer when it is one; any other shape is nil
/// rather than a failure, so the office's LRS may hold statements from other systems.
struct MaybeAnswered: Decodable, Sendable {
    var statement: EssayAnswer.Answered?

    init(from decoder: Decoder) throws {
        statement = try? EssayAnswer.Answered(from: decoder)
    }
}
