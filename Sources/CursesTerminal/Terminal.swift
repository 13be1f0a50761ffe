import Canvas
import CNcursesw
#if canImport(Glibc)
import Glibc
#endif

/// What the terminal reports: a key press, or a new size after the window was resized.
public enum TerminalEvent: Sendable, Hashable {
    case key(Key)
    case resize(Size)
}

/// The only code that talks to the terminal (ncurses for modes and keys, the presenter for the screen). It owns the screen between `init` and `close()`:
/// raw mode (Ctrl-C arrives as a key, so the app quits through its own path and saves first),
/// wide-character input and output, colours when the terminal has them and the user allows.
public final class CursesTerminal {
    /// Whether styles may use colours: false for `NO_COLOR`, monochrome terminals (`TERM=vt100`).
    public let hasColors: Bool
    /// Whether the locale's charset is UTF-8; if not, non-ASCII cells are shown as ASCII.
    public let isUTF8: Bool
    private var presenter: Presenter
    private var isOpen = true
    /// Keys read along with an escape sequence, handed out one per call.
    private var queued: [Key] = []

    /// Esc is a key of its own here; 25 ms is long enough for an arrow's escape sequence over SSH.
    public static let escapeDelay: Int32 = 25

    public init(environment: [String: String], isUTF8: Bool) {
        setlocale(LC_ALL, "")
        belajar_restore_terminal_on_fatal_signals()
        initscr()
        raw()
        noecho()
        nonl()
        keypad(belajar_stdscr(), true)
        set_escdelay(Self.escapeDelay)
        for (bytes, key) in EscapeSequences.registered {
            if let code = KeyDecoder.code(of: key) { define_key(bytes, code) }
        }
        curs_set(0)
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        hasColors = !noColor && has_colors()
        self.isUTF8 = isUTF8
        presenter = Presenter(abilities: .terminfo(colors: hasColors), hasColors: hasColors, isUTF8: isUTF8)
        // ncurses keeps the terminal modes, the keys and the restore at the end; the presenter
        // writes the screen itself. This refresh sends what ncurses has set up (alternate screen,
        // hidden cursor), and leaves stdscr untouched, so reading a key never redraws it.
        refresh()
    }

    deinit { close() }

    public var size: Size { Size(width: Int(belajar_cols()), height: Int(belajar_lines())) }

    /// Puts the terminal back as it was. Safe to call twice.
    public func close() {
        guard isOpen else { return }
        isOpen = false
        Self.write(presenter.leaving(height: size.height))
        endwin()
    }

    /// Draws `buffer`: the bytes for what changed since the last frame, in one write.
    public func present(_ buffer: Buffer) {
        Self.write(presenter.bytes(for: buffer))
    }

    private static func write(_ text: String) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Glibc.write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            bytes = bytes.dropFirst(written)
        }
    }

    /// What ncurses already has after an ESC it did not read as a key: the rest of the sequence,
    /// which arrived with it (ncurses waited `escapeDelay` for it), and any keys typed after.
    private func pendingBytes() -> [UInt8] {
        var bytes: [UInt8] = []
        wtimeout(belajar_stdscr(), 0)
        while bytes.count < 64 {
            var character: wint_t = 0
            let status = get_wch(&character)
            if status == ERR { break }
            if status == KEY_CODE_YES {
                if let key = KeyDecoder.key(code: UInt32(character), isFunctionKey: true) { queued.append(key) }
                continue
            }
            bytes += Array(String(Unicode.Scalar(UInt32(character)).map(Character.init) ?? " ").utf8)
        }
        return bytes
    }

    /// Waits for a key or a resize: up to `milliseconds`, then nil; without a limit, until one comes.
    public func nextEvent(waitingAtMost milliseconds: Int32? = nil) -> TerminalEvent? {
        while true {
            if !queued.isEmpty { return .key(queued.removeFirst()) }
            wtimeout(belajar_stdscr(), milliseconds ?? -1)
            var character: wint_t = 0
            let status = get_wch(&character)
            if status == KEY_CODE_YES, Int32(character) == KEY_RESIZE {
                // ncurses has resized and touched its windows: let it settle now, before the
                // next frame, or the next key read would redraw its (blank) stdscr over it.
                refresh()
                presenter.invalidate()
                return .resize(size)
            }
            if status == ERR {
                if milliseconds != nil { return nil }
                continue
            }
            if status != KEY_CODE_YES, character == 27 {
                queued = EscapeSequences.keys(in: [27] + pendingBytes()) + queued
                continue
            }
            if let key = KeyDecoder.key(code: UInt32(character), isFunctionKey: status == KEY_CODE_YES) {
                return .key(key)
            }
        }
    }
}
