/// A mentor's review as the feedback screen lists it: filled by the runtime from the store.
public struct FeedbackItem: Sendable, Hashable {
    public var course: String
    public var question: String
    /// 0...100
    public var percent: Double
    public var mentor: String
    public var comment: String
    /// yyyy-mm-dd
    public var date: String
    /// Not seen before this opening of the screen.
    public var isNew: Bool

    public init(course: String, question: String, percent: Double, mentor: String, comment: String, date: String,
                isNew: Bool) {
        self.course = course
        self.question = question
        self.percent = percent
        self.mentor = mentor
        self.comment = comment
        self.date = date
        self.isNew = isNew
    }
}
