import Basics
import Foundation
import Testing

/// Our replacements for Foundation's string methods answer as Foundation's did (the tests may
/// use Foundation: they are not shipped).
@Suite struct TextTests {
    static let samples = ["", "  ", " a ", "\tJudul\u{00A0}", "\n b \r\n", "\u{2003}x\u{3000}", "a\u{2028}", "é"]

    @Test(arguments: samples) func trimmingAsFoundationDid(_ text: String) {
        #expect(text.trimmingSpaces == text.trimmingCharacters(in: .whitespaces))
        #expect(text.trimmed == text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    @Test(arguments: ["modul-1", "Pentingnya ASN", "a+b=c&d", "é/ü?", "2026-12-01T10:00:00+07:00", "日本 語", "~._-"])
    func percentEncodingAsFoundationDid(_ text: String) {
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))
        #expect(text.percentEncoded == text.addingPercentEncoding(withAllowedCharacters: allowed))
    }

    @Test func everyOccurrenceIsReplacedByteForByte() {
        #expect("a\r\nb".replacingEvery("\n", with: "\\n") == "a\r\\nb")
        #expect("a\r\nb".replacingEvery("\r\n", with: "\n") == "a\nb")
        #expect("1.5".replacingEvery(".", with: ",") == "1,5")
        #expect("aaa".replacingEvery("aa", with: "b") == "ba")
        #expect("x".replacingEvery("", with: "y") == "x")
    }

    @Test(arguments: ["gambar%20satu.png", "a%2Fb", "%C3%A9", "100%", "%zz", "%C3", "plain", "%41%4a"])
    func percentDecodingAsFoundationDid(_ text: String) {
        #expect(text.percentDecoded == text.removingPercentEncoding)
    }

    @Test func numbersInVersionsCountAsNumbers() {
        #expect(NaturalOrder.precedes("rc.2", "rc.10"))
        #expect(!NaturalOrder.precedes("rc.10", "rc.2"))
        #expect(NaturalOrder.precedes("alpha", "beta"))
        #expect(NaturalOrder.precedes("rc", "rc.1"))
        #expect(!NaturalOrder.precedes("rc.1", "rc.1"))
        #expect(NaturalOrder.precedes("rc.02", "rc.3"))
    }
}

@Suite struct FoldingTests {
    @Test(arguments: ["Pégawai Négeri", "Ä Ö Ü", "ñandú", "Crème brûlée", "plain"])
    func diacriticsGoAsWithFoundation(_ text: String) {
        #expect(Folding.withoutDiacritics(text) == text.folding(options: .diacriticInsensitive, locale: nil))
        #expect(Folding.forSearch(text) == text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil))
    }

    @Test func fullwidthLettersBecomeASCII() {
        #expect(Folding.withoutWidth("ＡＢＣ１２３！\u{3000}") == "ABC123! ")
    }
}

/// As NSString's path methods read paths (written out: corelibs Foundation's own
/// `deletingLastPathComponent` crashes on some of these).
@Suite struct PathTests {
    @Test(arguments: [("a/b", "a", "b"), ("b", "", "b"), ("/b", "/", "b"), ("/", "/", "/"), ("a/b/", "a", "b"),
                      ("/usr/share/belajar/", "/usr/share", "belajar"), ("", "", ""), ("./x", ".", "x")])
    func parentAndName(_ path: String, _ parent: String, _ name: String) {
        #expect(Path.parent(path) == parent)
        #expect(Path.name(path) == name)
    }

    @Test(arguments: [("01-x.md", "01-x"), ("a/01-x.md", "01-x"), (".profile", ".profile"), ("a.b.c", "a.b"),
                      ("noext", "noext"), ("dir.d/file", "file")])
    func stem(_ path: String, _ stem: String) {
        #expect(Path.stem(path) == stem)
    }

    @Test(arguments: [("a", "b", "a/b"), ("a/", "b", "a/b"), ("", "b", "b"), ("/", "b", "/b"), ("a", "b/c", "a/b/c")])
    func joined(_ folder: String, _ name: String, _ path: String) {
        #expect(Path.join(folder, name) == path)
    }
}

@Suite struct ThreadTests {
    @Test func aDetachedThreadRunsAndTheLockWaitsForIt() {
        let lock = Lock()
        nonisolated(unsafe) var done = false
        Threads.detach {
            Threads.sleep(seconds: 0.01)
            lock.withLock {
                done = true
                lock.signal()
            }
        }
        lock.withLock {
            while !done { lock.wait() }
        }
        #expect(lock.withLock { done })
    }
}
