// SwiftPM drops ncursesw's -D_XOPEN_SOURCE flags; without NCURSES_WIDECHAR the wide-character
// API (get_wch, setcchar, mvadd_wch) is not declared.
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Swift 6 rejects the mutable curses globals; read them through functions.
static inline WINDOW *belajar_stdscr(void) { return stdscr; }
static inline int belajar_lines(void) { return LINES; }
static inline int belajar_cols(void) { return COLS; }
