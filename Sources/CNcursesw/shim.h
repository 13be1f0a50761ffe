// SwiftPM drops ncursesw's -D_XOPEN_SOURCE flags; without NCURSES_WIDECHAR the wide-character
// API (get_wch, setcchar, mvadd_wch) is not declared.
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <wchar.h>
#include <signal.h>
#include <unistd.h>
#include <ncursesw/curses.h>

// Swift 6 rejects the mutable curses globals; read them through functions.
static inline WINDOW *belajar_stdscr(void) { return stdscr; }
static inline int belajar_lines(void) { return LINES; }
static inline int belajar_cols(void) { return COLS; }

// KEY_F is a macro, which Swift does not import.
static inline int belajar_key_f(int n) { return KEY_F(n); }

// tiparm is variadic, which Swift cannot call: one form per number of parameters.
static inline char *belajar_tiparm1(const char *capability, int a) { return tiparm(capability, a); }
static inline char *belajar_tiparm2(const char *capability, int a, int b) { return tiparm(capability, a, b); }

// The presenter writes attributes behind ncurses' back: reset them before ncurses restores the
// terminal, or the shell's prompt keeps the last colour.
static inline void belajar_reset_attributes(void) {
    char *reset = tigetstr("sgr0");
    if (reset != 0 && reset != (char *)-1) putp(reset);
}

// A signal that ends the program must not leave the terminal in raw mode with no echo.
// The handler lives in C so it runs without touching the Swift runtime.
static void belajar_restore_and_reraise(int signal_number) {
    belajar_reset_attributes();
    endwin();
    signal(signal_number, SIG_DFL);
    raise(signal_number);
}

static inline void belajar_restore_terminal_on_fatal_signals(void) {
    int signals[] = { SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGABRT, SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP };
    for (unsigned i = 0; i < sizeof signals / sizeof signals[0]; i++) {
        signal(signals[i], belajar_restore_and_reraise);
    }
}
