import Foundation
import Testing
@testable import Sync

/// A bundle of a few statements from a fresh device, written to a temporary folder.
struct BundleFixture {
    let folder: TemporaryFolder
    let identity: DeviceIdentity
    let statements: [BundledStatement]

    init(deviceID: String = "device-a", count: Int = 3) throws {
        folder = try TemporaryFolder()
        identity = try DeviceIdentity.loadOrCreate(in: folder.path) { deviceID }
        statements = (0..<count).map { index in
            let id = UUID().uuidString.lowercased()
            return BundledStatement(id: id, json: Data(#"{"id":"\#(id)","verb":{"id":"http://adlnet.gov/expapi/verbs/experienced"},"n":\#(index)}"#.utf8))
        }
    }

    @discardableResult
    func write(_ name: String = "a.bundle", sequence: Int = 1, statements: [BundledStatement]? = nil) throws -> String {
        let path = folder.file(name)
        _ = try BundleWriter.write(statements ?? self.statements, identity: identity, sequence: sequence,
                                   created: "2026-11-29T08:00:00.000Z", to: path)
        return path
    }

    func bytes(_ path: String) -> Data { FileManager.default.contents(atPath: path) ?? Data() }

    func problem(_ data: Data, trusted: TrustedKeys? = nil) -> BundleProblem? {
        do {
            _ = try BundleReader.verify(data, trusted: trusted)
            return nil
        } catch {
            return error as? BundleProblem
        }
    }

    /// Offset where the statement section starts: after the third newline.
    func sectionStart(_ data: Data) -> Int {
        var newlines = 0
        return (data.firstIndex { byte in
            if byte == UInt8(ascii: "\n") { newlines += 1 }
            return newlines == 3
        } ?? 0) + 1
    }
}

@Suite struct BundleTests {
    @Test func aBundleReadsBackAsItsStatementsAndManifest() throws {
        let fixture = try BundleFixture()
        let bundle = try BundleReader.read(path: try fixture.write(sequence: 7))
        #expect(bundle.statements == fixture.statements)
        #expect(bundle.manifest.sequence == 7)
        #expect(bundle.manifest.deviceID == "device-a")
        #expect(bundle.manifest.publicKey == fixture.identity.publicKey)
        #expect(bundle.manifest.count == 3)
        #expect(bundle.manifest.firstStatement == fixture.statements.first?.id)
        #expect(bundle.manifest.lastStatement == fixture.statements.last?.id)
    }

    @Test func anEmptyBundleIsStillAValidBundle() throws {
        let fixture = try BundleFixture()
        let bundle = try BundleReader.read(path: try fixture.write(statements: []))
        #expect(bundle.statements.isEmpty)
        #expect(bundle.manifest.firstStatement == nil)
    }

    @Test func aStatementOnTwoLinesIsNeverBundled() throws {
        let fixture = try BundleFixture()
        let broken = BundledStatement(id: "a", json: Data("{\"id\":\n\"a\"}".utf8))
        #expect(throws: SyncError.statementNotOneLine(id: "a")) {
            try fixture.write(statements: fixture.statements + [broken])
        }
        #expect(!FileManager.default.fileExists(atPath: fixture.folder.file("a.bundle")))
    }

    @Test func everyFlippedByteIsRefused() throws {
        let fixture = try BundleFixture()
        let original = fixture.bytes(try fixture.write())
        let section = fixture.sectionStart(original)
        for offset in 0..<original.count {
            var damaged = original
            damaged[offset] ^= 0x01
            let problem = fixture.problem(damaged)
            #expect(problem != nil, "flipped byte \(offset) was accepted")
            if offset >= section {
                #expect(problem == .statementsAltered, "byte \(offset) of the statements: \(String(describing: problem))")
            }
        }
    }

    @Test func everyTruncationIsRefused() throws {
        let fixture = try BundleFixture()
        let original = fixture.bytes(try fixture.write())
        let section = fixture.sectionStart(original)
        for length in 1..<original.count {
            let problem = fixture.problem(original.prefix(length))
            #expect(problem != nil, "cut at \(length) was accepted")
            if length >= section || length < BundleWriter.magic.count {
                #expect(problem == .truncated, "cut at \(length): \(String(describing: problem))")
            }
        }
        #expect(fixture.problem(Data()) == .notABundle)
    }

    @Test func bytesAfterTheSignedStatementsAreRefused() throws {
        let fixture = try BundleFixture()
        let original = fixture.bytes(try fixture.write())
        #expect(fixture.problem(original + Data("{}\n".utf8)) == .trailingData(bytes: 3))
    }

    @Test func aSignatureTakenFromAnotherBundleIsRefused() throws {
        let fixture = try BundleFixture()
        let first = fixture.bytes(try fixture.write("1.bundle", sequence: 1))
        let second = fixture.bytes(try fixture.write("2.bundle", sequence: 2))
        var swapped = first.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        swapped[2] = second.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)[2]
        let forged = Data(swapped.joined(separator: [UInt8(ascii: "\n")]))
        #expect(fixture.problem(forged) == .signatureMismatch)
    }

    @Test func aManifestReSignedByAnotherKeyIsRefusedByTheTrustFile() throws {
        let device = try BundleFixture(deviceID: "device-a")
        let impostor = try BundleFixture(deviceID: "device-a")
        let trusted = TrustedKeys(keys: ["device-a": device.identity.publicKey])
        #expect(device.problem(device.bytes(try device.write()), trusted: trusted) == nil)
        #expect(impostor.problem(impostor.bytes(try impostor.write()), trusted: trusted) == .keyMismatch(deviceID: "device-a"))
    }

    @Test func aDeviceMissingFromTheTrustFileIsRefused() throws {
        let fixture = try BundleFixture(deviceID: "device-z")
        let trusted = TrustedKeys(keys: ["device-a": fixture.identity.publicKey])
        #expect(fixture.problem(fixture.bytes(try fixture.write()), trusted: trusted) == .unknownDevice(deviceID: "device-z"))
    }

    @Test func aFileThatIsNoBundleIsSaidToBeNone() throws {
        let fixture = try BundleFixture()
        #expect(fixture.problem(Data("id,nama\n1,Budi\n".utf8)) == .notABundle)
    }

    @Test func aBundleImportedBeforeIsAReplay() throws {
        let fixture = try BundleFixture()
        let bundle = try BundleReader.read(path: try fixture.write(sequence: 1))
        var ledger = ImportLedger()
        try ledger.check(bundle.header)
        ledger.record(bundle.header)
        #expect(throws: BundleProblem.alreadyImported(deviceID: "device-a", sequence: 1)) { try ledger.check(bundle.header) }
    }

    @Test func aNumberReusedForOtherStatementsIsRefused() throws {
        let fixture = try BundleFixture()
        var ledger = ImportLedger()
        ledger.record(try BundleReader.read(path: try fixture.write("1.bundle", sequence: 1)).header)
        let other = try BundleReader.read(path: try fixture.write("1b.bundle", sequence: 1, statements: Array(fixture.statements.prefix(1))))
        #expect(throws: BundleProblem.sequenceReused(deviceID: "device-a", sequence: 1)) { try ledger.check(other.header) }
    }

    @Test func missingNumbersAreReportedAsGaps() throws {
        let fixture = try BundleFixture()
        var ledger = ImportLedger()
        for sequence in [1, 2, 5] {
            ledger.record(try BundleReader.read(path: try fixture.write("\(sequence).bundle", sequence: sequence)).header)
        }
        #expect(ledger.gaps(deviceID: "device-a") == [3, 4])
        #expect(ledger.gaps(deviceID: "device-unknown") == [])
    }

    @Test func theLedgerSurvivesASaveAndLoad() throws {
        let fixture = try BundleFixture()
        var ledger = ImportLedger()
        ledger.record(try BundleReader.read(path: try fixture.write()).header)
        try ledger.save(path: fixture.folder.file("ledger.json"))
        #expect(try ImportLedger.load(path: fixture.folder.file("ledger.json")) == ledger)
    }
}
