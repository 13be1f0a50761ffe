import CourseKit

/// The order an attempt shows a question's choices in: a permutation of their file indexes,
/// drawn from the attempt's seed and the question's id, so the same attempt always shows the
/// same order (after a resume, on any machine) and each question of it a different one.
/// Answers are still saved by file index: the order is only how they are shown.
public enum AnswerOrder {
    /// Display position -> file index of the choices (multiple choice, multiple answer) or of
    /// `MatchingOptions.of(pairs)` (matching). nil seed (shuffling off, or an attempt started
    /// before shuffling existed) and true/false keep the file's order: Benar, Salah.
    public static func of(_ question: Question, seed: UInt64?) -> [Int] {
        let count: Int
        switch question.kind {
        case .multipleChoice(let choices), .multipleAnswer(let choices): count = choices.count
        case .matching(let pairs): count = MatchingOptions.of(pairs).count
        case .trueFalse: count = 2
        default: count = 0
        }
        guard let seed, !isFixed(question) else { return Array(0..<count) }
        return permutation(count, seed: seed ^ fnv1a(question.id))
    }

    private static func isFixed(_ question: Question) -> Bool {
        if case .trueFalse = question.kind { return true }
        return false
    }

    /// Fisher-Yates with SplitMix64: the same on every platform and Swift version, unlike the
    /// standard library's generator, so a stored seed means the same order forever.
    static func permutation(_ count: Int, seed: UInt64) -> [Int] {
        var order = Array(0..<count)
        var state = seed
        for index in stride(from: count - 1, to: 0, by: -1) {
            state &+= 0x9E37_79B9_7F4A_7C15
            var mixed = state
            mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
            mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
            mixed ^= mixed >> 31
            order.swapAt(index, Int(mixed % UInt64(index + 1)))
        }
        return order
    }

    private static func fnv1a(_ text: String) -> UInt64 {
        text.utf8.reduce(0xCBF2_9CE4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01B3 }
    }
}
