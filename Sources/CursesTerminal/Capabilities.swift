/// What a terminal can do, as the bytes of each ability: read from terminfo for the real
/// terminal, or a fixed table in tests, so the frame writer is a pure function of it.
/// A missing ability is nil; the writer then does without it (redraws rows instead of
/// scrolling, leaves an attribute out).
struct Capabilities: Sendable {
    /// Moves the cursor to (row, column), both from 0.
    var cursorAddress: @Sendable (Int, Int) -> String
    /// Moves the cursor right by n columns.
    var cursorForward: (@Sendable (Int) -> String)?
    var carriageReturn: String?
    /// Moves the cursor to the top left.
    var cursorHome: String?
    var clearScreen: String
    var clearToEndOfLine: String?
    /// Sets the scroll region to rows top...bottom; the cursor is left anywhere.
    var scrollRegion: (@Sendable (Int, Int) -> String)?
    /// Scrolls the region up (at its bottom row) or down (at its top row) by one line.
    var scrollForward: String?
    var scrollReverse: String?
    /// Deletes or inserts n lines at the cursor's row; the lines below move within the screen.
    var deleteLines: (@Sendable (Int) -> String)?
    var insertLines: (@Sendable (Int) -> String)?
    var resetAttributes: String
    var bold: String?
    var dim: String?
    var italic: String?
    var underline: String?
    var reverse: String?
    var foreground: (@Sendable (Int) -> String)?
    var background: (@Sendable (Int) -> String)?
    /// Writing the last column wraps the cursor (am); the wrap waits for the next character (xenl).
    var autoMargins: Bool
    var delayedWrap: Bool

    /// terminfo's padding (`$<2>`, a delay for old hardware) is not for the screen: drop it.
    static func withoutPadding(_ text: String) -> String {
        var result: [Character] = []
        var characters = Array(text)[...]
        while let first = characters.first {
            if first == "$", characters.dropFirst().first == "<", let end = characters.firstIndex(of: ">") {
                characters = characters[(end + 1)...]
            } else {
                result.append(first)
                characters = characters.dropFirst()
            }
        }
        return String(result)
    }

    /// An ability that takes a count, from its counted form (`dl`) and its one-step form (`dl1`),
    /// whichever is shorter for each count: `ESC[M` rather than `ESC[1M`.
    static func counted(_ many: (@Sendable (Int) -> String)?, one: String?) -> (@Sendable (Int) -> String)? {
        guard let one else { return many }
        return { count in
            let repeated = String(repeating: one, count: count)
            guard let counted = many?(count), counted.utf8.count < repeated.utf8.count else { return repeated }
            return counted
        }
    }
}
