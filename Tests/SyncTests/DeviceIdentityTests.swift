import Foundation
import Testing
@testable import Sync

@Suite struct DeviceIdentityTests {
    @Test func firstUseMakesAKeyOnlyItsOwnerCanRead() throws {
        let folder = try TemporaryFolder()
        let identity = try DeviceIdentity.loadOrCreate(in: folder.path) { "device-a" }
        let attributes = try FileManager.default.attributesOfItem(atPath: folder.file(DeviceIdentity.fileName))
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        #expect(identity.deviceID == "device-a")
        #expect(Data(base64Encoded: identity.publicKey)?.count == 32)
    }

    @Test func laterUsesReadTheSameIdentity() throws {
        let folder = try TemporaryFolder()
        let first = try DeviceIdentity.loadOrCreate(in: folder.path) { "device-a" }
        let second = try DeviceIdentity.loadOrCreate(in: folder.path) { "another id, never used" }
        #expect(second.deviceID == first.deviceID)
        #expect(second.publicKey == first.publicKey)
    }

    @Test func aKeyFileOthersCanReadIsTightened() throws {
        let folder = try TemporaryFolder()
        _ = try DeviceIdentity.loadOrCreate(in: folder.path) { "device-a" }
        let path = folder.file(DeviceIdentity.fileName)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
        _ = try DeviceIdentity.loadOrCreate(in: folder.path) { "device-a" }
        #expect((try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) == 0o600)
    }

    @Test func aDamagedKeyIsReportedNotReplaced() throws {
        let folder = try TemporaryFolder()
        let path = folder.file(DeviceIdentity.fileName)
        try Data("not a key".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: SyncError.deviceKeyDamaged(path: path)) {
            try DeviceIdentity.loadOrCreate(in: folder.path) { "device-a" }
        }
        #expect(FileManager.default.contents(atPath: path) == Data("not a key".utf8))
    }

    @Test func theTrustLineReadsBackAsTheDevicesKey() throws {
        let folder = try TemporaryFolder()
        let identity = try DeviceIdentity.loadOrCreate(in: folder.path) { "device-a" }
        let path = folder.file("trusted")
        try Data("# kantor pusat\n\n\(identity.trustLine) laptop Dinas A\n".utf8).write(to: URL(fileURLWithPath: path))
        #expect(try TrustedKeys.load(path: path).keys == ["device-a": identity.publicKey])
    }

    @Test func aBadTrustLineIsNamedByItsNumber() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("trusted")
        try Data("# ok\ndevice-b ed25519:short\n".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: SyncError.trustFileLine(path: path, line: 2, detail: "device-b ed25519:short")) {
            try TrustedKeys.load(path: path)
        }
    }
}
