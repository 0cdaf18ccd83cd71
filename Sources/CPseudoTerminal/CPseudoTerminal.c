#include "CPseudoTerminal.h"
#include <pty.h>
#include <stddef.h>
#include <sys/ioctl.h>

int accord_openpty(int *primary, int *secondary, unsigned short rows, unsigned short cols) {
    struct winsize size = { .ws_row = rows, .ws_col = cols, .ws_xpixel = 0, .ws_ypixel = 0 };
    return openpty(primary, secondary, NULL, NULL, &size);
}
