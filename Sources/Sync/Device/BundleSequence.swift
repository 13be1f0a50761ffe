import Foundation

/// Numbers this device's bundles 1, 2, 3… in a file beside its key. The number is taken before
/// the bundle is written, so a power cut can leave a gap in the series but never two different
/// bundles with one number.
enum BundleSequence {
    static let fileName = "bundle.sequence"

    static func next(in folder: String) throws -> Int {
        let path = (folder as NSString).appendingPathComponent(fileName)
        let last = FileManager.default.contents(atPath: path)
            .flatMap { Int(String(decoding: $0, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) } ?? 0
        try AtomicFile.write(Data("\(last + 1)\n".utf8), to: path)
        return last + 1
    }
}
