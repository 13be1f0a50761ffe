import Canvas
import Foundation
import Markdown
import Testing
import TestSupport

func render(_ markdown: String, width: Int = 80, charset: Charset = .utf8) -> RenderedModule {
    ModuleDocument.parse(markdown).layout(width: width, charset: charset)
}

func texts(_ module: RenderedModule) -> [String] { module.lines.map(\.text) }

/// Scalars that must never reach a terminal from course text.
func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00..<0x20, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
    default: return false
    }
}

/// What must hold for any input at any width: no line wider than the width except a table that
/// cannot shrink, every line's recorded width true, and no control character anywhere.
func checkInvariants(_ module: RenderedModule, width: Int, input: String,
                     sourceLocation: SourceLocation = #_sourceLocation) {
    for (index, line) in module.lines.enumerated() {
        let text = line.text
        #expect(line.width == displayWidth(text), "line \(index) width of \(input.debugDescription.prefix(80))",
                sourceLocation: sourceLocation)
        if line.width > width {
            #expect(line.runs.contains { $0.role.contains(.tableBorder) },
                    "line \(index) is \(line.width) wide at \(width): \(text.prefix(120))", sourceLocation: sourceLocation)
        }
        let bad = text.unicodeScalars.first(where: isForbidden)
        #expect(bad == nil, "line \(index) holds U+\(String(bad?.value ?? 0, radix: 16))", sourceLocation: sourceLocation)
    }
}

/// Golden files live beside the tests (TestSupport's `Snapshot`); `BELAJAR_RECORD_SNAPSHOTS=1`
/// writes them, then review the diff before committing.
func expectSnapshot(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    if let mismatch = Snapshot.mismatch(actual, named: name, in: folder) {
        Issue.record(Comment(rawValue: mismatch), sourceLocation: sourceLocation)
    }
}

/// A small deterministic generator, so a failing random input can be reproduced from its seed.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
