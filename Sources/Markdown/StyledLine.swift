import Canvas

/// What a piece of rendered text is, so a theme can decide how it looks. Roles combine: a link
/// inside strong text is `[.strong, .link]`.
public struct Role: OptionSet, Sendable, Hashable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    public static let heading1 = Role(rawValue: 1 << 0)
    public static let heading2 = Role(rawValue: 1 << 1)
    /// Levels 3 to 6.
    public static let heading3 = Role(rawValue: 1 << 2)
    public static let emphasis = Role(rawValue: 1 << 3)
    public static let strong = Role(rawValue: 1 << 4)
    public static let strikethrough = Role(rawValue: 1 << 5)
    public static let code = Role(rawValue: 1 << 6)
    public static let codeBlock = Role(rawValue: 1 << 7)
    public static let link = Role(rawValue: 1 << 8)
    public static let linkNumber = Role(rawValue: 1 << 9)
    public static let quote = Role(rawValue: 1 << 10)
    public static let tableBorder = Role(rawValue: 1 << 11)
    public static let muted = Role(rawValue: 1 << 12)
    /// Bullets, numbers and check boxes of lists.
    public static let marker = Role(rawValue: 1 << 13)

    public static let plain: Role = []

    public static func heading(_ level: Int) -> Role {
        switch level {
        case ...1: return .heading1
        case 2: return .heading2
        default: return .heading3
        }
    }
}

/// A stretch of text in one role.
public struct Run: Sendable, Hashable {
    public var text: String
    public var role: Role

    public init(_ text: String, _ role: Role = .plain) {
        self.text = text
        self.role = role
    }
}

/// One line of a rendered module: runs laid side by side, `width` display columns in all.
public struct StyledLine: Sendable, Hashable {
    public var runs: [Run]
    public var width: Int

    public init(runs: [Run], width: Int) {
        self.runs = runs
        self.width = width
    }

    public init(runs: [Run]) {
        self.init(runs: runs, width: runs.reduce(0) { $0 + columns($1.text) })
    }

    public static let empty = StyledLine(runs: [], width: 0)

    public var text: String { runs.map(\.text).joined() }
}

/// Display columns of text, with a fast path for ASCII (most of any module).
func columns<S: StringProtocol>(_ text: S) -> Int {
    var ascii = true
    var count = 0
    for byte in text.utf8 {
        if byte >= 0x80 || byte < 0x20 { ascii = false; break }
        count += 1
    }
    return ascii ? count : displayWidth(text)
}
