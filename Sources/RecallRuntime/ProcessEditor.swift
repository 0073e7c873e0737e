#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `$VISUAL`, else `$EDITOR`, else `vi`, run at `+line file` with the terminal its own.
///
/// Under a shell with job control the editor runs in a process group of its own that is made
/// the terminal's foreground group (`tcsetpgrp`) while it runs, so it can read the keyboard and
/// set the terminal's modes without being stopped, and Ctrl-C reaches it rather than recall. If
/// the editor stops anyway (it read the terminal a moment before it was given it, or was sent
/// Ctrl-Z) it is given the terminal and continued. Once it exits the foreground comes back.
public final class ProcessEditor: CardEditor {
    /// The editor command as the shell runs it (it may carry arguments: `code -w`).
    public let command: String

    /// The editor the environment names.
    public init(environment: [String: String]) {
        command = environment["VISUAL"].flatMap { $0.isEmpty ? nil : $0 }
            ?? environment["EDITOR"].flatMap { $0.isEmpty ? nil : $0 } ?? "vi"
    }

    /// The editor `command` (the settings' `editor`, which already fell back on `$VISUAL`, `$EDITOR`, `vi`).
    public init(command: String) {
        self.command = command
    }

    /// Runs the editor on `file` at `line` and waits for it.
    public func edit(file: String, line: Int) -> EditOutcome {
        let terminal = STDIN_FILENO
        let jobControl = isatty(terminal) == 1 && tcgetpgrp(terminal) == getpgrp()
        // Taking the foreground back from a background group would stop recall with SIGTTOU.
        var blocked = sigset_t()
        sigemptyset(&blocked)
        sigaddset(&blocked, SIGTTOU)
        var previousMask = sigset_t()
        pthread_sigmask(SIG_BLOCK, &blocked, &previousMask)
        defer { pthread_sigmask(SIG_SETMASK, &previousMask, nil) }

        guard let child = spawn(file: file, line: line, ownGroup: jobControl) else {
            return .failed("cannot start the editor '\(command)': \(String(cString: strerror(errno)))")
        }
        if jobControl { _ = tcsetpgrp(terminal, child) }
        let status = wait(for: child, giveTerminal: jobControl ? terminal : nil)
        if jobControl { _ = tcsetpgrp(terminal, getpgrp()) }
        return Self.outcome(status: status, command: command)
    }

    /// Starts `/bin/sh -c 'EDITOR "$@"' recall-editor +line file` with the default signal
    /// dispositions and an empty mask, in a group of its own if `ownGroup`; its pid, nil on failure.
    private func spawn(file: String, line: Int, ownGroup: Bool) -> pid_t? {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var flags = Int32(POSIX_SPAWN_SETSIGDEF) | Int32(POSIX_SPAWN_SETSIGMASK)
        if ownGroup {
            flags |= Int32(POSIX_SPAWN_SETPGROUP)
            posix_spawnattr_setpgroup(&attributes, 0)
        }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGQUIT, SIGTERM, SIGHUP, SIGTSTP, SIGTTIN, SIGTTOU, SIGWINCH, SIGPIPE, SIGCHLD] {
            sigaddset(&defaults, signal)
        }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setflags(&attributes, Int16(truncatingIfNeeded: flags))

        let arguments = ["/bin/sh", "-c", command + " \"$@\"", "recall-editor", "+\(line)", file]
        var cArguments: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in cArguments { free(pointer) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, "/bin/sh", nil, &attributes, &cArguments, environ)
        guard result == 0 else {
            errno = result
            return nil
        }
        return pid
    }

    /// Waits until `child` exits. With job control (`terminal` given) a stop is undone, with
    /// the terminal given back to the editor first; without, a stop is the shell's business
    /// (the whole job stopped and `fg` continues it), so only the exit is waited for.
    private func wait(for child: pid_t, giveTerminal terminal: Int32?) -> Int32 {
        var status: Int32 = 0
        while true {
            let result = waitpid(child, &status, terminal == nil ? 0 : WUNTRACED)
            if result == -1 {
                if errno == EINTR { continue }
                return -1
            }
            guard Self.isStopped(status) else { return status }
            if let terminal { _ = tcsetpgrp(terminal, child) }
            kill(-child, SIGCONT)
            kill(child, SIGCONT)
        }
    }

    private static func isStopped(_ status: Int32) -> Bool { status & 0xff == 0x7f }

    /// What a wait status says about the edit.
    static func outcome(status: Int32, command: String) -> EditOutcome {
        guard status != -1 else { return .failed("lost track of the editor '\(command)'") }
        if status & 0x7f == 0 {
            let code = (status >> 8) & 0xff
            switch code {
            case 0: return .edited
            case 127: return .failed("cannot start the editor '\(command)': command not found (set EDITOR)")
            case 126: return .failed("cannot start the editor '\(command)': not executable (set EDITOR)")
            default: return .failed("the editor '\(command)' exited with status \(code); the decks were read again")
            }
        }
        return .failed("the editor '\(command)' was ended by signal \(status & 0x7f); the decks were read again")
    }
}
