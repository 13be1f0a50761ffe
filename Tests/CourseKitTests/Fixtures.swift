import Foundation

/// The fixture folders next to this file; they are plain course folders a trainer could write.
enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func url(_ path: String) -> URL { root.appendingPathComponent(path) }
}

/// A fixture copied into a fresh temporary folder, for tests that change files on disk.
struct TemporaryCopy {
    let url: URL

    init(of fixture: String) throws {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("belajar-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        url = parent.appendingPathComponent(Fixtures.url(fixture).lastPathComponent)
        try FileManager.default.copyItem(at: Fixtures.url(fixture), to: url)
    }

    func remove() {
        try? FileManager.default.removeItem(at: url.deletingLastPathComponent())
    }
}
