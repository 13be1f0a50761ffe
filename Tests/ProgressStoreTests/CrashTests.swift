import Foundation
import Testing
import TestSupport
@testable import ProgressStore

/// The store against what happens on real devices: programs killed mid-write, and two copies of
/// belajar writing at once.
@Suite(.serialized) struct CrashTests {
    func start(_ arguments: [String]) throws -> Spawned {
        try Spawned(Built.executable("store-stress"), arguments)
    }

    @Test func survivesBeingKilledAtRandomMoments() throws {
        let folder = TempFolder()
        let store = folder.file()
        let log = folder.file("commits.log")
        var generator = SystemRandomNumberGenerator()
        var kills = 0
        for round in 0..<110 {
            let logged = size(log)
            let writer = try start([store, log, "19860926 201505 2 001"])
            // Early rounds hit the opening (creation, migrations, recovery); the others wait for
            // the writer's first commit, then kill it somewhere in the commits that follow.
            if round >= 10 { waitForGrowth(log, from: logged) }
            usleep(UInt32.random(in: 0...60_000, using: &generator))
            writer.kill()
            if writer.wait().signalled { kills += 1 }
            let problems = try Audit.problems(store: store, log: log)
            #expect(problems.isEmpty, "after kill \(round): \(problems)")
            if !problems.isEmpty { break }
        }
        #expect(kills >= 100)
        let commits = Audit.logged(log).count
        // Most kills must land among commits, not before the first one.
        #expect(commits > kills, "only \(commits) commits were made between \(kills) kills")
    }

    func size(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
    }

    func waitForGrowth(_ path: String, from start: Int) {
        let deadline = Date().addingTimeInterval(5)
        while size(path) == start && Date() < deadline { usleep(2_000) }
    }

    @Test func twoWritersAtOnceLoseNothing() throws {
        let folder = TempFolder()
        let store = folder.file()
        let writers = try ["19860926 201505 2 001", "19900115 201403 1 002"].enumerated().map { index, nip in
            try start([store, folder.file("writer\(index).log"), nip, "25"])
        }
        #expect(writers.map { $0.wait().status } == [0, 0])
        for index in writers.indices {
            let log = folder.file("writer\(index).log")
            #expect(Audit.logged(log).filter { $0.first == "finish" }.count == 25)
            #expect(try Audit.problems(store: store, log: log).isEmpty)
        }
        let reopened = try ProgressStore(path: store)
        #expect(try reopened.learners().count == 2)
        #expect(try reopened.pendingStatementCount() == 2 * 25 * 6 + 2, "and each learner's registration")
    }
}
