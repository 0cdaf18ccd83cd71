#ifndef ACCORD_CREADLINE_SHIM_H
#define ACCORD_CREADLINE_SHIM_H

#include <stdio.h>
#include <readline/readline.h>
#include <readline/history.h>

/* Swift 6 rejects assignments to readline's mutable C globals as not
   concurrency-safe; these setters keep that mutation on the C side. */

#endif
