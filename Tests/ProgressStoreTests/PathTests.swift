import Foundation
import Testing
@testable import ProgressStore

/// The store's own path and text helpers answer as the Foundation methods they replace.
struct PathTests {
    @Test(arguments: ["/a/b/progress.sqlite", "/a/b/", "/a//b", "/progress.sqlite", "a/b", "progress.sqlite", "/", "./x"])
    func theFolderOfAPathIsNSStringsWithDotForNone(path: String) {
        let expected = (path as NSString).deletingLastPathComponent
        #expect(StorePath.folder(of: path) == (expected.isEmpty ? "." : expected))
    }

    @Test func joiningAddsOneSlash() {
        #expect(StorePath.join("/a", "b") == "/a/b")
        #expect(StorePath.join("/a/", "b") == "/a/b")
        #expect(StorePath.join("", "b") == "b")
    }

    @Test func aFolderIsToldFromAFile() throws {
        let folder = TempFolder()
        #expect(StorePath.isFolder(folder.path))
        #expect(FileManager.default.createFile(atPath: folder.file("x"), contents: Data("abc".utf8)))
        #expect(!StorePath.isFolder(folder.file("x")))
        #expect(!StorePath.isFolder(folder.file("missing")))
        #expect(StorePath.firstBytes(folder.file("x"), count: 100) == Array("abc".utf8))
        #expect(StorePath.firstBytes(folder.file("x"), count: 2) == Array("ab".utf8))
        #expect(StorePath.firstBytes(folder.file("missing"), count: 2) == nil)
    }

    @Test(arguments: ["  Ani Lestari \n", "\tBudi", "Ani", "   ", "", "\u{3000}Ani\u{00A0}"])
    func trimmingIsFoundationsWhitespaceAndNewlines(text: String) {
        #expect(text.trimmingWhitespace == text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    @Test(arguments: ["soal-1", "soal%201", "%E2%9C%93%20ok", "a%2Fb", "100%", "%zz", "%C3", "%c3%a9"])
    func percentDecodingIsFoundations(text: String) {
        #expect(text.percentDecoded == text.removingPercentEncoding)
    }

    @Test func zeroPaddingIsPrintfs() {
        #expect(Timestamp.zeroPadded(7, 2) == String(format: "%02d", 7))
        #expect(Timestamp.zeroPadded(2026, 4) == "2026")
        #expect(Timestamp.zeroPadded(123, 2) == "123")
    }
}
