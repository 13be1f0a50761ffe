import App
import Basics
import CourseKit
import FoundationEssentials
import ProgressStore
import Sync

/// The mentor's screen at the office: the essays at the desk, and a review recorded through
/// the same `ReviewDesk.record` as `belajar review --grade`.
extension Performer {
    func essays(courses: [Course]) throws -> [Msg] {
        let desk = try reviewDesk()
        let book = try desk.book()
        let items = try desk.essays().map { essay in
            let latest = book.entries.last { $0.review.essayStatementID == essay.statementID }
            return Self.item(essay, courses: courses, review: latest.map(Self.past))
        }
        return [.essaysLoaded(items.sorted { Self.order($0).lexicographicallyPrecedes(Self.order($1)) })]
    }

    func record(_ draft: ReviewDraft) throws -> [Msg] {
        let desk = try reviewDesk()
        let recorded = try desk.record(draft.essayID, percent: draft.percent, comment: draft.comment,
                                       mentor: try NIP(validating: draft.mentor.nip), mentorName: draft.mentor.name)
        let delivery: ReviewDelivery
        if let failure = recorded.sendFailure {
            delivery = .unsent(reason: failure.message(in: language))
        } else if let sent = recorded.sent, let lrs = desk.lrs {
            delivery = .sent(count: sent, url: lrs.endpoint.display)
        } else {
            delivery = .kept
        }
        return [.reviewRecorded(essayID: recorded.entry.review.essayStatementID, Self.past(recorded.entry), delivery)]
    }

    private func reviewDesk() throws -> ReviewDesk {
        guard let desk else { throw SyncError.lrsMissing }
        return desk
    }

    /// Listed per course, then per learner, oldest answer first.
    private static func order(_ item: EssayItem) -> [String] {
        [item.course, item.learnerName, item.learnerNIP, item.answeredAt]
    }

    private static func past(_ entry: ReviewBook.Entry) -> PastReview {
        PastReview(percent: entry.review.scaled * 100, comment: entry.review.comment, mentor: entry.review.mentorName,
                   date: entry.review.reviewedAt, sent: entry.sentTo != nil)
    }

    static func item(_ essay: EssayAnswer, courses: [Course], review: PastReview?) -> EssayItem {
        let place = QuestionPlace(activity: essay.question)
        let course = courses.first { $0.id == place?.course }
        let question = place.flatMap { place in
            course?.module(id: place.module).flatMap { try? course?.quiz(of: $0) }?.questions.first { $0.id == place.question }
        }
        return EssayItem(id: essay.statementID, course: course?.title ?? place?.course ?? essay.courseActivity,
                         learnerNIP: essay.learnerNIP, learnerName: essay.learnerName,
                         question: essay.questionName.isEmpty ? (place?.question ?? essay.question) : essay.questionName,
                         questionText: essay.questionText, answer: essay.answer,
                         guidance: question?.generalFeedback.flatMap { $0.isEmpty ? nil : $0 },
                         answeredAt: essay.answeredAt, review: review, textFormat: question?.format ?? .moodle,
                         guidanceFormat: question.map { $0.format($0.generalFeedbackFormat) } ?? .moodle)
    }
}

/// Where a question's activity id points: `<base>/courses/<course>/modules/<module>/quiz/questions/<question>`,
/// as `StatementBuilder.activityID` makes it (whatever the office's base).
struct QuestionPlace: Equatable {
    var course: String
    var module: String
    var question: String
}

extension QuestionPlace {
    init?(activity: String) {
        let parts = activity.split(separator: "/").map { String($0).percentDecoded ?? String($0) }
        guard parts.count >= 7 else { return nil }
        let tail = Array(parts.suffix(7))
        guard tail[0] == "courses", tail[2] == "modules", tail[4] == "quiz", tail[5] == "questions" else { return nil }
        course = tail[1]
        module = tail[3]
        question = tail[6]
    }
}
