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
            let answer = course.map { _ in
                ReviewedAnswer(courseID: review.courseId, moduleID: review.moduleId, attempt: String(review.attemptId))
            }
            return FeedbackItem(course: course?.title ?? review.courseId, question: question?.title ?? review.questionId,
                                grade: Self.grade(review), isNew: !review.isRead, answer: answer)
        }
        try store.markFeedbackRead(of: nip)
        return items
    }

    /// "Terima paket dari kantor": the package applied as `belajar receive` applies it, then the
    /// library's record of each course it completed. Courses it installed go into the office's
    /// courses folder, and the library is read again at once, so they show without a restart.
    func receive(_ path: String, learner: NIP, courses: [Course]) throws -> [Msg] {
        let derived = Array(Set(courses.map { $0.folder.deletingLastPathComponent().standardizedFileURL }))
        let library = libraryFolders.isEmpty ? derived : libraryFolders
        let target = officeCourses ?? library.first ?? URL(fileURLWithPath: "courses")
        guard let result = try Receiver.receive([path], store: store, coursesFolder: target, library: library).first
        else { return [] }
        let reviews = result.reviews
        let reload = result.installed.isEmpty ? nil : try reloaded(library + [target], learner: learner)
        let completed = (reload?.courses ?? courses).filter { course in reviews.completions.contains { $0.courseId == course.id } }
        let records = try completed.map { ($0.id, try record(of: CourseScope(learner: learner.digits, course: $0))) }
        return (reload?.messages ?? [])
            + [.recordsChanged(Dictionary(records) { $1 }),
               .received(reviews: reviews.recorded, passed: reviews.passed.count,
                         hours: reviews.completions.reduce(0) { $0 + $1.hours }, courses: result.installed.count),
               .feedbackCounted(try feedbackCount(of: learner))]
    }

    // MARK: The learner's feedback (issue 13, point 5)

    /// How many reviews the learner has, and how many they have not seen.
    func feedbackCount(of nip: NIP) throws -> FeedbackCount {
        FeedbackCount(total: try store.feedback(of: nip).count, unread: try store.unreadFeedbackCount(of: nip))
    }

    /// A finished attempt as it now stands (regraded when its essays were), with the latest
    /// grade of each essay, for its review.
    func pastAttempt(_ scope: CourseScope, moduleID: String, attempt: String) throws -> PastAttempt {
        let nip = try NIP(validating: scope.learner)
        let course = scope.course
        guard let module = course.module(id: moduleID) else { throw StoreError.moduleUnknown(course: course.id, module: moduleID) }
        let recorder = try store.recorder(for: nip, in: course)
        guard let past = try recorder.attempts(module: moduleID).first(where: { String($0.id) == attempt }), past.isFinished
        else { throw StoreError.attemptUnknown(Int64(attempt) ?? 0) }
        let quiz = try course.quiz(of: module) ?? ModuleQuiz(file: "", questions: [])
        // Newest first: the first review of a question is its latest grade.
        var grades: [String: MentorGrade] = [:]
        for review in try store.feedback(of: nip) where review.attemptId == past.id && grades[review.questionId] == nil {
            grades[review.questionId] = Self.grade(review)
        }
        let session = QuizSession(courseID: course.id, moduleID: moduleID, quiz: quiz, attempt: attempt,
                                  saved: past.answers, shuffleSeed: past.shuffleSeed)
        return PastAttempt(session: session, score: past.scorePercent ?? 0, passed: past.passed ?? false, grades: grades)
    }

    /// The library read from `folders` as at startup, and every course's record for the learner.
    private func reloaded(_ folders: [URL], learner: NIP) throws -> (courses: [Course], messages: [Msg]) {
        var unique: [URL] = []
        for folder in folders where !unique.contains(folder.standardizedFileURL) { unique.append(folder.standardizedFileURL) }
        let library = CourseLibrary.load(folders: unique, indexIn: libraryIndex)
        let records = try library.courses.map { ($0.id, try record(of: CourseScope(learner: learner.digits, course: $0))) }
        return (library.courses, [.coursesReloaded(library.courses, failures: brokenCourses(library)),
                                  .recordsChanged(Dictionary(records) { $1 })])
    }

    private static func grade(_ review: Feedback) -> MentorGrade {
        MentorGrade(percent: review.scaled * 100, mentor: review.mentorName, comment: review.comment,
                    reviewedAt: review.reviewedAt)
    }
}
