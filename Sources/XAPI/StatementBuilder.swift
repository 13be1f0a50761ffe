import Basics
import CourseKit
import FoundationEssentials
import Quiz

/// Makes the statement of each learner event. Pure: the store supplies the id and timestamp it
/// made at the event, and saves the result. Adding an event means adding one method here.
public struct StatementBuilder: Sendable {
    /// The `homePage` of the learner's account.
    public var actorHomePage: String
    /// Activity ids are IRIs under this base: `<base>/courses/<course>/modules/<module>/...`.
    public var activityBase: String

    public init(actorHomePage: String, activityBase: String) {
        self.actorHomePage = actorHomePage
        self.activityBase = activityBase.hasSuffix("/") ? String(activityBase.dropLast()) : activityBase
    }

    /// Who did what, and when: made by the store at the moment of the event.
    public struct Event: Sendable {
        public var id: UUID
        public var timestamp: String
        public var nip: String
        public var name: String
        /// Instansi and unit kerja, as the national record names the learner's place.
        public var agency: String?
        public var unit: String?

        public init(id: UUID, timestamp: String, nip: String, name: String, agency: String? = nil, unit: String? = nil) {
            self.id = id
            self.timestamp = timestamp
            self.nip = nip
            self.name = name
            self.agency = agency
            self.unit = unit
        }
    }

    public func moduleOpened(_ event: Event, module: Module, course: Course) -> Statement {
        statement(event, .experienced, moduleActivity(module, course), context: context(course))
    }

    public func moduleRead(_ event: Event, module: Module, course: Course) -> Statement {
        statement(event, .completed, moduleActivity(module, course),
                  result: StatementResult(completion: true), context: context(course))
    }

    public func attemptStarted(_ event: Event, module: Module, course: Course, registration: UUID) -> Statement {
        statement(event, .attempted, quizActivity(module, course),
                  context: context(course, registration: registration, parent: moduleActivity(module, course)))
    }

    /// `fraction` is nil for an essay, recorded but not graded.
    public func answered(_ event: Event, question: Question, module: Module, course: Course,
                         registration: UUID, response: Response, fraction: Double?) -> Statement {
        let result = StatementResult(score: fraction.map { Score(scaled: $0) }, success: fraction.map { $0 >= 1 },
                            response: Interaction.response(response, to: question))
        return statement(event, .answered, questionActivity(question, module, course), result: result,
                         context: context(course, registration: registration, parent: quizActivity(module, course)))
    }

    /// `percent` is the attempt's score, 0...100.
    public func attemptFinished(_ event: Event, module: Module, course: Course, registration: UUID,
                                percent: Double, passed: Bool, seconds: Int) -> Statement {
        let result = StatementResult(score: Score(scaled: percent / 100, raw: percent, min: 0, max: 100),
                            success: passed, completion: true, duration: "PT\(max(0, seconds))S")
        return statement(event, passed ? .passed : .failed, quizActivity(module, course), result: result,
                         context: context(course, registration: registration, parent: moduleActivity(module, course)))
    }

    /// Carries everything the national record keeps (JP and certificate number, and like every
    /// statement the agency and unit), so the office can make its report from statements alone.
    public func courseCompleted(_ event: Event, course: Course, hours: Double) -> Statement {
        let result = StatementResult(completion: true, extensions: [extensionID("jp"): hours])
        var context = StatementContext(revision: course.version, platform: "belajar", language: course.language)
        context.extensions = [extensionID("certificate"): Certificate.number(statementID: event.id, timestamp: event.timestamp)]
        return statement(event, .completed, courseActivity(course), result: result, context: context)
    }

    /// A learner added on the device, or their name, agency or unit changed: the office learns
    /// who they are and where they work before (and whether or not) they learn anything.
    public func registered(_ event: Event) -> Statement {
        let programme = Activity(id: Programme.id(base: activityBase),
                                 definition: ActivityDefinition(name: Programme.name, type: Programme.type(base: activityBase)))
        return statement(event, .registered, programme, context: StatementContext(platform: "belajar"))
    }

    public func activityID(course: String, module: String? = nil, quiz: Bool = false, question: String? = nil) -> String {
        var parts = ["courses", course]
        if let module { parts += ["modules", module] }
        if quiz || question != nil { parts.append("quiz") }
        if let question { parts += ["questions", question] }
        return ([activityBase] + parts.map(Self.segment)).joined(separator: "/")
    }

    public func extensionID(_ name: String) -> String { "\(activityBase)/extensions/\(name)" }

    /// Every statement names the learner's agency and unit as they were at the event, so the
    /// office knows where each learner works (and when they moved) whether or not they ever
    /// complete a course.
    private func statement(_ event: Event, _ verb: Verb, _ object: Activity, result: StatementResult? = nil,
                           context: StatementContext) -> Statement {
        var context = context
        let place = [extensionID("agency"): event.agency, extensionID("unit"): event.unit].compactMapValues { $0 }
        let extensions = place.merging(context.extensions ?? [:]) { _, own in own }
        context.extensions = extensions.isEmpty ? nil : extensions
        return Statement(id: event.id.uuidString.lowercased(),
                         actor: Agent(name: event.name, account: Account(homePage: actorHomePage, name: event.nip)),
                         verb: verb, object: object, result: result, context: context, timestamp: event.timestamp)
    }

    private func context(_ course: Course, registration: UUID? = nil, parent: Activity? = nil) -> StatementContext {
        StatementContext(registration: registration?.uuidString.lowercased(),
                contextActivities: ContextActivities(parent: parent.map { [$0] }, grouping: [courseActivity(course)]),
                revision: course.version, platform: "belajar", language: course.language)
    }

    func courseActivity(_ course: Course) -> Activity {
        Activity(id: activityID(course: course.id),
                 definition: ActivityDefinition(name: [course.language: course.title], type: ActivityType.course))
    }

    func moduleActivity(_ module: Module, _ course: Course) -> Activity {
        Activity(id: activityID(course: course.id, module: module.id),
                 definition: ActivityDefinition(name: [course.language: module.title], type: ActivityType.module))
    }

    func quizActivity(_ module: Module, _ course: Course) -> Activity {
        Activity(id: activityID(course: course.id, module: module.id, quiz: true),
                 definition: ActivityDefinition(name: [course.language: module.title], type: ActivityType.assessment))
    }

    func questionActivity(_ question: Question, _ module: Module, _ course: Course) -> Activity {
        var definition = Interaction.definition(of: question, language: course.language)
        definition.name = [course.language: question.title ?? question.id]
        definition.description = [course.language: question.text]
        definition.type = ActivityType.interaction
        return Activity(id: activityID(course: course.id, module: module.id, question: question.id),
                        definition: definition)
    }

    /// Ids are the trainer's words; anything outside unreserved characters is percent-encoded.
    private static func segment(_ text: String) -> String {
        text.percentEncoded
    }
}
