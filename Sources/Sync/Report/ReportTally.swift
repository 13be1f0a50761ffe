import Domain
import FoundationEssentials

/// What the JP report keeps while it reads statements one at a time: per learner their latest
/// name, agency and unit, and per course its start, first completion and best quiz scores.
/// Memory grows with learners and courses, never with statements; every figure is a minimum or
/// a maximum, so a statement read twice (from two bundles, or an LRS page and a bundle) changes
/// nothing.
public struct ReportTally: Sendable {
    var learners: [String: LearnerTally] = [:]
    /// Statements that were not a learner's statement the report can read: another tool's (no
    /// NIP as actor, an Agent as object), no usable timestamp.
    public private(set) var skipped = 0
    /// The day of a timestamp without an offset (`Z`) is taken in this zone.
    public let fallback: TimeZone
    private let decoder = JSONDecoder()

    public init(fallback: TimeZone = LocalTime.currentZone()) {
        self.fallback = fallback
    }

    public mutating func add(json: Data) {
        guard let statement = try? decoder.decode(RecordedStatement.self, from: json) else {
            skipped += 1
            return
        }
        add(statement)
    }

    public mutating func add(_ statement: RecordedStatement?) {
        guard let statement, let nip = statement.nip, Self.isNIP(nip),
              let moment = statement.timestamp.flatMap({ Moment($0, fallback: fallback) })
        else {
            skipped += 1
            return
        }
        learners[nip, default: LearnerTally()].add(statement, at: moment)
    }

    /// belajar's actors are NIPs, 18 digits: another system's accounts in the same LRS are not
    /// learners of this report.
    static func isNIP(_ text: String) -> Bool {
        text.utf8.count == 18 && text.utf8.allSatisfy { (48...57).contains($0) }
    }

    /// What another tally (one bundle, read before its checks passed) adds to this one.
    public mutating func merge(_ other: ReportTally) {
        skipped += other.skipped
        for (nip, learner) in other.learners { learners[nip, default: LearnerTally()].merge(learner) }
    }
}

/// The value of the latest statement that carried it.
struct Latest: Sendable {
    var value: String
    var at: Moment

    static func later(_ old: Latest?, _ new: Latest?) -> Latest? {
        guard let old else { return new }
        guard let new else { return old }
        return new.at > old.at ? new : old
    }
}

struct LearnerTally: Sendable {
    var name: Latest?
    var agency: Latest?
    var unit: Latest?
    var courses: [String: CourseTally] = [:]
    /// Years on the learner's calendar with any statement: a report over several years gives
    /// each of them a line, completions or not.
    var years: Set<Int> = []

    mutating func add(_ statement: RecordedStatement, at moment: Moment) {
        years.insert(moment.year)
        name = Latest.later(name, statement.actor.name.map { Latest(value: $0, at: moment) })
        agency = Latest.later(agency, statement.extensionValue("agency")?.text.map { Latest(value: $0, at: moment) })
        unit = Latest.later(unit, statement.extensionValue("unit")?.text.map { Latest(value: $0, at: moment) })
        for course in statement.courseIDs { courses[course, default: CourseTally()].add(statement, at: moment) }
    }

    mutating func merge(_ other: LearnerTally) {
        years.formUnion(other.years)
        name = Latest.later(name, other.name)
        agency = Latest.later(agency, other.agency)
        unit = Latest.later(unit, other.unit)
        for (id, course) in other.courses { courses[id, default: CourseTally()].merge(course) }
    }
}

struct CourseTally: Sendable {
    struct Completion: Sendable {
        var at: Moment
        var name: String?
        var organizer: String?
        var jp: Double
        var certificate: String
    }

    var started: Moment?
    /// A course counts once, on the day it was first completed.
    var completion: Completion?
    /// Per quiz, its best passing score, 0–100.
    var bestScores: [String: Double] = [:]

    mutating func add(_ statement: RecordedStatement, at moment: Moment) {
        started = min(started ?? moment, moment)
        switch statement.verb.id {
        case JPReport.completed where statement.object.definition?.type == JPReport.courseType:
            earliest(Completion(at: moment, name: statement.object.definition?.name?.values.sorted().first,
                                organizer: statement.extensionValue("organizer")?.text,
                                jp: statement.extensionValue("jp")?.number ?? 0,
                                certificate: statement.extensionValue("certificate")?.text ?? ""))
        case JPReport.passed:
            if let score = statement.result?.score.flatMap({ $0.raw ?? $0.scaled.map { $0 * 100 } }) {
                bestScores[statement.object.id] = max(bestScores[statement.object.id] ?? score, score)
            }
        default: break
        }
    }

    mutating func merge(_ other: CourseTally) {
        if let start = other.started { started = min(started ?? start, start) }
        if let completion = other.completion { earliest(completion) }
        bestScores.merge(other.bestScores) { Swift.max($0, $1) }
    }

    private mutating func earliest(_ candidate: Completion) {
        if completion.map({ candidate.at < $0.at }) ?? true { completion = candidate }
    }

    /// The best passing score of each quiz, averaged, to one decimal.
    var score: Double? {
        guard !bestScores.isEmpty else { return nil }
        return (bestScores.values.reduce(0, +) / Double(bestScores.count) * 10).rounded() / 10
    }
}
