// Glibc's Swift module hides wcwidth (it needs _XOPEN_SOURCE, which SwiftPM does not set);
// declare it here so Canvas measures text with the same function ncurses uses.
#include <stddef.h>
#include <locale.h>
int wcwidth(wchar_t c);
static inline int belajar_wcwidth(unsigned int c) { return wcwidth((wchar_t)c); }
