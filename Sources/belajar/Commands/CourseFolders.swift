import FoundationEssentials
import ProgressStore

/// Where the library's courses are. `--courses` names one folder; else `courses/` in the working
/// folder (a checkout) is the library. Installed, the library is two folders: the bundled courses
/// beside the binary (`../share/belajar/courses`, read-only, replaced by each update), then the
/// office's own `courses/` in the data folder beside the store (`$BELAJAR_HOME`, else
/// `$XDG_DATA_HOME/belajar`, else `~/.local/share/belajar`), which an update never touches. Learners
/// who share one PC account share that data folder, so a course copied there once reaches them all.
struct CourseFolders {
    var all: [URL]
    /// The folder an office copies its courses into, when the library has one.
    var office: URL?

    static func resolve(flag: String?, environment: [String: String], binary: String = executable) -> CourseFolders {
        if let flag { return CourseFolders(all: [URL(fileURLWithPath: flag)]) }
        let local = URL(fileURLWithPath: "courses")
        if FileManager.default.fileExists(atPath: local.path) { return CourseFolders(all: [local]) }
        let installed = URL(fileURLWithPath: binary).resolvingSymlinksInPath().deletingLastPathComponent()
            .appendingPathComponent("../share/belajar/courses").standardized
        let data = URL(fileURLWithPath: StoreLocation.resolve(flag: nil, environment: environment).path)
            .deletingLastPathComponent()
        let office = data.appendingPathComponent("courses", isDirectory: true)
        return CourseFolders(all: [installed, office], office: office)
    }

    /// The running binary, also when it was started through `$PATH` or a symbolic link.
    static var executable: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }

    /// Made on the app's first start, private to the account like the store beside it, so an office
    /// finds where its courses go.
    func createOfficeFolder() {
        guard let office else { return }
        try? FileManager.default.createDirectory(at: office, withIntermediateDirectories: true,
                                                 attributes: [.posixPermissions: 0o700])
    }
}
