#ifndef ACCORD_CREADLINE_SHIM_H
#define ACCORD_CREADLINE_SHIM_H

#include <signal.h>
#include <stdio.h>
#include <termios.h>
#include <readline/readline.h>
#include <readline/history.h>

/* Swift 6 rejects assignments to readline's mutable C globals as not
   concurrency-safe; these setters keep that mutation on the C side. They hold no
   state of their own. */

/* Readline's own settings for Accord: no signal handlers of its own (Accord keeps Ctrl-C
   as a key, below), window-size changes followed, LINES and COLUMNS left alone. */
static inline void accord_rl_configure(void) {
    rl_readline_name = "accord";
    rl_catch_signals = 0;
    rl_catch_sigwinch = 1;
    rl_change_environment = 0;
    rl_completer_word_break_characters = ",";
    rl_completer_quote_characters = "";
}

/* Prepares the terminal as readline does, then turns off ISIG so that Ctrl-C reaches
   readline as a key (bound by Accord) instead of killing the process mid-line. Readline
   restores the saved settings, ISIG included, when the line is done. */
static inline void accord_rl_prep_terminal_keeping_ctrl_c(int meta) {
    rl_prep_terminal(meta);
    int fd = fileno(rl_instream ? rl_instream : stdin);
    struct termios settings;
    if (tcgetattr(fd, &settings) == 0) {
        settings.c_lflag &= ~(tcflag_t)ISIG;
        tcsetattr(fd, TCSANOW, &settings);
    }
}

/* Edits with plain backspaces and spaces, never escape sequences, whatever TERM says
   (accessible mode: screen readers read escape sequences aloud or stumble on them). */
static inline void accord_rl_use_dumb_terminal(void) {
    rl_terminal_name = "dumb";
}

static inline void accord_rl_keep_ctrl_c_as_key(void) {
    rl_prep_term_function = accord_rl_prep_terminal_keeping_ctrl_c;
}

static inline void accord_rl_set_attempted_completion_function(rl_completion_func_t *function) {
    rl_attempted_completion_function = function;
}

static inline void accord_rl_set_startup_hook(rl_hook_func_t *hook) {
    rl_startup_hook = hook;
}

static inline void accord_rl_set_completion_append_character(int character) {
    rl_completion_append_character = character;
}

static inline void accord_rl_set_attempted_completion_over(int over) {
    rl_attempted_completion_over = over;
}

static inline void accord_rl_set_output(FILE *stream) {
    rl_outstream = stream;
}

static inline FILE *accord_rl_output(void) {
    return rl_outstream ? rl_outstream : stdout;
}

/* Reads each key through Accord's own function (the kiosk's reader notices a close request
   from another terminal while it waits for a key). */
static inline void accord_rl_set_getc_function(rl_getc_func_t *function) {
    rl_getc_function = function;
}

/* Installs a signal handler WITHOUT SA_RESTART, so that a blocking wait for a key returns
   EINTR and the reader can look at what the signal asked for (closing the kiosk). */
static inline int accord_install_interrupting_handler(int signal_number, void (*handler)(int)) {
    struct sigaction action;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    action.sa_handler = handler;
    return sigaction(signal_number, &action, NULL);
}

/* Ignores a signal (the kiosk ignores Ctrl-Z and Ctrl-\, which would hand the shell over). */
static inline void accord_ignore_signal(int signal_number) {
    signal(signal_number, SIG_IGN);
}

static inline FILE *accord_stdout(void) { return stdout; }
static inline FILE *accord_stderr(void) { return stderr; }

#endif
