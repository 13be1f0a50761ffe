import Foundation

/// A tmpfs of a few kilobytes mounted for one test (the tests run as root): a USB stick that
/// fills up, or one mounted read-only. Unmounted when the value goes away.
final class SmallDisk: Sendable {
    let folder: TemporaryFolder
    var path: String { folder.path }

    init(kilobytes: Int = 64, readOnly: Bool = false) throws {
        folder = try TemporaryFolder()
        let options = "size=\(kilobytes)k" + (readOnly ? ",ro" : "")
        let run = try Execution("/bin/mount", ["-t", "tmpfs", "-o", options, "tmpfs", folder.path])
        guard run.status == 0 else { throw RalphFailure(output: "mount tmpfs: \(run.errors)") }
    }

    deinit { _ = try? Execution("/bin/umount", [folder.path]) }
}
