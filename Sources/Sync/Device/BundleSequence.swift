import Basics
import FoundationEssentials
import Glibc

/// Numbers this device's bundles 1, 2, 3… in a file beside its key. The number is taken before
/// the bundle is written, so a power cut can leave a gap in the series but never two different
/// bundles with one number; an export that fails gives its number back, so a full USB stick
/// tried again and again leaves no gaps for the office to chase.
enum BundleSequence {
    static let fileName = "bundle.sequence"

    static func next(in folder: String) throws -> Int {
        let number = last(in: folder) + 1
        try AtomicFile.write(Data("\(number)\n".utf8), to: path(folder))
        return number
    }

    /// Gives `number` back when it is still the last one taken.
    static func release(_ number: Int, in folder: String) throws {
        guard last(in: folder) == number else { return }
        try AtomicFile.write(Data("\(number - 1)\n".utf8), to: path(folder))
    }

    private static func last(in folder: String) -> Int {
        FileManager.default.contents(atPath: path(folder))
            .flatMap { Int(String(decoding: $0, as: UTF8.self).trimmed) } ?? 0
    }

    private static func path(_ folder: String) -> String { Path.join(folder, fileName) }
}
