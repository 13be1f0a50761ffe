import Testing
import Foundation
@testable import CourseKit

/// Thousands of odd GIFT blocks, made from the format's own symbols: the parser must never crash,
/// and every block that is a question must come out as a question or as an error, never vanish.
@Suite struct GIFTRobustnessTests {
    static let tokens = ["{", "}", "~", "=", "#", "####", "%", "%50%", "%-100%", ":", "::", "->", "..", "\\",
                         "\\{", "\\=", "\\n", "a", "b c", "1", "2.5", "-3", " ", "\n", "T", "FALSE", "[html]",
                         "[markdown]", "$CATEGORY:", "//", "é", "中"]

    @Test func everyQuestionBlockIsReadOrReported() {
        var random = SeededTokens(seed: 20_261_129)
        var checked = 0
        for _ in 0..<5000 {
            let length = Int(random.next() % 14) + 1
            let source = (0..<length).map { _ in Self.tokens[Int(random.next() % UInt64(Self.tokens.count))] }.joined()
            let blocks = GIFTParser.blocks(of: source)
            guard blocks.count == 1 else { continue }
            let text = GIFTText.joining(lines: blocks[0])
            guard !text.isEmpty, !text.hasPrefix("$CATEGORY:") else { continue }
            let result = GIFTParser.parse(source, file: URL(fileURLWithPath: "/acak.gift"))
            #expect(result.questions.count == 1 || result.diagnostics.hasErrors, "\(source.debugDescription)")
            #expect(result.questions.count + result.diagnostics.errorCount >= 1)
            checked += 1
        }
        #expect(checked > 1000)
    }
}

/// Knuth's MMIX linear congruential generator: seeded, so a failure can be replayed.
struct SeededTokens {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state >> 33
    }
}
