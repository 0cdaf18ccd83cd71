#ifndef ACCORD_CPSEUDOTERMINAL_H
#define ACCORD_CPSEUDOTERMINAL_H

/// Opens a pseudo-terminal pair of the given size. Returns 0 on success, -1 with errno set.
int accord_openpty(int *primary, int *secondary, unsigned short rows, unsigned short cols);

#endif
