import CNcursesw

extension Capabilities {
    /// The abilities of `$TERM` as terminfo describes them (ncurses has read the entry).
    /// `colors` false leaves the colours out (`NO_COLOR`, a monochrome terminal).
    static func terminfo(colors: Bool) -> Capabilities {
        let address = two("cup") ?? { row, column in "\u{1B}[\(row + 1);\(column + 1)H" }
        return Capabilities(
            cursorAddress: address, cursorForward: one("cuf"), carriageReturn: string("cr"),
            cursorHome: string("home"),
            clearScreen: string("clear") ?? "\u{1B}[H\u{1B}[2J", clearToEndOfLine: string("el"),
            scrollRegion: two("csr"), scrollForward: string("ind"), scrollReverse: string("ri"),
            deleteLines: counted(one("dl"), one: string("dl1")), insertLines: counted(one("il"), one: string("il1")),
            resetAttributes: string("sgr0") ?? "", bold: string("bold"), dim: string("dim"), italic: string("sitm"),
            underline: string("smul"), reverse: string("rev"),
            foreground: colors ? one("setaf") : nil, background: colors ? one("setab") : nil,
            autoMargins: tigetflag("am") > 0, delayedWrap: tigetflag("xenl") > 0)
    }

    private static func string(_ name: String) -> String? {
        guard let value = tigetstr(name), Int(bitPattern: value) != -1 else { return nil }
        let text = withoutPadding(String(cString: value))
        return text.isEmpty ? nil : text
    }

    private static func one(_ name: String) -> (@Sendable (Int) -> String)? {
        guard let format = string(name) else { return nil }
        return { value in formatted(belajar_tiparm1(format, Int32(value))) }
    }

    private static func two(_ name: String) -> (@Sendable (Int, Int) -> String)? {
        guard let format = string(name) else { return nil }
        return { first, second in formatted(belajar_tiparm2(format, Int32(first), Int32(second))) }
    }

    private static func formatted(_ result: UnsafeMutablePointer<CChar>?) -> String {
        result.map { String(cString: $0) } ?? ""
    }
}
