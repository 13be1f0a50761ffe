import Foundation
import ProgressStore
import Testing
@testable import Sync

/// From the learner's device to the office's LRS on a USB stick: export, then import into Ralph.
@Suite struct ExportImportTests {
    let fixture: StoreFixture
    let stick: TemporaryFolder

    init() throws {
        fixture = try StoreFixture()
        stick = try TemporaryFolder()
        try fixture.study(try fixture.learner("198609262015052001", "Ani Lestari"))
    }

    @Test func anExportHoldsTheOutboxAndMarksItExported() throws {
        let result = try #require(try Exporter.export(store: fixture.store, to: stick.path))
        let bundle = try BundleReader.read(path: result.path)
        #expect(try bundle.statements.map(\.json) == fixture.outbox().map(\.json))
        #expect(try fixture.outbox(.notExported).isEmpty)
        #expect(result.path.hasPrefix(stick.path + "/belajar-"))
        #expect(result.path.contains(String(bundle.manifest.deviceID.prefix(8))))
        #expect(try Exporter.export(store: fixture.store, to: stick.path) == nil)
        let status = try SyncStatus.of(fixture.store)
        #expect(status.lastExport?.destination == result.path)
        #expect(status.lastExport?.count == result.manifest.count)
        #expect(status.waiting == 0)
    }

    @Test func laterExportsCarryOnlyNewStatementsUnderTheNextNumber() throws {
        let first = try #require(try Exporter.export(store: fixture.store, to: stick.path))
        try fixture.study(try fixture.learner("199001152014031002", "Budi Santoso"), guideCourse)
        let second = try #require(try Exporter.export(store: fixture.store, to: stick.file("second.bundle")))
        #expect(second.path == stick.file("second.bundle"))
        #expect(second.manifest.sequence == first.manifest.sequence + 1)
        #expect(try first.manifest.count + second.manifest.count == fixture.outbox().count)
        let all = try #require(try Exporter.export(store: fixture.store, to: stick.path, all: true))
        #expect(try all.manifest.count == fixture.outbox().count)
        #expect(all.manifest.sequence == 3)
    }

    @Test func aFailedWriteMarksNothingExported() throws {
        #expect(throws: SyncError.folderMissing(path: stick.file("no-such-folder"))) {
            try Exporter.export(store: fixture.store, to: stick.file("no-such-folder/a.bundle"))
        }
        #expect(try fixture.outbox(.notExported).count == fixture.outbox().count)
        #expect(try FileManager.default.contentsOfDirectory(atPath: stick.path).isEmpty)
    }

    @Test func anExportNeverReplacesAFile() throws {
        let path = stick.file("kantor.bundle")
        try Data("an earlier bundle".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: SyncError.fileExists(path: path)) { try Exporter.export(store: fixture.store, to: path) }
        #expect(FileManager.default.contents(atPath: path) == Data("an earlier bundle".utf8))
        #expect(try fixture.outbox(.notExported).count == fixture.outbox().count)
    }

    @Test func anImportForwardsABundleOnceHoweverOftenItComes() throws {
        let lrs = LRSClient(endpoint: try Ralph.shared.get().tenant())
        let bundle = try #require(try Exporter.export(store: fixture.store, to: stick.path))
        let ledger = stick.file("ledger.json")
        let first = try Importer.importBundles([bundle.path], lrs: lrs, trust: .firstUse, ledgerPath: ledger)
        #expect(first.outcomes == [.imported(path: bundle.path, manifest: bundle.manifest)])
        let second = try Importer.importBundles([bundle.path], lrs: lrs, trust: .firstUse, ledgerPath: ledger)
        #expect(second.outcomes == [.refused(.bundle(path: bundle.path, .alreadyImported(
            deviceID: bundle.manifest.deviceID, sequence: bundle.manifest.sequence)))])
        #expect(!second.refusedAny)
        #expect(try lrs.statements(as: Identified.self).count == bundle.manifest.count)
    }

    @Test func aTamperedBundleIsRefusedAndNothingOfItIsForwarded() throws {
        let lrs = LRSClient(endpoint: try Ralph.shared.get().tenant())
        let bundle = try #require(try Exporter.export(store: fixture.store, to: stick.path))
        var bytes = try Data(contentsOf: URL(fileURLWithPath: bundle.path))
        bytes[bytes.count - 40] ^= 0x20
        try bytes.write(to: URL(fileURLWithPath: bundle.path))
        let summary = try Importer.importBundles([bundle.path], lrs: lrs, trust: .firstUse, ledgerPath: stick.file("ledger.json"))
        #expect(summary.outcomes == [.refused(.bundle(path: bundle.path, .statementsAltered))])
        #expect(summary.refusedAny)
        #expect(try lrs.statements(as: Identified.self).isEmpty)
    }

    @Test func aDeviceOutsideTheTrustFileIsRefused() throws {
        let lrs = LRSClient(endpoint: try Ralph.shared.get().tenant())
        let bundle = try #require(try Exporter.export(store: fixture.store, to: stick.path))
        let trusted = TrustedKeys(keys: ["another-device": bundle.manifest.publicKey])
        let summary = try Importer.importBundles([bundle.path], lrs: lrs, trust: TrustPolicy(keys: trusted, firstUse: false), ledgerPath: stick.file("ledger.json"))
        #expect(summary.outcomes == [.refused(.bundle(path: bundle.path, .unknownDevice(deviceID: bundle.manifest.deviceID)))])
        #expect(try lrs.statements(as: Identified.self).isEmpty)
    }

    @Test func aBundleThatNeverArrivedIsReportedAsAGap() throws {
        let lrs = LRSClient(endpoint: try Ralph.shared.get().tenant())
        var paths: [String] = []
        for (index, course) in [sampleCourse, guideCourse, sampleCourse].enumerated() {
            try fixture.study(try fixture.learner("19900115201403100\(index + 2)", "Peserta \(index)"), course)
            paths.append(try #require(try Exporter.export(store: fixture.store, to: stick.file("\(index).bundle"))).path)
        }
        let summary = try Importer.importBundles([paths[0], paths[2]], lrs: lrs, trust: .firstUse, ledgerPath: stick.file("ledger.json"))
        let device = try BundleReader.read(path: paths[0]).manifest.deviceID
        #expect(summary.gaps == [device: [2]])
    }
}
