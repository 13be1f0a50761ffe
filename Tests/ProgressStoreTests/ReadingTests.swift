import CourseKit
import Foundation
import Testing
@testable import ProgressStore

@Suite struct ReadingTests {
    @Test func openingRecordsTheFirstTimeAndAStatementEachTime() throws {
        let fixture = try Fixture()
        let first = try fixture.recorder.open(module: "nilai-dasar")
        fixture.clock.advance(3600)
        let again = try fixture.recorder.open(module: "nilai-dasar")
        #expect(again.firstOpenedAt == first.firstOpenedAt)
        #expect(try fixture.verbs() == ["experienced", "experienced"])
    }

    @Test func movingKeepsLastAndFurthestPositions() throws {
        let fixture = try Fixture()
        try fixture.recorder.open(module: "nilai-dasar")
        try fixture.recorder.move(module: "nilai-dasar", to: 40)
        try fixture.recorder.move(module: "nilai-dasar", to: 12)
        let reading = try #require(try fixture.recorder.reading(module: "nilai-dasar"))
        #expect(reading.lastPosition == 12)
        #expect(reading.furthestPosition == 40)
        #expect(try fixture.verbs() == ["experienced"])
    }

    @Test func activeTimeCapsIdleGapsAndSkipsTimeAway() throws {
        let fixture = try Fixture()
        try fixture.recorder.open(module: "nilai-dasar")
        fixture.clock.advance(30)
        try fixture.recorder.move(module: "nilai-dasar", to: 1)
        fixture.clock.advance(2 * 3600)
        try fixture.recorder.move(module: "nilai-dasar", to: 2)
        fixture.clock.advance(24 * 3600)
        try fixture.recorder.open(module: "nilai-dasar")
        fixture.clock.advance(10)
        try fixture.recorder.move(module: "nilai-dasar", to: 3)
        let reading = try #require(try fixture.recorder.reading(module: "nilai-dasar"))
        #expect(reading.activeSeconds == 30 + CourseRecorder.idleCap + 10)
    }

    @Test func readingToTheEndCountsOnce() throws {
        let fixture = try Fixture()
        try fixture.recorder.open(module: "nilai-dasar")
        try fixture.recorder.readToEnd(module: "nilai-dasar")
        let firstEnd = try #require(try fixture.recorder.reading(module: "nilai-dasar")?.readToEndAt)
        fixture.clock.advance(60)
        try fixture.recorder.readToEnd(module: "nilai-dasar")
        #expect(try fixture.recorder.reading(module: "nilai-dasar")?.readToEndAt == firstEnd)
        #expect(try fixture.verbs() == ["experienced", "completed"])
        #expect(try fixture.recorder.progress().modulesRead == 1)
    }

    @Test func anUnknownModuleIsRefusedByName() throws {
        let fixture = try Fixture()
        #expect(throws: StoreError.moduleUnknown(course: "etika-asn", module: "hilang")) {
            try fixture.recorder.open(module: "hilang")
        }
    }

    @Test func anEventAndItsStatementAreSavedTogetherOrNotAtAll() throws {
        // The same id twice makes the second statement's insert fail.
        let fixture = try Fixture(makeID: { UUID(uuidString: "00000000-0000-4000-8000-000000000001")! })
        try fixture.recorder.open(module: "nilai-dasar")
        #expect(throws: StoreError.self) { try fixture.recorder.readToEnd(module: "nilai-dasar") }
        #expect(try fixture.recorder.reading(module: "nilai-dasar")?.readToEndAt == nil)
        #expect(try fixture.verbs() == ["experienced"])
    }

    @Test func progressSurvivesACourseUpdateThatKeepsModuleIds() throws {
        let fixture = try Fixture()
        try fixture.recorder.readToEnd(module: "nilai-dasar")
        var updated = course
        updated.version = "2.0.0"
        updated.modules.insert(Module(id: "pengantar", title: "Pengantar", file: "00-pengantar.md"), at: 0)
        let progress = try fixture.store.progress(of: ani.nip, in: [updated])[0]
        #expect(progress.modulesRead == 1)
        #expect(progress.modules == 3)
    }

    @Test func aRemovedModuleStaysInHistoryButLeavesThePercent() throws {
        let fixture = try Fixture()
        try fixture.recorder.readToEnd(module: "nilai-dasar")
        var updated = course
        updated.modules.removeFirst()
        let progress = try fixture.store.progress(of: ani.nip, in: [updated])[0]
        #expect(progress.modulesRead == 0)
        #expect(progress.percent == 0)
        #expect(try fixture.recorder.reading(module: "nilai-dasar")?.readToEndAt != nil)
    }
}
