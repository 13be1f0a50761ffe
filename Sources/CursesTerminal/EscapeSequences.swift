import Canvas

/// Reads the bytes a terminal sends for keys, without a terminal: whole escape sequences, never
/// half of one. ncurses decodes the sequences of the `$TERM` entry; what it does not know reaches
/// the app as ESC and the bytes after it, and comes here. A sequence this table does not know is
/// dropped: reading it as Escape would leave a screen (Home in PuTTY quit the first-run form).
public enum EscapeSequences {
    /// Sequences terminfo entries often lack, registered with ncurses by `define_key` so they
    /// decode even when `$TERM` does not match the terminal (PuTTY and tmux under `TERM=xterm`).
    static let registered: [(bytes: String, key: Key)] = [
        ("\u{1B}[1~", .home), ("\u{1B}[7~", .home), ("\u{1B}[H", .home), ("\u{1B}OH", .home),
        ("\u{1B}[4~", .end), ("\u{1B}[8~", .end), ("\u{1B}[F", .end), ("\u{1B}OF", .end),
    ]

    /// The keys in `bytes`, in order: UTF-8 text, control keys, and escape sequences read whole.
    /// An ESC with nothing after it is Escape.
    public static func keys(in bytes: [UInt8]) -> [Key] {
        var keys: [Key] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x1B {
                let (key, length) = sequence(bytes[index...])
                if let key { keys.append(key) }
                index += length
            } else {
                let (key, length) = character(bytes[index...])
                if let key { keys.append(key) }
                index += length
            }
        }
        return keys
    }

    /// The key of the escape sequence at the start of `bytes`, and how many bytes it takes.
    static func sequence(_ bytes: ArraySlice<UInt8>) -> (Key?, Int) {
        let start = bytes.startIndex
        guard bytes.count > 1 else { return (.escape, 1) }
        switch bytes[start + 1] {
        case UInt8(ascii: "["):
            // CSI: parameters and intermediates (0x20-0x3F), then one final byte (0x40-0x7E).
            var end = start + 2
            // The Linux console's F1-F5 are ESC [ [ A..E.
            if end < bytes.endIndex, bytes[end] == UInt8(ascii: "["), end + 1 < bytes.endIndex {
                let key = (0x41...0x45).contains(bytes[end + 1]) ? Key.function(Int(bytes[end + 1]) - 0x40) : nil
                return (key, end + 2 - start)
            }
            while end < bytes.endIndex, (0x20...0x3F).contains(bytes[end]) { end += 1 }
            guard end < bytes.endIndex, (0x40...0x7E).contains(bytes[end]) else { return (nil, end - start) }
            let parameters = String(decoding: bytes[(start + 2)..<end], as: UTF8.self)
            return (csi(parameters, final: bytes[end]), end + 1 - start)
        case UInt8(ascii: "O"):
            guard bytes.count > 2 else { return (nil, 2) }
            return (ss3(bytes[start + 2]), 3)
        default:
            // Not a sequence: Escape, then a key typed right after it (Esc q in one breath, or
            // Alt-q, which no binding uses) read on its own.
            return (.escape, 1)
        }
    }

    /// `ESC [ params final`. A modifier (`1;5A` is Ctrl-Up) keeps the key it modifies.
    static func csi(_ parameters: String, final: UInt8) -> Key? {
        let first = Int(parameters.split(separator: ";").first ?? "") ?? 1
        switch final {
        case UInt8(ascii: "A"): return .up
        case UInt8(ascii: "B"): return .down
        case UInt8(ascii: "C"): return .right
        case UInt8(ascii: "D"): return .left
        case UInt8(ascii: "H"): return .home
        case UInt8(ascii: "F"): return .end
        case UInt8(ascii: "Z"): return .backTab
        case UInt8(ascii: "~"): return tilde(first)
        default: return nil
        }
    }

    /// `ESC [ n ~`: the editing keys as VT220, PuTTY, rxvt, tmux and the Linux console number them.
    static func tilde(_ number: Int) -> Key? {
        switch number {
        case 1, 7: .home
        case 4, 8: .end
        case 3: .delete
        case 5: .pageUp
        case 6: .pageDown
        case 11...15: .function(number - 10)
        case 17...21: .function(number - 11)
        case 23, 24: .function(number - 12)
        default: nil
        }
    }

    /// `ESC O x`: xterm's application cursor keys, Home/End, keypad Enter and F1-F4.
    static func ss3(_ final: UInt8) -> Key? {
        switch final {
        case UInt8(ascii: "A"): .up
        case UInt8(ascii: "B"): .down
        case UInt8(ascii: "C"): .right
        case UInt8(ascii: "D"): .left
        case UInt8(ascii: "H"): .home
        case UInt8(ascii: "F"): .end
        case UInt8(ascii: "M"): .enter
        case UInt8(ascii: "P")...UInt8(ascii: "S"): .function(Int(final) - Int(UInt8(ascii: "P")) + 1)
        default: nil
        }
    }

    /// One UTF-8 character or control byte at the start of `bytes`, and its length.
    static func character(_ bytes: ArraySlice<UInt8>) -> (Key?, Int) {
        let lead = bytes[bytes.startIndex]
        let length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        let end = min(bytes.startIndex + length, bytes.endIndex)
        let text = String(decoding: bytes[bytes.startIndex..<end], as: UTF8.self)
        guard let scalar = text.unicodeScalars.first, scalar != "\u{FFFD}" else { return (nil, end - bytes.startIndex) }
        return (KeyDecoder.key(code: scalar.value, isFunctionKey: false), end - bytes.startIndex)
    }
}
