import App
import CourseKit
import FoundationEssentials
import ProgressStore
import Sync

extension Performer {
    /// The learner's reviews with their course and question titles, then marked read: the
    /// screen showing them is the learner seeing them.
    func feedback(of nip: NIP, courses: [Course]) throws -> [FeedbackItem] {
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

    /// "Terima paket dari kantor": the package applied as `belajar receive` applies it, then the
    /// library's record of each course it completed (new courses go into the office's courses
    /// folder, as the app reads them, and show at the next start).
    func receive(_ path: String, learner: NIP, courses: [Course]) throws -> [Msg] {
        let library = Array(Set(courses.map { $0.folder.deletingLastPathComponent().standardizedFileURL }))
        let target = officeCourses ?? library.first ?? URL(fileURLWithPath: "courses")
        guard let result = try Receiver.receive([path], store: store, coursesFolder: target, library: library).first
        else { return [] }
        let reviews = result.reviews
        let completed = courses.filter { course in reviews.completions.contains { $0.courseId == course.id } }
        return [.received(reviews: reviews.recorded, passed: reviews.passed.count,
                          hours: reviews.completions.reduce(0) { $0 + $1.hours }, courses: result.installed.count),
                .recordsChanged(Dictionary(uniqueKeysWithValues: try store.progress(of: learner, in: completed)
                    .map { ($0.courseId, Self.record($0)) }))]
    }
}
