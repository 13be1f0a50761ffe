import Testing
import Foundation
@testable import CourseKit

/// The library index on real files. An entry the index serves is recognised by a title written
/// into the index file by hand (checksum and all): course.yaml never says it, so only the index
/// can show it.
@Suite struct LibraryIndexTests {
    let library: TemporaryCopy
    var index: URL { LibraryIndex.file(for: library.url, in: library.url.deletingLastPathComponent()) }
    var alphaYAML: URL { library.url.appendingPathComponent("alpha/course.yaml") }

    init() throws {
        library = try TemporaryCopy(of: "library")
    }

    /// Copied files changed a moment ago; an opening "later" may keep them.
    private func open(at now: Date = Date() + 10) -> CourseLibrary {
        CourseLibrary.load(folder: library.url, using: LibraryIndex(file: index, now: now))
    }

    /// Rewrites the index file's lines as `change` says, with a checksum that fits them.
    private func editIndex(_ change: (inout [String]) -> Void) throws {
        let text = try String(contentsOf: index, encoding: .utf8)
        var lines = text.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("end\t") }
        change(&lines)
        let body = lines.map { $0 + "\n" }.joined()
        let end = "end\t" + String(LibraryIndexFile.checksum(Array(body.utf8)), radix: 16) + "\n"
        try (body + end).write(to: index, atomically: true, encoding: .utf8)
    }

    private func retitleAlphaInIndex(_ title: String) throws {
        try editIndex { lines in
            lines = lines.map { $0.hasPrefix("about\talpha\t") ? $0.replacingOccurrences(of: "\tKursus Alfa\t", with: "\t\(title)\t") : $0 }
        }
    }

    private func title(of id: String, in library: CourseLibrary) -> String? {
        library.courses.first { $0.id == id }?.title
    }

    @Test func anUnchangedCourseYAMLIsNotReadAgain() throws {
        defer { library.remove() }
        let first = open()
        try retitleAlphaInIndex("Dari indeks")
        let second = open()
        #expect(title(of: "alpha", in: second) == "Dari indeks")
        // Everything else the index holds comes back as course.yaml gave it.
        #expect(second.courses.dropFirst() == first.courses.dropFirst())
        #expect(second.failures == first.failures)
        #expect(second.warnings == first.warnings)
    }

    @Test func aChangedCourseYAMLIsReadAgain() throws {
        defer { library.remove() }
        _ = open()
        try retitleAlphaInIndex("Dari indeks")
        let yaml = try String(contentsOf: alphaYAML, encoding: .utf8)
        try yaml.replacingOccurrences(of: "title: Kursus Alfa", with: "title: Kursus Alfa Baru")
            .write(to: alphaYAML, atomically: false, encoding: .utf8)
        #expect(title(of: "alpha", in: open()) == "Kursus Alfa Baru")
    }

    @Test func aModuleFileThatGoesOrComesBackIsNoticed() throws {
        defer { library.remove() }
        _ = open()
        let module = library.url.appendingPathComponent("alpha/02-inti.md")
        let saved = try Data(contentsOf: module)
        try FileManager.default.removeItem(at: module)
        let without = open()
        #expect(!without.courses.contains { $0.id == "alpha" })
        let failure = try #require(without.failures.first { $0.folder.lastPathComponent == "alpha" })
        #expect(failure.diagnostics.map(\.message.key) == [.fileMissing])
        try saved.write(to: module)
        #expect(open().courses.contains { $0.id == "alpha" })
    }

    @Test func aCorruptIndexIsIgnoredAndWrittenAnew() throws {
        defer { library.remove() }
        let expected = CourseLibrary.load(folder: library.url)
        try Data("belajar-library-index\t1\nprogram\t12".utf8).write(to: index)
        let opened = open()
        #expect(opened.courses == expected.courses)
        #expect(opened.failures == expected.failures)
        try retitleAlphaInIndex("Dari indeks")
        #expect(title(of: "alpha", in: open()) == "Dari indeks")
    }

    /// A byte changed on disk (the checksum no longer fits) makes the whole index be ignored.
    @Test func anAlteredIndexIsNotTrusted() throws {
        defer { library.remove() }
        _ = open()
        let text = try String(contentsOf: index, encoding: .utf8)
        try text.replacingOccurrences(of: "\tKursus Alfa\t", with: "\tKursus Alfb\t").write(to: index, atomically: true, encoding: .utf8)
        #expect(title(of: "alpha", in: open()) == "Kursus Alfa")
    }

    /// Titles, descriptions and messages may hold any text, tabs and newlines included.
    @Test func everyReadingComesBackAsItWasWritten() throws {
        defer { library.remove() }
        let folder = library.url.appendingPathComponent("alpha")
        var reading = ManifestReader.reading(of: folder)
        reading.course?.title = "Tab\there, new\nline, back\\slash, \\-"
        reading.course?.description = nil
        reading.course?.modules[1].minutes = 7
        reading.diagnostics = [
            .warning(.unknownKey, "a\tb", file: folder.appendingPathComponent("course.yaml"), line: 3),
            .error(.fileMissing, "bab 2/ü.md", file: folder.appendingPathComponent("course.yaml"), line: 9, column: 11),
            .error(.yamlNotMapping, file: folder.appendingPathComponent("course.yaml")),
        ]
        let stamp = try #require(FileStamp(path: folder.path + "/course.yaml"))
        let entries = [folder.path: LibraryIndexFile.Entry(manifest: stamp, reading: reading)]
        let data = LibraryIndexFile.encode(program: stamp, entries: entries)
        var decoded = try #require(LibraryIndexFile.decode(data))
        #expect(decoded.program == stamp)
        // The folder is the caller's URL for it, as `LibraryIndex.reading(of:)` sets it.
        decoded.entries[folder.path]?.reading.course?.folder = folder
        #expect(decoded.entries == entries)
    }

    /// Another build may read course.yaml by other rules: what it wrote is not trusted.
    @Test func anIndexWrittenByAnotherBuildIsNotTrusted() throws {
        defer { library.remove() }
        _ = open()
        try retitleAlphaInIndex("Dari indeks")
        try editIndex { lines in
            lines = lines.map { line in
                guard line.hasPrefix("program\t") else { return line }
                var fields = line.split(separator: "\t").map(String.init)
                fields[1] = String((Int(fields[1]) ?? 0) + 1)
                return fields.joined(separator: "\t")
            }
        }
        #expect(title(of: "alpha", in: open()) == "Kursus Alfa")
    }

    /// A second edit within the same clock tick could keep the stamp: a file changed just now
    /// is read every time until it has settled.
    @Test func aCourseYAMLChangedJustNowIsNotKept() throws {
        defer { library.remove() }
        _ = open(at: Date())
        #expect(!(try String(contentsOf: index, encoding: .utf8)).contains("Kursus Alfa"))
        _ = open()
        #expect(try String(contentsOf: index, encoding: .utf8).contains("Kursus Alfa"))
    }
}
