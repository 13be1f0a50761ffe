import Basics
import FoundationEssentials
import Glibc

/// A file's bytes as text, with where the first byte that is not UTF-8 sits, so a trainer who
/// saved in another encoding is told the exact place while the learner still gets readable text.
struct TextFile {
    /// Invalid sequences are replaced by U+FFFD; CRLF line ends become LF.
    var text: String
    /// 1-based line and column of the first invalid byte, if any.
    var firstInvalidByte: (line: Int, column: Int)?

    init(data: Data) {
        // Windows editors start UTF-8 files with a byte-order mark; Moodle drops it too.
        let bom = Data([0xEF, 0xBB, 0xBF])
        let data = data.starts(with: bom) ? data.dropFirst(3) : data
        // Valid UTF-8 (the usual case) is decoded once; only a broken file pays for locating the fault.
        var decoded: String
        if let valid = String(validating: data, as: UTF8.self) {
            decoded = valid
            firstInvalidByte = nil
        } else {
            decoded = String(decoding: data, as: UTF8.self)
            firstInvalidByte = Self.locateInvalid(data)
        }
        if data.contains(UInt8(ascii: "\r")) {
            decoded = decoded.replacingEvery("\r\n", with: "\n")
        }
        text = decoded
    }

    static func read(_ url: URL) throws -> TextFile {
        TextFile(data: try Data(contentsOf: url))
    }

    /// Walks the bytes the way a UTF-8 decoder does and reports the first place one fails.
    private static func locateInvalid(_ data: Data) -> (line: Int, column: Int) {
        var line = 1, column = 1
        var iterator = data.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            case .emptyInput: return (line, column)
            case .error: return (line, column)
            }
        }
    }

    /// A warning, not an error: the learner still reads the module, with � where bytes were bad.
    func diagnostics(for url: URL) -> [Diagnostic] {
        guard let place = firstInvalidByte else { return [] }
        return [.warning(.notUTF8, file: url, line: place.line, column: place.column)]
    }

    /// An error for a quiz: Moodle refuses a GIFT file that is not UTF-8, and a choice or an
    /// accepted answer with � in it would grade what nobody wrote.
    func quizDiagnostics(for url: URL) -> [Diagnostic] {
        guard let place = firstInvalidByte else { return [] }
        return [.error(.giftNotUTF8, file: url, line: place.line, column: place.column)]
    }
}
