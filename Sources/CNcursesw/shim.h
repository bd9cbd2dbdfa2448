// Tiny shim so Swift can use ncursesw's wide-character API.
// SwiftPM drops pkg-config's -D_XOPEN_SOURCE, so the wide API must be switched on here.
#ifndef PARALLAX_CNCURSESW_SHIM_H
#define PARALLAX_CNCURSESW_SHIM_H

#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// glibc declares wcwidth only under __USE_XOPEN, which Swift does not see.
extern int wcwidth(wchar_t c);

// Macros and globals that Swift cannot import (or rejects in Swift 6 mode).
static inline attr_t px_attr_bold(void) { return A_BOLD; }
static inline attr_t px_attr_reverse(void) { return A_REVERSE; }
static inline attr_t px_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t px_attr_dim(void) { return A_DIM; }
static inline attr_t px_attr_normal(void) { return A_NORMAL; }
static inline WINDOW *px_stdscr(void) { return stdscr; }
static inline int px_lines(void) { return LINES; }
static inline int px_cols(void) { return COLS; }
static inline int px_colors(void) { return COLORS; }
static inline int px_color_pairs(void) { return COLOR_PAIRS; }
static inline int px_wcwidth(unsigned int c) { return wcwidth((wchar_t)c); }

#endif
