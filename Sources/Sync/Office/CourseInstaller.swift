import Basics
import CourseKit
import FoundationEssentials
import Glibc

/// Puts a package's courses beside the others. Every course is first written to a hidden folder
/// inside the courses folder and checked as `belajar check` checks it; only when all pass does
/// any replace the installed one, by rename, so the library never sees half a course.
struct CourseInstaller {
    /// Where new courses go: the one folder of the library the device may write to.
    let coursesFolder: URL
    /// Every folder of the library, the read-only bundled one too: a course installed in any is
    /// the one a package's version is compared with.
    var library: [URL] = []

    /// A course written out and checked, ready to be moved into place.
    struct Staged {
        var course: PackedCourse
        var folder: URL
        /// The installed folder it replaces, or where it goes when new.
        var target: URL
    }

    /// Throws the first refusal, leaving nothing behind. Courses already installed at the same
    /// version are skipped, so receiving a package again installs nothing twice.
    func stage(_ package: VerifiedPackage) throws -> [Staged] {
        let installed = Set(library + [coursesFolder]).flatMap { CourseLibrary.load(folder: $0).courses }
        let staging = coursesFolder.appendingPathComponent(".receive-\(UUID().uuidString.lowercased())")
        do {
            var staged: [Staged] = []
            for course in package.manifest.courses {
                let current = installed.first { $0.id == course.id }
                if let current, current.version == course.version { continue }
                if let current, CourseVersion.isOlder(course.version, than: current.version) {
                    throw PackageProblem.olderCourse(course: course.id, packaged: course.version, installed: current.version)
                }
                let folder = try write(course, package.files.filter { $0.course == course.id }, under: staging)
                try check(course, folder)
                let replaceable = current.map {
                    $0.folder.deletingLastPathComponent().standardizedFileURL.path == coursesFolder.standardizedFileURL.path
                } ?? false
                staged.append(Staged(course: course, folder: folder,
                                     target: replaceable ? current!.folder : freeFolder(for: course)))
            }
            return staged
        } catch {
            try? FileManager.default.removeItem(at: staging)
            throw error
        }
    }

    func install(_ staged: [Staged]) throws {
        for course in staged {
            let old = course.target.deletingLastPathComponent()
                .appendingPathComponent(".replaced-\(course.course.id)-\(UUID().uuidString.lowercased())")
            let replacing = FileManager.default.fileExists(atPath: course.target.path)
            if replacing { try move(course.target, to: old) }
            try move(course.folder, to: course.target)
            if replacing { try? FileManager.default.removeItem(at: old) }
        }
        if let staging = staged.first?.folder.deletingLastPathComponent() { try? FileManager.default.removeItem(at: staging) }
    }

    /// A new course goes into a folder named by its id, unless something else already has that
    /// name (a folder that is no course, or a broken one): then by its id and version.
    private func freeFolder(for course: PackedCourse) -> URL {
        let named = coursesFolder.appendingPathComponent(course.id)
        guard FileManager.default.fileExists(atPath: named.path) else { return named }
        return coursesFolder.appendingPathComponent("\(course.id)-\(course.version)")
    }

    private func write(_ course: PackedCourse, _ files: [CourseFile], under staging: URL) throws -> URL {
        let folder = staging.appendingPathComponent(course.id)
        for file in files {
            guard Self.isSafe(file.path) else { throw PackageProblem.unsafePath(course: course.id, path: file.path) }
            let url = folder.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try AtomicFile.write(file.data, to: url.path)
        }
        return folder
    }

    /// The course must load as the one the manifest names and pass every check.
    private func check(_ course: PackedCourse, _ folder: URL) throws {
        let report = CourseCheck.check(paths: [folder])
        if let first = report.diagnostics.first(where: \.isError) {
            throw PackageProblem.brokenCourse(course: course.id, first: first)
        }
        let loaded = CourseLibrary.load(folder: folder).courses.first
        guard loaded?.id == course.id, loaded?.version == course.version else { throw PackageProblem.itemsDamaged }
    }

    /// Relative, inside the course, no hidden parts: nothing a package carries lands elsewhere.
    static func isSafe(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        return !path.hasPrefix("/") && !parts.isEmpty && parts.allSatisfy { !$0.isEmpty && !$0.hasPrefix(".") }
    }

    private func move(_ from: URL, to: URL) throws {
        guard rename(from.path, to.path) == 0 else { throw SyncError.file(errno: errno, path: to.path) }
    }
}

extension CourseFile {
    /// Every file of a course folder, hidden ones left out.
    static func all(in folder: URL, course: String) throws -> [CourseFile] {
        let base = folder.standardizedFileURL.path
        guard let walk = try? FileManager.default.subpathsOfDirectory(atPath: base) else { throw SyncError.fileMissing(path: base) }
        var files: [CourseFile] = []
        for relative in walk {
            let path = Path.join(base, relative)
            var isFolder = false
            guard CourseInstaller.isSafe(relative), FileManager.default.fileExists(atPath: path, isDirectory: &isFolder),
                  !isFolder else { continue }
            guard let data = FileManager.default.contents(atPath: path) else { throw SyncError.filePermission(path: path) }
            files.append(CourseFile(course: course, path: relative, data: data))
        }
        return files.sorted { $0.path < $1.path }
    }
}
