import CReadline
import Glibc
import Synchronization

/// What keeps a participant from leaving the kiosk, and what lets the facilitator close it
/// from another terminal (`anonymity.md` rule 6).
///
/// Once engaged, SIGTERM and SIGUSR1 ask the kiosk to close: the readers notice it while
/// they wait for a key and end the line with `LineReadError.closeRequested`. Ctrl-Z and
/// Ctrl-\ (SIGTSTP, SIGQUIT), which would hand the shell to the participant, are ignored.
public enum KioskLock {
    /// Set by the SIGTERM/SIGUSR1 handler; read by the readers. Lock-free, so the handler may
    /// touch it.
    static let closeRequest = Atomic<Bool>(false)

    /// Whether the facilitator has asked the kiosk to close.
    public static var isCloseRequested: Bool { closeRequest.load(ordering: .relaxed) }

    /// Installs the kiosk's signal handling (idempotent). SIGTERM and SIGUSR1 are also
    /// unblocked: a parent may have left them blocked (libdispatch's worker threads block
    /// most signals, and a process spawned from one inherits that mask).
    public static func engage() {
        _ = accord_install_interrupting_handler(SIGTERM, requestClose)
        _ = accord_install_interrupting_handler(SIGUSR1, requestClose)
        var closing = sigset_t()
        sigemptyset(&closing)
        sigaddset(&closing, SIGTERM)
        sigaddset(&closing, SIGUSR1)
        sigprocmask(SIG_UNBLOCK, &closing, nil)
        accord_ignore_signal(SIGTSTP)
        accord_ignore_signal(SIGQUIT)
    }

    private static let requestClose: @convention(c) (Int32) -> Void = { _ in
        KioskLock.closeRequest.store(true, ordering: .relaxed)
    }
}

/// Waiting for one byte of terminal input in a way that a signal can interrupt: the
/// readline key reader and the hidden-line reader both use it.
enum TerminalKeys {
    /// The next byte typed on `descriptor`, or `EOF` at the end of input or when the kiosk
    /// is asked to close. Wakes up at least every quarter second to look at the request, so
    /// a signal arriving just before the wait is not missed for long.
    static func nextByte(from descriptor: Int32) -> Int32 {
        while true {
            if KioskLock.isCloseRequested { return EOF }
            if ReadlineState.interruptPending.load(ordering: .relaxed) { return EOF }
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, 250)
            if ready < 0 {
                if errno == EINTR { continue }
                return EOF
            }
            if ready == 0 { continue }
            var byte: UInt8 = 0
            let count = read(descriptor, &byte, 1)
            if count == 1 { return Int32(byte) }
            if count < 0, errno == EINTR { continue }
            return EOF
        }
    }
}
