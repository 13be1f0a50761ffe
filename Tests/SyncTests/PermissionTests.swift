import Foundation
import TestSupport
import Testing
@testable import Sync

/// The tests run as root, whom no folder refuses: to meet "permission denied" the real binary is
/// run as `nobody` (util-linux's setpriv, which scripts/setup installs), exporting into a folder
/// only root may write.
@Suite struct PermissionTests {
    static let nobody: UInt32 = 65534

    /// setpriv by its absolute path; a machine without it fails here, saying what to install.
    static func setpriv() throws -> String {
        let found = ["/usr/bin/setpriv", "/bin/setpriv"].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let found else { throw Missing.setpriv }
        return found
    }

    enum Missing: Error, CustomStringConvertible {
        case setpriv
        var description: String {
            "setpriv is needed to run belajar as an unprivileged user (apt-get install util-linux, or scripts/setup --test)"
        }
    }

    /// `folder` and everything in it handed to nobody, so the store opens for them.
    static func giveToNobody(_ folder: String) throws {
        let owner: [FileAttributeKey: Any] = [.ownerAccountID: nobody, .groupOwnerAccountID: nobody]
        try FileManager.default.setAttributes(owner, ofItemAtPath: folder)
        for name in try FileManager.default.subpathsOfDirectory(atPath: folder) {
            try FileManager.default.setAttributes(owner, ofItemAtPath: (folder as NSString).appendingPathComponent(name))
        }
    }

    @Test func aFolderWithoutPermissionIsSaidInBothLanguages() throws {
        let fixture = try StoreFixture()
        try fixture.study(try fixture.learner("198609262015052001", "Ani Lestari"), guideCourse)
        let locked = fixture.folder.file("locked")
        try FileManager.default.createDirectory(atPath: locked, withIntermediateDirectories: false,
                                                attributes: [.posixPermissions: 0o755])
        try Self.giveToNobody(fixture.folder.path)
        try FileManager.default.setAttributes([.ownerAccountID: 0, .groupOwnerAccountID: 0], ofItemAtPath: locked)
        let setpriv = try Self.setpriv()
        func export(_ language: String) throws -> Execution {
            try Execution(setpriv, ["--reuid=nobody", "--regid=nogroup", "--clear-groups", CommandTests.binary,
                                    "export", "--out", locked, "--store", fixture.store.path, "--lang", language],
                          environment: ["BELAJAR_HOME": fixture.folder.path, "HOME": fixture.folder.path, "LANG": "C"])
        }
        let indonesian = try export("id")
        #expect(indonesian.status == 1, "\(indonesian.output)\(indonesian.errors)")
        #expect(indonesian.errors.contains("Tidak ada izin untuk \(locked)"), "\(indonesian.errors)")
        #expect(indonesian.errors.contains("Periksa izin berkas/folder itu atau pilih lokasi lain."))
        let english = try export("en")
        #expect(english.errors.contains("No permission for \(locked)"), "\(english.errors)")
        #expect(english.errors.contains("Check that file's or folder's permissions, or choose another place."))
        #expect(!(indonesian.errors + english.errors).contains("Usage"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: locked).isEmpty)
        #expect(try fixture.outbox(.notExported).count == fixture.outbox().count)
    }
}
