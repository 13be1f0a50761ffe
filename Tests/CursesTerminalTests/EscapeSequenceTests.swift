import Canvas
@testable import CursesTerminal
import Testing

/// The bytes real terminals send for each key (captured with `cat -v` in each), read whole.
@Suite struct EscapeSequenceTests {
    private func keys(_ text: String) -> [Key] { EscapeSequences.keys(in: Array(text.utf8)) }

    @Test(arguments: [
        // xterm (normal and application cursor mode), GNOME Terminal, VTE.
        ("\u{1B}[A", Key.up), ("\u{1B}[B", .down), ("\u{1B}[C", .right), ("\u{1B}[D", .left),
        ("\u{1B}OA", .up), ("\u{1B}OB", .down), ("\u{1B}OC", .right), ("\u{1B}OD", .left),
        ("\u{1B}[H", .home), ("\u{1B}[F", .end), ("\u{1B}OH", .home), ("\u{1B}OF", .end),
        ("\u{1B}[5~", .pageUp), ("\u{1B}[6~", .pageDown), ("\u{1B}[3~", .delete), ("\u{1B}[Z", .backTab),
        ("\u{1B}OP", .function(1)), ("\u{1B}[15~", .function(5)), ("\u{1B}[24~", .function(12)),
        ("\u{1B}[1;5A", .up), ("\u{1B}[1;2H", .home), ("\u{1B}OM", .enter),
    ])
    func xterm(bytes: String, key: Key) {
        #expect(keys(bytes) == [key])
    }

    /// PuTTY's default (ESC [n~), what tmux sends inside under TERM=screen, rxvt's 7~ and 8~.
    @Test(arguments: [
        ("\u{1B}[1~", Key.home), ("\u{1B}[4~", .end), ("\u{1B}[7~", .home), ("\u{1B}[8~", .end),
        ("\u{1B}[11~", .function(1)), ("\u{1B}[2~", nil),
    ] as [(String, Key?)])
    func puttyTmuxRxvt(bytes: String, key: Key?) {
        #expect(keys(bytes) == (key.map { [$0] } ?? []))
    }

    /// The Linux console: Home and End as ESC [1~ and ESC [4~, F1-F5 as ESC [ [ A-E.
    @Test func linuxConsole() {
        #expect(keys("\u{1B}[1~\u{1B}[4~") == [.home, .end])
        #expect(keys("\u{1B}[[A\u{1B}[[E") == [.function(1), .function(5)])
    }

    /// Home in the first-run form must not quit: no sequence, known or not, reads as Escape.
    @Test func unknownSequencesAreNeverEscape() {
        #expect(keys("\u{1B}[99~") == [])
        #expect(keys("\u{1B}[200~") == [])
        #expect(keys("\u{1B}[?1;2c") == [])
        #expect(keys("\u{1B}Ox") == [])
        #expect(!keys("\u{1B}[").contains(.escape))
    }

    /// Esc and then a key, sent together as tmux's send-keys does: both count.
    @Test func escapeThenAKeyIsBoth() {
        #expect(keys("\u{1B}q") == [.escape, .character("q")])
    }

    @Test func aLoneEscapeIsEscape() {
        #expect(keys("\u{1B}") == [.escape])
        #expect(keys("\u{1B}\u{1B}") == [.escape, .escape])
        #expect(keys("\u{1B}\u{1B}[A") == [.escape, .up])
    }

    @Test func keysTypedAfterASequenceAreKept() {
        #expect(keys("\u{1B}[1~j\u{1B}[4~é") == [.home, .character("j"), .end, .character("é")])
        #expect(keys("a\r\t\u{7F}\u{03}") == [.character("a"), .enter, .tab, .backspace, .control("c")])
    }

    /// What `define_key` registers is what the byte decoder reads, so both paths agree.
    @Test func registeredSequencesDecodeTheSame() {
        for (bytes, key) in EscapeSequences.registered {
            #expect(keys(bytes) == [key], "\(Array(bytes.utf8))")
        }
    }
}
