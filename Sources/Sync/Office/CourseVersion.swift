import Basics
import FoundationEssentials

/// Semantic versions compared as SemVer orders them: numbers numerically, a pre-release below
/// its release. An older course never replaces a newer one.
enum CourseVersion {
    static func isOlder(_ version: String, than other: String) -> Bool {
        let (a, b) = (parts(version), parts(other))
        if a.numbers != b.numbers { return a.numbers.lexicographicallyPrecedes(b.numbers) }
        switch (a.preRelease, b.preRelease) {
        case (nil, _): return false
        case (_?, nil): return true
        case (let x?, let y?): return NaturalOrder.precedes(x, y)
        }
    }

    private static func parts(_ version: String) -> (numbers: [Int], preRelease: String?) {
        let core = version.split(separator: "+", maxSplits: 1).first.map(String.init) ?? version
        let pieces = core.split(separator: "-", maxSplits: 1).map(String.init)
        let numbers = (pieces.first ?? "").split(separator: ".").map { Int($0) ?? 0 }
        return (numbers + Array(repeating: 0, count: max(0, 3 - numbers.count)), pieces.count > 1 ? pieces[1] : nil)
    }
}
