import Canvas
import CNcursesw

/// Turns what `get_wch` returns into a `Key`: a function-key code, or a character.
enum KeyDecoder {
    static func key(code: UInt32, isFunctionKey: Bool) -> Key? {
        isFunctionKey ? functionKey(Int32(truncatingIfNeeded: code)) : character(code)
    }

    /// The ncurses code `define_key` registers a sequence as.
    static func code(of key: Key) -> Int32? {
        switch key {
        case .home: KEY_HOME
        case .end: KEY_END
        default: nil
        }
    }

    private static func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME: return .home
        case KEY_END, KEY_LL: return .end
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_BTAB: return .backTab
        default:
            let first = belajar_key_f(1)
            if code >= first && code < first + 64 { return .function(Int(code - first + 1)) }
            return nil
        }
    }

    private static func character(_ code: UInt32) -> Key? {
        switch code {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26:
            return .control(Character(Unicode.Scalar(code + 96)!))
        case 0..<32: return nil
        default:
            return Unicode.Scalar(code).map { .character(Character($0)) }
        }
    }
}
