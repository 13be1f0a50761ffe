import CourseKit
import FoundationEssentials
import SQLite
import XAPI

/// What one learner does in one course, recorded as it happens. Each method is one transaction
/// holding the event's rows and its xAPI statement: both are saved, or neither.
public struct CourseRecorder: Sendable {
    public let store: ProgressStore
    public let learner: Learner
    public let course: Course
    let builder: StatementBuilder

    /// A quiet gap longer than this counts as this much reading: the learner left the screen.
    public static let idleCap: TimeInterval = 180

    init(store: ProgressStore, learner: Learner, course: Course, builder: StatementBuilder) {
        self.store = store
        self.learner = learner
        self.course = course
        self.builder = builder
    }

    /// The event's identity, made once: its statement keeps this id and timestamp forever.
    func event(at date: Date) -> StatementBuilder.Event {
        ProgressStore.event(of: learner, at: date, id: store.makeID(), timeZone: store.timeZone)
    }

    func enqueue(_ statement: XAPI.Statement, _ db: Database) throws {
        try ProgressStore.enqueue(statement, learner: learner.nip, db)
    }

    func module(_ id: String) throws -> Module {
        guard let module = course.module(id: id) else { throw StoreError.moduleUnknown(course: course.id, module: id) }
        return module
    }

    var arguments: StatementArguments { [learner.nip.digits, course.id] }
}

extension ProgressStore {
    /// Starts recording a learner in a course. Throws `unknownLearner` for a NIP not on this device.
    public func recorder(for nip: NIP, in course: Course) throws -> CourseRecorder {
        try read { db in
            CourseRecorder(store: self, learner: try Self.learner(nip, db), course: course, builder: try Self.builder(db))
        }
    }

    /// Statements name the learner and the places of the settings as they are now.
    static func builder(_ db: Database) throws -> StatementBuilder {
        StatementBuilder(actorHomePage: try setting(.actorHomePage, db), activityBase: try setting(.activityBase, db))
    }

    static func event(of learner: Learner, at date: Date, id: UUID, timeZone: TimeZone) -> StatementBuilder.Event {
        StatementBuilder.Event(id: id, timestamp: Timestamp.statementText(date, timeZone: timeZone),
                               nip: learner.nip.digits, name: learner.name, agency: learner.agency, unit: learner.unit)
    }
}
