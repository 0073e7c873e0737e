#ifndef RECALL_CNCURSESW_SHIM_H
#define RECALL_CNCURSESW_SHIM_H
/* Wide-character curses needs this before the header; SwiftPM drops pkg-config's flags. */
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <ncursesw/ncurses.h>
#endif
