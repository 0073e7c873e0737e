#ifndef RECALL_CNCURSESW_SHIM_H
#define RECALL_CNCURSESW_SHIM_H
/* Wide-character curses needs this before the header; SwiftPM drops pkg-config's flags. */
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <errno.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/ncurses.h>

/* libc's idea of a character's width (declared here in case wchar.h hid it). The backend
   compares it with TerminalUI's own widths, since curses lays characters out with this one. */
extern int wcwidth(wchar_t c);

/* Globals and macros Swift 6 cannot use directly. */
static inline WINDOW *recall_stdscr(void) { return stdscr; }
static inline int recall_lines(void) { return LINES; }
static inline int recall_cols(void) { return COLS; }
static inline int recall_getmaxy(WINDOW *window) { return getmaxy(window); }
static inline int recall_getmaxx(WINDOW *window) { return getmaxx(window); }
static inline FILE *recall_stdout(void) { return stdout; }
static inline FILE *recall_stdin(void) { return stdin; }
static inline int recall_errno(void) { return errno; }

static inline attr_t recall_a_normal(void) { return A_NORMAL; }
static inline attr_t recall_a_bold(void) { return A_BOLD; }
static inline attr_t recall_a_dim(void) { return A_DIM; }
static inline attr_t recall_a_reverse(void) { return A_REVERSE; }
static inline attr_t recall_a_underline(void) { return A_UNDERLINE; }
static inline attr_t recall_color_pair(int pair) { return (attr_t)COLOR_PAIR(pair); }

static inline int recall_err(void) { return ERR; }
static inline int recall_ok(void) { return OK; }
static inline int recall_key_code_yes(void) { return KEY_CODE_YES; }
static inline int recall_key_resize(void) { return KEY_RESIZE; }
static inline int recall_key_up(void) { return KEY_UP; }
static inline int recall_key_down(void) { return KEY_DOWN; }
static inline int recall_key_left(void) { return KEY_LEFT; }
static inline int recall_key_right(void) { return KEY_RIGHT; }
static inline int recall_key_home(void) { return KEY_HOME; }
static inline int recall_key_end(void) { return KEY_END; }
static inline int recall_key_page_up(void) { return KEY_PPAGE; }
static inline int recall_key_page_down(void) { return KEY_NPAGE; }
static inline int recall_key_backspace(void) { return KEY_BACKSPACE; }
static inline int recall_key_delete(void) { return KEY_DC; }
static inline int recall_key_insert(void) { return KEY_IC; }
static inline int recall_key_enter(void) { return KEY_ENTER; }
static inline int recall_key_back_tab(void) { return KEY_BTAB; }
static inline int recall_key_f0(void) { return KEY_F0; }

/* Whether the current terminal can move the cursor anywhere (`cup`): `dumb` and other
   hard-copy types cannot, and curses accepts them without complaint. */
static inline int recall_can_address_cursor(void) {
    char *move = tigetstr("cup");
    return move != NULL && move != (char *)-1;
}

/* Draws one cell: the grapheme cluster `chars` (a spacing character, then up to
   CCHARW_MAX - 1 combining ones; zero-terminated) at row y, column x. Returns ERR when curses
   refuses the cluster (for example an emoji sequence whose later parts are not combining). */
static inline int recall_draw_cell(WINDOW *window, int y, int x, const wchar_t *chars, attr_t attrs, short pair) {
    cchar_t cell;
    if (setcchar(&cell, chars, attrs, pair, NULL) == ERR) return ERR;
    if (wmove(window, y, x) == ERR) return ERR;
    /* Writing the bottom-right cell reports ERR (the cursor cannot advance) but draws it. */
    wadd_wch(window, &cell);
    return OK;
}

/* Writes a whole grapheme cluster (an emoji ZWJ sequence, an emoji with a skin tone) into the
   cell at row y, column x: `count` scalars, the first a wide one. `setcchar` stops at the first
   scalar after the base that has a width of its own, so the rest are put in the cell directly;
   curses sends them all, in order, when it draws the cell, and counts the base's width. */
static inline int recall_draw_cluster(WINDOW *window, int y, int x, const wchar_t *chars, int count, attr_t attrs, short pair) {
    cchar_t cell;
    wchar_t base[2] = { chars[0], 0 };
    if (setcchar(&cell, base, attrs, pair, NULL) == ERR) return ERR;
    for (int i = 1; i < count && i < CCHARW_MAX; ++i) cell.chars[i] = chars[i];
    if (wmove(window, y, x) == ERR) return ERR;
    wadd_wch(window, &cell);
    return OK;
}

/* Tells curses the terminal's size now, if it changed while another program had the terminal
   (the resize signal went to that program, not to curses). */
static inline void recall_sync_size(void) {
    struct winsize size;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_row > 0 && size.ws_col > 0
        && (size.ws_row != LINES || size.ws_col != COLS)) {
        resize_term(size.ws_row, size.ws_col);
    }
}

/* ---- Signals ----
   Installs `handler` for `signo`, saving the disposition it replaces in `previous`. (A header
   cannot keep static state for Swift, so the caller owns the storage.) */
static inline int recall_install_handler(int signo, void (*handler)(int), struct sigaction *previous) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    return sigaction(signo, &action, previous);
}

/* Puts back a disposition saved by recall_install_handler. Async-signal-safe. */
static inline int recall_restore_handler(int signo, const struct sigaction *previous) {
    return sigaction(signo, previous, NULL);
}

/* Stops the process as Ctrl-Z would (with SIGTSTP's default action, whatever handler curses
   installed) and returns once it is continued. */
static inline void recall_stop_self(void) {
    struct sigaction stop, previous;
    memset(&stop, 0, sizeof stop);
    stop.sa_handler = SIG_DFL;
    sigemptyset(&stop.sa_mask);
    sigaction(SIGTSTP, &stop, &previous);
    sigset_t tstp, mask;
    sigemptyset(&tstp);
    sigaddset(&tstp, SIGTSTP);
    sigprocmask(SIG_UNBLOCK, &tstp, &mask);
    kill(getpid(), SIGTSTP);
    sigprocmask(SIG_SETMASK, &mask, NULL);
    sigaction(SIGTSTP, &previous, NULL);
}

#endif
