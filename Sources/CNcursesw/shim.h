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
static inline int belajar_color_pairs(void) { return COLOR_PAIRS; }

// Attribute and colour-pair macros are not imported into Swift.
static inline attr_t belajar_attr_bold(void) { return A_BOLD; }
static inline attr_t belajar_attr_dim(void) { return A_DIM; }
static inline attr_t belajar_attr_italic(void) { return A_ITALIC; }
static inline attr_t belajar_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t belajar_attr_reverse(void) { return A_REVERSE; }
static inline int belajar_key_f(int n) { return KEY_F(n); }

// A signal that ends the program must not leave the terminal in raw mode with no echo.
// The handler lives in C so it runs without touching the Swift runtime.
static void belajar_restore_and_reraise(int signal_number) {
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
