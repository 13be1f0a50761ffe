import Domain
import FoundationEssentials

/// What the JP report keeps while it reads statements one at a time: per learner their latest
/// name, agency and unit, and per course its start, first completion and best quiz scores.
/// Memory grows with learners and courses, never with statements; every figure is a minimum or
/// a maximum, so a statement read twice (from two bundles, or an LRS page and a bundle) changes
/// nothing. A national office has millions of learners taking the same few hundred courses, so
/// what they share (course and quiz IRIs, titles, agencies, units) is kept once, in `strings`,
/// and a learner keeps only places in it, dates and numbers.
public struct ReportTally: Sendable {
    /// By NIP as a number: 18 digits fit in 64 bits, and number order is NIP order.
    var learners: [UInt64: LearnerTally] = [:]
    var strings = StringTable()
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
        guard let statement, let nip = statement.nip.flatMap(Self.number(nip:)),
              let moment = statement.timestamp.flatMap({ Moment($0, fallback: fallback) })
        else {
            skipped += 1
            return
        }
        learners[nip, default: LearnerTally()].add(statement, at: moment, &strings)
    }

    /// belajar's actors are NIPs, 18 digits: another system's accounts in the same LRS are not
    /// learners of this report.
    static func number(nip text: String) -> UInt64? {
        guard text.utf8.count == 18, text.utf8.allSatisfy({ (48...57).contains($0) }) else { return nil }
        return UInt64(text)
    }

    static func text(nip number: UInt64) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, 18 - digits.count)) + digits
    }

    /// What another tally (one bundle, read before its checks passed) adds to this one.
    public mutating func merge(_ other: ReportTally) {
        skipped += other.skipped
        let places = other.strings.strings.map { strings.place($0) }
        for (nip, learner) in other.learners {
            learners[nip, default: LearnerTally()].merge(learner.moved(to: places))
        }
    }

    /// Each learner's record, in NIP order, made only when asked for: the report is written one
    /// learner at a time.
    func records(year: Int?, targetJP: Double) -> some Sequence<LearnerRecord> {
        learners.keys.sorted().lazy.map { nip in
            LearnerRecord(nip: Self.text(nip: nip), self.learners[nip]!, self.strings, year: year, targetJP: targetJP)
        }
    }
}

/// Strings kept once, each named by its place.
struct StringTable: Sendable {
    private var places: [String: Int32] = [:]
    private(set) var strings: [String] = []

    mutating func place(_ text: String) -> Int32 {
        if let known = places[text] { return known }
        let new = Int32(strings.count)
        strings.append(text)
        places[text] = new
        return new
    }

    subscript(place: Int32) -> String { strings[Int(place)] }
}

/// The value (a place in the strings) of the latest statement that carried it.
struct Latest: Sendable {
    var value: Int32
    var at: Double

    /// Replaces `latest` with `text` if it was carried later; only then is the text looked up.
    static func update(_ latest: inout Latest?, _ text: String?, at: Double, _ strings: inout StringTable) {
        guard let text, latest.map({ at > $0.at }) ?? true else { return }
        latest = Latest(value: strings.place(text), at: at)
    }

    func moved(_ place: (Int32) -> Int32) -> Latest { Latest(value: place(value), at: at) }

    static func later(_ old: Latest?, _ new: Latest?) -> Latest? {
        guard let old else { return new }
        guard let new else { return old }
        return new.at > old.at ? new : old
    }
}

/// The best passing score of one quiz of one course.
struct QuizScore: Sendable {
    var course: Int32
    var quiz: Int32
    var score: Double
}

struct LearnerTally: Sendable {
    var name: Latest?
    var agency: Latest?
    var unit: Latest?
    /// Few per learner: looked up by walking the list.
    var courses: [CourseTally] = []
    /// In one list for all courses, so a course costs no list of its own.
    var scores: [QuizScore] = []
    /// Years on the learner's calendar with any statement: a report over several years gives
    /// each of them a line, completions or not.
    var years: [Int16] = []

    mutating func add(_ statement: RecordedStatement, at moment: Moment, _ strings: inout StringTable) {
        note(year: moment.date.year)
        Latest.update(&name, statement.actor.name, at: moment.instant, &strings)
        Latest.update(&agency, statement.extensionValue("agency")?.text, at: moment.instant, &strings)
        Latest.update(&unit, statement.extensionValue("unit")?.text, at: moment.instant, &strings)
        for id in statement.courseIDs {
            let course = strings.place(id)
            courses[index(of: course)].add(statement, at: moment, &strings)
            if statement.verb.id == JPReport.passed,
               let score = statement.result?.score.flatMap({ $0.raw ?? $0.scaled.map { $0 * 100 } }) {
                best(QuizScore(course: course, quiz: strings.place(statement.object.id), score: score))
            }
        }
    }

    mutating func merge(_ other: LearnerTally) {
        other.years.forEach { note(year: $0) }
        name = Latest.later(name, other.name)
        agency = Latest.later(agency, other.agency)
        unit = Latest.later(unit, other.unit)
        for course in other.courses { courses[index(of: course.course)].merge(course) }
        other.scores.forEach { best($0) }
    }

    /// This tally with every place in another table's strings changed to its place in this one.
    func moved(to places: [Int32]) -> LearnerTally {
        var moved = self
        let place = { (old: Int32) in places[Int(old)] }
        moved.name = name?.moved(place)
        moved.agency = agency?.moved(place)
        moved.unit = unit?.moved(place)
        moved.courses = courses.map { $0.moved(place) }
        moved.scores = scores.map { QuizScore(course: place($0.course), quiz: place($0.quiz), score: $0.score) }
        return moved
    }

    /// The best passing score of each quiz of `course`, averaged, to one decimal.
    func score(of course: Int32) -> Double? {
        let best = scores.filter { $0.course == course }.map(\.score)
        guard !best.isEmpty else { return nil }
        return (best.reduce(0, +) / Double(best.count) * 10).rounded() / 10
    }

    private mutating func note(year: Int16) {
        if !years.contains(year) { years.append(year) }
    }

    private mutating func index(of course: Int32) -> Int {
        if let found = courses.firstIndex(where: { $0.course == course }) { return found }
        courses.append(CourseTally(course: course))
        return courses.count - 1
    }

    private mutating func best(_ candidate: QuizScore) {
        guard let found = scores.firstIndex(where: { $0.course == candidate.course && $0.quiz == candidate.quiz }) else {
            scores.append(candidate)
            return
        }
        scores[found].score = max(scores[found].score, candidate.score)
    }
}

struct CourseTally: Sendable {
    struct Completion: Sendable {
        var at: Moment
        /// Places of the title and the organizer.
        var name: Int32?
        var organizer: Int32?
        var jp: Double
        var certificate: String
    }

    /// The place of its IRI.
    var course: Int32
    var started: Moment?
    /// A course counts once, on the day it was first completed.
    var completion: Completion?

    mutating func add(_ statement: RecordedStatement, at moment: Moment, _ strings: inout StringTable) {
        started = min(started ?? moment, moment)
        guard statement.verb.id == JPReport.completed, statement.object.definition?.type == JPReport.courseType,
              completion.map({ moment < $0.at }) ?? true
        else { return }
        completion = Completion(at: moment, name: statement.object.definition?.name?.values.sorted().first.map { strings.place($0) },
                                organizer: statement.extensionValue("organizer")?.text.map { strings.place($0) },
                                jp: statement.extensionValue("jp")?.number ?? 0,
                                certificate: statement.extensionValue("certificate")?.text ?? "")
    }

    mutating func merge(_ other: CourseTally) {
        if let start = other.started { started = min(started ?? start, start) }
        if let candidate = other.completion, completion.map({ candidate.at < $0.at }) ?? true { completion = candidate }
    }

    func moved(_ place: (Int32) -> Int32) -> CourseTally {
        var moved = self
        moved.course = place(course)
        moved.completion?.name = completion?.name.map(place)
        moved.completion?.organizer = completion?.organizer.map(place)
        return moved
    }
}
