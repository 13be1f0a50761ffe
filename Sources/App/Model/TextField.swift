/// A line of text being typed, edited by grapheme: the cursor never lands inside a wide
/// character or between a letter and its combining mark, and backspace removes what you see.
public struct TextField: Sendable, Hashable {
    public private(set) var characters: [Character]
    /// Index into `characters`: the cursor stands before this character.
    public private(set) var cursor: Int

    public init(_ text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    public var text: String { String(characters) }

    /// Puts the cursor before character `index` (kept within the text).
    public mutating func move(to index: Int) {
        cursor = min(max(index, 0), characters.count)
    }

    /// Applies an editing key; returns false for keys that do not edit text.
    public mutating func edit(_ key: Canvas.Key) -> Bool {
        switch key {
        case .character(let character):
            characters.insert(character, at: cursor)
            cursor += 1
        case .backspace:
            guard cursor > 0 else { return true }
            cursor -= 1
            characters.remove(at: cursor)
        case .delete:
            if cursor < characters.count { characters.remove(at: cursor) }
        case .left: cursor = max(cursor - 1, 0)
        case .right: cursor = min(cursor + 1, characters.count)
        case .home, .control("a"): cursor = 0
        case .end, .control("e"): cursor = characters.count
        case .control("u"):
            characters.removeFirst(cursor)
            cursor = 0
        default: return false
        }
        return true
    }
}

import Canvas
