import ArgumentParser
import Localization
import Markdown
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `belajar render FILE.md`: a module as the reader shows it, for trainers previewing their text
/// and for scripts. SGR attributes go out only when asked or on a terminal.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render", abstract: "Tampilkan modul Markdown / Render a Markdown module.")

    @Argument(help: "Berkas modul .md / Module file.") var file: String
    @Option(help: "Lebar dalam kolom (bawaan: lebar terminal, atau 80) / Width in columns.") var width: Int?
    @Option(help: "Warna: auto | always | never / Colour.") var color: String = "auto"
    @Option(help: "Bahasa: id | en / Language.") var lang: String?

    func run() throws {
        let environment = Self.environment
        let language = Language.resolve(flag: lang, environment: environment)
        guard let mode = ColorChoice(rawValue: color) else { throw fail(.badColor, language, ["value": color]) }
        if let width, !(Layout.minimumWidth...1000).contains(width) { throw fail(.badWidth, language, ["value": String(width)]) }
        let bytes: [UInt8]
        do { bytes = try Self.read(file) } catch { throw fail(.cannotRead, language, ["file": file, "reason": error.reason]) }
        let (text, hadInvalidUTF8) = ModuleDocument.decode(bytes)
        if hadInvalidUTF8 { Self.write(MarkdownText.invalidUTF8.text(in: language, ["file": file]) + "\n", to: STDERR_FILENO) }
        let rendered = ModuleDocument.parseAndLayout(
            text, width: width ?? Self.terminalWidth(environment), charset: Charset(environment: environment), language: language
        ).rendered
        let output = rendered.terminalBytes(theme: mode.theme(isTerminal: isatty(STDOUT_FILENO) != 0, environment: environment))
        Self.write(output, to: STDOUT_FILENO)
        // A 1 MB module is a few hundred thousand small objects; the process is done with them,
        // and freeing them one by one would cost a tenth of the run.
        Glibc.exit(0)
    }

    private func fail(_ message: MarkdownText, _ language: Language, _ arguments: [String: String]) -> ExitCode {
        Self.write(message.text(in: language, arguments) + "\n", to: STDERR_FILENO)
        return .failure
    }
}

struct ReadError: Error {
    let reason: String
}

extension Error {
    var reason: String { (self as? ReadError)?.reason ?? String(describing: self) }
}

extension Render {
    static var environment: [String: String] {
        var result: [String: String] = [:]
        var pointer = environ
        while let entry = pointer.pointee {
            let pair = String(cString: entry).split(separator: "=", maxSplits: 1)
            if pair.count == 2 { result[String(pair[0])] = String(pair[1]) }
            pointer += 1
        }
        return result
    }

    static func read(_ path: String) throws -> [UInt8] {
        guard let handle = fopen(path, "rb") else { throw ReadError(reason: String(cString: strerror(errno))) }
        defer { fclose(handle) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = fread(&chunk, 1, chunk.count, handle)
            bytes.append(contentsOf: chunk[0..<count])
            if count < chunk.count {
                if ferror(handle) != 0 { throw ReadError(reason: String(cString: strerror(errno))) }
                return bytes
            }
        }
    }

    static func terminalWidth(_ environment: [String: String]) -> Int {
        var size = winsize()
        if isatty(STDOUT_FILENO) != 0, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return max(Int(size.ws_col), Layout.minimumWidth)
        }
        return 80
    }

    static func write(_ text: String, to descriptor: Int32) {
        write(Array(text.utf8), to: descriptor)
    }

    static func write(_ bytes: [UInt8], to descriptor: Int32) {
        bytes.withUnsafeBufferPointer { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written <= 0 { return }
                offset += written
            }
        }
    }
}
