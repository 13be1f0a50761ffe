import App
import CourseKit
import ProgressStore

extension Records {
    /// The learner's reviews with their course and question titles, then marked read: the
    /// screen showing them is the learner seeing them.
    func feedback(of nip: NIP) throws -> [FeedbackItem] {
        let items = try store.feedback(of: nip).map { review in
            let course = courses.first { $0.id == review.courseId }
            let quiz = course.flatMap { course in course.module(id: review.moduleId).flatMap { try? course.quiz(of: $0) } }
            let question = quiz?.questions.first { $0.id == review.questionId }
            return FeedbackItem(course: course?.title ?? review.courseId, question: question?.title ?? review.questionId,
                                percent: review.scaled * 100, mentor: review.mentorName, comment: review.comment,
                                date: String(review.reviewedAt.prefix(10)), isNew: !review.isRead)
        }
        try store.markFeedbackRead(of: nip)
        return items
    }
}
