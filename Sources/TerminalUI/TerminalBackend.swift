/// A terminal a program draws on and reads keys from. `NcursesBackend` is the real one;
/// `TestBackend` is an in-memory one for tests.
///
/// The loop: render a `ScreenBuffer` of `size`, `draw` it, `readEvent`, update, repeat; call
/// `restore` on every way out (it is idempotent). Backends are not thread-safe: use one from
/// one thread.
public protocol TerminalBackend: AnyObject {
    /// The current size of the screen in cells.
    var size: Size { get }

    /// Whether colours are shown. When false (`NO_COLOR`, or a terminal without colour) every
    /// `Style.foreground` is ignored; bold, dim, reverse and underline still apply.
    var usesColor: Bool { get }

    /// Shows `buffer`, redrawing only the cells that changed since the last frame (all of them
    /// after a resize or a resume). Cells beyond the screen are clipped.
    func draw(_ buffer: ScreenBuffer)

    /// The next event, waiting at most `timeoutMillis` milliseconds (`nil`: as long as it takes).
    /// Returns `nil` when nothing arrived in time, or, when waiting without a timeout, when input
    /// has ended for good (the loop should then stop).
    func readEvent(timeoutMillis: Int?) -> TerminalEvent?

    /// Hands the terminal back to the shell and stops the process (what Ctrl-Z does elsewhere);
    /// returns once the process is continued, with the screen to be redrawn in full.
    func suspend()

    /// Gives the terminal back in its original state. Safe to call more than once.
    func restore()

    /// Lends the terminal to another program for the time of `body` (an editor): leaves the
    /// screen as the shell had it, runs `body`, then takes the screen back, to be redrawn in full.
    func handOver<Result>(_ body: () -> Result) -> Result
}

extension TerminalBackend {
    /// Runs `body` as it is: a terminal without a screen of its own has nothing to lend.
    public func handOver<Result>(_ body: () -> Result) -> Result { body() }
}
