// Tiny shim so Swift can use ncursesw's wide-character API.
// SwiftPM drops pkg-config's -D_XOPEN_SOURCE, so the wide API must be switched on here.
#ifndef PARALLAX_CNCURSESW_SHIM_H
#define PARALLAX_CNCURSESW_SHIM_H

#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <langinfo.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
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

// newterm on the process's own stdout/stdin (Swift 6 rejects the C globals `stdout`/`stdin`).
// Unlike initscr, newterm returns NULL for an unknown terminal instead of exiting the process.
// When standard input was a pipe (articles read from `-`), keys come from the controlling
// terminal instead.
#include <unistd.h>
static inline SCREEN *px_newterm(const char *term) {
    FILE *input = stdin;
    if (!isatty(fileno(stdin))) {
        FILE *tty = fopen("/dev/tty", "r");
        if (tty != NULL) input = tty;
    }
    return newterm(term, stdout, input);
}

// 1 when the current LC_CTYPE codeset is UTF-8.
static inline int px_codeset_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

// Mouse masks are built by function-like macros, which Swift cannot import.
static inline mmask_t px_mouse_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t px_mouse_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t px_mouse_wheel_up(void) { return BUTTON4_PRESSED; }
#ifdef BUTTON5_PRESSED
static inline mmask_t px_mouse_wheel_down(void) { return BUTTON5_PRESSED; }
#else
static inline mmask_t px_mouse_wheel_down(void) { return 0; }
#endif

// SIGINT/SIGTERM/SIGHUP only set a flag: the input loop (which wakes every few hundred ms)
// sees it and leaves through endwin, so the terminal is always restored. Installed before
// newterm, so ncurses keeps its hands off these signals (it still handles SIGTSTP and SIGWINCH).
static volatile sig_atomic_t px_quit_signal = 0;
static void px_on_quit_signal(int signal_number) { px_quit_signal = signal_number; }
static inline void px_install_quit_handlers(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = px_on_quit_signal;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, NULL);
    sigaction(SIGTERM, &action, NULL);
    sigaction(SIGHUP, &action, NULL);
    // A parent may have started us with signals blocked (the mask survives exec): unblock the
    // ones the reader relies on, or Ctrl-C, resize and suspend would silently do nothing.
    sigset_t wanted;
    sigemptyset(&wanted);
    sigaddset(&wanted, SIGINT);
    sigaddset(&wanted, SIGTERM);
    sigaddset(&wanted, SIGHUP);
    sigaddset(&wanted, SIGWINCH);
    sigaddset(&wanted, SIGTSTP);
    sigaddset(&wanted, SIGCONT);
    sigprocmask(SIG_UNBLOCK, &wanted, NULL);
}
static inline int px_quit_signal_received(void) { return px_quit_signal; }

#endif
