/// A learner's PIN: what stands between whoever sits at a shared PC and another learner's JP.
/// Kept only as a yescrypt hash; the digits themselves never reach the store, a statement or a log.
public enum PIN {
    /// Digits only, as on a phone or an ATM: short enough to remember, and typed the same on any keyboard.
    public static let lengths = 4...8

    public enum Problem: Error, Sendable, Equatable {
        case notDigits
        case length(Int)
    }

    public static func validate(_ text: String) throws(Problem) -> String {
        guard text.allSatisfy({ $0.isASCII && $0.isNumber }) else { throw .notDigits }
        guard lengths.contains(text.count) else { throw .length(text.count) }
        return text
    }
}
