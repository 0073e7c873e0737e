import CNcursesw

/// The signal dispositions replaced by `NcursesBackend.installSignalHandlers`, by signal
/// number. Allocated once, before any handler that reads it is installed; written only while
/// installing or restoring handlers, read by the crash handler.
nonisolated(unsafe) private let savedActions: UnsafeMutablePointer<sigaction> = {
    let actions = UnsafeMutablePointer<sigaction>.allocate(capacity: savedActionCount)
    actions.initialize(repeating: sigaction(), count: savedActionCount)
    return actions
}()

private let savedActionCount = 65

/// SIGTERM, SIGHUP, SIGINT, SIGQUIT: give the terminal back, exit with 128 + the signal.
/// `endwin` is not async-signal-safe in the strict POSIX sense; it writes the terminal's reset
/// sequence and restores the saved termios, the accepted practice for curses programs, and the
/// process ends right after with `_exit`.
private let exitOnSignal: @convention(c) (Int32) -> Void = { signal in
    endwin()
    _exit(128 + signal)
}

/// A crash (SIGSEGV, SIGILL, SIGTRAP, SIGBUS, SIGFPE, SIGABRT): give the terminal back, put the
/// previous handler back (the Swift runtime's crash report, or the default action) and raise
/// the signal again, so it is handled as before on a usable terminal (the signal is blocked
/// inside this handler, so it arrives as soon as the handler returns).
private let restoreOnCrash: @convention(c) (Int32) -> Void = { signal in
    endwin()
    _ = recall_restore_handler(signal, savedActions + Int(signal))
    raise(signal)
}

extension NcursesBackend {
    /// Signals that end the program. Ctrl-C arrives as a key in raw mode; these come from
    /// `kill` or a terminal that went away.
    static let exitSignals: [Int32] = [SIGTERM, SIGHUP, SIGINT, SIGQUIT]

    /// Signals of a crash.
    static let crashSignals: [Int32] = [SIGSEGV, SIGILL, SIGTRAP, SIGBUS, SIGFPE, SIGABRT]

    /// Installs the handlers that call `endwin` on the way out.
    static func installSignalHandlers() {
        let actions = savedActions
        for signal in exitSignals where signal < savedActionCount {
            _ = recall_install_handler(signal, exitOnSignal, actions + Int(signal))
        }
        for signal in crashSignals where signal < savedActionCount {
            _ = recall_install_handler(signal, restoreOnCrash, actions + Int(signal))
        }
    }

    /// Puts back the handlers that were there before `installSignalHandlers`.
    static func restoreSignalHandlers() {
        for signal in exitSignals + crashSignals where signal < savedActionCount {
            _ = recall_restore_handler(signal, savedActions + Int(signal))
        }
    }

    /// Stops the process with SIGTSTP's default action; returns when it is continued.
    static func stopProcess() {
        recall_stop_self()
    }
}
