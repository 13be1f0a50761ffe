import CourseKit
import Foundation
import Testing
@testable import ProgressStore

@Suite struct DashboardTests {
    func complete(_ fixture: Fixture, _ course: Course, at date: Date) throws {
        fixture.clock.set(date)
        let recorder = try fixture.store.recorder(for: ani.nip, in: course)
        for module in course.modules { try recorder.readToEnd(module: module.id) }
    }

    func date(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

    func tinyCourse(_ id: String, hours: Double) -> Course {
        Course(id: id, title: id, version: "1.0.0", hours: hours, modules: [Module(id: "m", title: "M", file: "m.md")],
               folder: URL(fileURLWithPath: "/courses/\(id)"))
    }

    @Test func countsJPInTheLearnersCalendarYearAgainstTheTarget() throws {
        let fixture = try Fixture()
        try complete(fixture, tinyCourse("a", hours: 2), at: date("2025-06-01T03:00:00Z"))
        // 31 December 2026, 20:00 in Jayapura (UTC+9).
        try complete(fixture, tinyCourse("b", hours: 3), at: date("2026-12-31T11:00:00Z"))
        // 1 January 2027, 02:00 in Jayapura (UTC+9), still 31 December 2026 in UTC: counts for 2027.
        try complete(fixture, tinyCourse("c", hours: 5), at: date("2026-12-31T17:00:00Z"))
        let year = try fixture.store.yearlyHours(of: ani.nip, year: 2026)
        #expect(year.earned == 3)
        #expect(year.target == 20)
        #expect(year.remaining == 17)
        #expect(!year.reached)
        #expect(year.completions.map(\.courseId) == ["b"])
        #expect(try fixture.store.yearlyHours(of: ani.nip, year: 2027).earned == 5)
        #expect(try fixture.store.yearlyHours(of: budi.nip, year: 2026).earned == 0)
    }

    @Test func theYearlyTargetIsASetting() throws {
        let fixture = try Fixture()
        try fixture.store.set(.yearlyTargetJP, to: "30")
        #expect(try fixture.store.yearlyHours(of: ani.nip, year: 2026).target == 30)
    }

    @Test func progressOfEveryCourseInOrder() throws {
        let fixture = try Fixture()
        let small = tinyCourse("kecil", hours: 1)
        try complete(fixture, small, at: date("2026-03-01T00:00:00Z"))
        try fixture.recorder.readToEnd(module: "nilai-dasar")
        let progress = try fixture.store.progress(of: ani.nip, in: [course, small])
        #expect(progress.map(\.courseId) == ["etika-asn", "kecil"])
        #expect(progress.map(\.percent) == [33, 100])
        #expect(progress[1].completion?.completedOn == "2026-03-01")
    }

    @Test func countsPendingStatementsPerLearner() throws {
        let fixture = try Fixture()
        try fixture.recorder.open(module: "nilai-dasar")
        try fixture.recorder.readToEnd(module: "nilai-dasar")
        #expect(try fixture.store.pendingStatementCount(learner: ani.nip) == 2)
        let ids = try fixture.store.pendingStatements(limit: 1).map(\.id)
        try fixture.store.markSent(ids, lrs: "lrs")
        #expect(try fixture.store.pendingStatementCount(learner: ani.nip) == 1)
    }
}
