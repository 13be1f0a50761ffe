import Foundation
import SQLite
import Testing
@testable import ProgressStore

/// A learner's PIN: set, asked, refused, slowed and reset, and never kept as itself.
@Suite struct PINTests {
    @Test func aPINIsKeptOnlyAsASaltedYescryptHash() throws {
        let fixture = try Fixture()
        try fixture.store.setPIN("482915", for: ani.nip)
        try fixture.store.addLearner(budi, pin: "482915")
        let hashes = try inspect(fixture.folder.file()) { try String.fetchAll($0, sql: "SELECT pinHash FROM learner ORDER BY nip") }
        #expect(hashes.count == 2)
        #expect(hashes.allSatisfy { $0.hasPrefix("$y$") && !$0.contains("482915") })
        // The same PIN under another salt: a stolen store does not show who shares a PIN.
        #expect(hashes[0] != hashes[1])
        #expect(try fixture.store.hasPIN(ani.nip))
        let file = try #require(bytes(fixture.folder.file()))
        #expect(file.range(of: Data("482915".utf8)) == nil)
    }

    @Test func theRightPINPassesAndAWrongOneIsRefused() throws {
        let fixture = try Fixture()
        try fixture.store.checkPIN("", for: ani.nip)  // no PIN yet: nothing to ask
        try fixture.store.setPIN("4829", for: ani.nip)
        try fixture.store.checkPIN("4829", for: ani.nip)
        #expect(throws: StoreError.pinWrong(wait: 0)) { try fixture.store.checkPIN("4828", for: ani.nip) }
        #expect(throws: StoreError.pinWrong(wait: 0)) { try fixture.store.checkPIN("", for: ani.nip) }
        #expect(StoreError.pinWrong(wait: 0).message(in: .indonesian) == "PIN salah. Coba lagi.")
    }

    @Test(arguments: [("12a4", StoreError.invalidPIN(.notDigits)), ("123", .invalidPIN(.length(3))),
                      ("123456789", .invalidPIN(.length(9)))])
    func aPINOfTheWrongShapeIsNotSet(pin: String, error: StoreError) throws {
        let fixture = try Fixture()
        #expect(throws: error) { try fixture.store.setPIN(pin, for: ani.nip) }
        #expect(try !fixture.store.hasPIN(ani.nip))
    }

    @Test func wrongTriesAreCountedSlowedAndSurviveAReopen() throws {
        let fixture = try Fixture()
        try fixture.store.setPIN("4829", for: ani.nip)
        for _ in 1..<ProgressStore.freePINTries {
            #expect(throws: StoreError.pinWrong(wait: 0)) { try fixture.store.checkPIN("0000", for: ani.nip) }
        }
        #expect(throws: StoreError.pinWrong(wait: 30)) { try fixture.store.checkPIN("0000", for: ani.nip) }
        // During the wait even the right PIN is not tried, so guessing cannot go faster.
        fixture.clock.advance(10)
        #expect(throws: StoreError.pinWait(seconds: 20)) { try fixture.store.checkPIN("4829", for: ani.nip) }
        // Quitting the app (a new store object on the same file) keeps the count and the wait.
        let clock = fixture.clock
        let reopened = try ProgressStore(location: StoreLocation(path: fixture.folder.file(), createsFolder: false),
                                         clock: { clock.now })
        #expect(throws: StoreError.pinWait(seconds: 20)) { try reopened.checkPIN("4829", for: ani.nip) }
        fixture.clock.advance(20)
        #expect(throws: StoreError.pinWrong(wait: 60)) { try reopened.checkPIN("1111", for: ani.nip) }
        fixture.clock.advance(60)
        try reopened.checkPIN("4829", for: ani.nip)
        // The right PIN clears the count.
        #expect(throws: StoreError.pinWrong(wait: 0)) { try reopened.checkPIN("1111", for: ani.nip) }
    }

    @Test func theWaitDoublesUpToAnHour() {
        #expect((0...12).map(ProgressStore.pinWait) == [0, 0, 0, 30, 60, 120, 240, 480, 960, 1920, 3600, 3600, 3600])
    }

    @Test func aClockSetBackDoesNotEndTheWait() throws {
        let fixture = try Fixture()
        try fixture.store.setPIN("4829", for: ani.nip)
        for _ in 0..<ProgressStore.freePINTries { _ = try? fixture.store.checkPIN("0000", for: ani.nip) }
        fixture.clock.advance(-86_400)
        #expect(throws: StoreError.pinWait(seconds: 30)) { try fixture.store.checkPIN("4829", for: ani.nip) }
    }

    @Test func theOfficeResetsAForgottenPINWithARecordedReason() throws {
        let fixture = try Fixture()
        try fixture.store.setPIN("4829", for: ani.nip)
        for _ in 0..<5 { _ = try? fixture.store.checkPIN("0000", for: ani.nip) }
        #expect(throws: StoreError.pinResetReason) { try fixture.store.resetPIN(of: ani.nip, reason: "  ") }
        #expect(try fixture.store.hasPIN(ani.nip))
        try fixture.store.resetPIN(of: ani.nip, reason: "Lupa PIN, dikonfirmasi dengan KTP")
        #expect(try !fixture.store.hasPIN(ani.nip))
        try fixture.store.checkPIN("", for: ani.nip)
        let resets = try fixture.store.pinResets()
        #expect(resets.count == 1)
        #expect(resets.first?.nip == ani.nip)
        #expect(resets.first?.reason == "Lupa PIN, dikonfirmasi dengan KTP")
        #expect(resets.first?.osUser == String(cString: getpwuid(geteuid())!.pointee.pw_name))
        // The new PIN starts with no wrong tries behind it.
        try fixture.store.setPIN("1357", for: ani.nip)
        #expect(throws: StoreError.pinWrong(wait: 0)) { try fixture.store.checkPIN("0000", for: ani.nip) }
        // A reset is the office's record, not a learning record: no statement is written for it
        // (the one there is her registration, from when she was added).
        #expect(try inspect(fixture.folder.file()) { try Int.fetchOne($0, sql: "SELECT count(*) FROM statement") } == 1)
    }

    @Test func aLearnerBroughtBackKeepsTheirPIN() throws {
        let fixture = try Fixture()
        try fixture.store.setPIN("4829", for: ani.nip)
        try fixture.store.removeLearner(ani.nip)
        try fixture.store.addLearner(ani, pin: "1111")
        #expect(throws: StoreError.pinWrong(wait: 0)) { try fixture.store.checkPIN("1111", for: ani.nip) }
        fixture.clock.advance(1)
        try fixture.store.checkPIN("4829", for: ani.nip)
    }

    @Test func theDeviceSettingMakesAPINRequired() throws {
        let fixture = try Fixture()
        #expect(try !fixture.store.isPINRequired())
        try fixture.store.set(.pinRequired, to: "yes")
        #expect(try fixture.store.isPINRequired())
    }
}
