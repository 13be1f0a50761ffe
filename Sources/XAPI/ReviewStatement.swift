import FoundationEssentials

/// A mentor's review of a learner's essay: a statement about the learner's `answered`
/// statement, so the LRS keeps the grade beside the answer it grades. The verb is ADL's
/// `commented` ("offered an opinion ... of the activity"): the mentor does not achieve the score,
/// as ADL's `scored` would say; the grade travels in `result.score` and the comment in
/// `result.response`.
public struct ReviewStatement: Codable, Sendable, Hashable {
    public var id: String
    public var actor: Agent
    public var verb: Verb
    public var object: StatementRef
    public var result: StatementResult
    public var context: StatementContext
    public var timestamp: String

    /// The essay answer being reviewed, as the learner's device recorded it.
    public struct Essay: Sendable, Hashable {
        public var statementID: String
        /// The learner's account home page: the mentor's NIP lives in the same system.
        public var homePage: String
        /// The question's activity id, and the attempt it was answered in.
        public var question: String
        public var registration: String?
        public var course: String?

        public init(statementID: String, homePage: String, question: String, registration: String?, course: String?) {
            self.statementID = statementID
            self.homePage = homePage
            self.question = question
            self.registration = registration
            self.course = course
        }
    }

    /// `scaled` is 0...1; the score is also given as a percent for LRS reports that read `raw`.
    public init(id: UUID, timestamp: String, mentorNIP: String, mentorName: String, essay: Essay,
                scaled: Double, comment: String) {
        self.id = id.uuidString.lowercased()
        actor = Agent(name: mentorName, account: Account(homePage: essay.homePage, name: mentorNIP))
        verb = .commented
        object = StatementRef(id: essay.statementID)
        let percent = (scaled * 10_000).rounded() / 100
        result = StatementResult(score: Score(scaled: percent / 100, raw: percent, min: 0, max: 100), response: comment)
        context = StatementContext(
            registration: essay.registration,
            contextActivities: ContextActivities(parent: [Activity(id: essay.question)],
                                                 grouping: essay.course.map { [Activity(id: $0)] }),
            platform: "belajar")
        self.timestamp = timestamp
    }

    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}

/// xAPI's reference to another statement by its id.
public struct StatementRef: Codable, Sendable, Hashable {
    public var objectType = "StatementRef"
    public var id: String

    public init(id: String) { self.id = id }
}
