import CNcursesw
import TerminalUI

/// The real terminal, through ncursesw: draws screen buffers cell by cell, redrawing only what
/// changed, and reads keys and resizes as `TerminalEvent`s.
///
/// Creating one puts the terminal in raw mode (Ctrl-C arrives as the key `.ctrl("c")`), hides
/// the cursor and installs signal handlers so that SIGTERM, SIGHUP, SIGINT, SIGQUIT and crashes
/// give the terminal back. Ctrl-Z suspends the program to the shell (see `readEvent`). Call
/// `restore()` on every way out; it is idempotent, and runs on deinit too.
public final class NcursesBackend: TerminalBackend {
    /// The current size of the screen in cells.
    public private(set) var size: Size
    /// Whether colours are shown (asked for, and the terminal has them).
    public let usesColor: Bool
    /// Whether `readEvent` handles Ctrl-Z itself by suspending (the default), instead of
    /// passing `.ctrl("z")` on.
    public var suspendsOnCtrlZ = true

    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private let keyCodes: [UInt32: Key]
    private var previousFrame: ScreenBuffer?
    private var needsFullRedraw = true
    private var isActive = true

    /// Takes over the terminal on standard input and output.
    ///
    /// - Parameter color: whether to use colour when the terminal has it; pass `false` when
    ///   `NO_COLOR` is set (this type does not read the environment for it).
    /// - Throws: `TerminalError` when standard input or output is not a terminal, or `TERM`
    ///   is unset or names a terminal curses does not know. The terminal is untouched then.
    public init(color: Bool = true) throws(TerminalError) {
        guard isatty(STDIN_FILENO) == 1 else { throw .inputNotATerminal }
        guard isatty(STDOUT_FILENO) == 1 else { throw .outputNotATerminal }
        guard let termPointer = getenv("TERM"), termPointer.pointee != 0 else { throw .terminalTypeNotSet }
        let termName = String(cString: termPointer)
        setlocale(LC_ALL, "")
        // Before newterm, so curses does not install its own SIGINT/SIGTERM handlers.
        NcursesBackend.installSignalHandlers()
        guard let screen = newterm(nil, recall_stdout(), recall_stdin()) else {
            NcursesBackend.restoreSignalHandlers()
            throw .unknownTerminalType(termName)
        }
        set_term(screen)
        guard recall_can_address_cursor() != 0, let window = recall_stdscr() else {
            endwin()
            delscreen(screen)
            NcursesBackend.restoreSignalHandlers()
            throw .unknownTerminalType(termName)
        }
        self.screen = screen
        self.window = window
        raw()
        noecho()
        nonl()
        keypad(window, true)
        intrflush(window, false)
        set_escdelay(25)
        curs_set(0)
        var colorOn = false
        if color, has_colors() {
            start_color()
            let background: Int16 = use_default_colors() == recall_ok() ? -1 : Int16(COLOR_BLACK)
            for paint in Color.allCases {
                init_pair(Int16(paint.rawValue + 1), Int16(paint.rawValue), background)
            }
            colorOn = true
        }
        self.usesColor = colorOn
        self.keyCodes = NcursesBackend.makeKeyCodes()
        self.size = Size(width: Int(recall_getmaxx(window)), height: Int(recall_getmaxy(window)))
    }

    deinit {
        restore()
    }

    /// Shows `buffer`: only cells that differ from the last frame are written, all of them after
    /// a resize, a resume or a change of buffer size. Cells beyond the screen are skipped.
    public func draw(_ buffer: ScreenBuffer) {
        guard isActive else { return }
        if needsFullRedraw || previousFrame?.size != buffer.size {
            wclear(window)
            previousFrame = nil
        }
        let screenWidth = Int(recall_getmaxx(window))
        let screenHeight = Int(recall_getmaxy(window))
        for change in buffer.changes(from: previousFrame) where !change.cell.isContinuation {
            guard change.x < screenWidth, change.y < screenHeight else { continue }
            drawCell(change.cell, x: change.x, y: change.y, screenWidth: screenWidth)
        }
        wrefresh(window)
        previousFrame = buffer
        needsFullRedraw = false
    }

    /// Writes one cell. When libc's width for the character disagrees with TerminalUI's (a
    /// locale that is not UTF-8, or a newer character than the C library knows), a `?` stands
    /// in for it, padded to the width the buffer gave it, so the layout holds.
    private func drawCell(_ cell: Cell, x: Int, y: Int, screenWidth: Int) {
        var attributes = recall_a_normal()
        if cell.style.bold { attributes |= recall_a_bold() }
        if cell.style.dim { attributes |= recall_a_dim() }
        if cell.style.reverse { attributes |= recall_a_reverse() }
        if cell.style.underline { attributes |= recall_a_underline() }
        let pair: Int16 = usesColor ? cell.style.foreground.map { Int16($0.rawValue + 1) } ?? 0 : 0
        let width = cell.width
        let all = cell.character.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
        let first = all.first ?? 0x20
        if width == 2, x + 1 >= screenWidth {
            _ = put([0x20, 0], x: x, y: y, attributes: attributes, pair: pair)
            return
        }
        // An emoji sequence on a wide base (`👩‍💻`, `👍🏽`): the whole cluster in the cell.
        if width == 2, all.count > 1, wcwidth(first) == 2, all.count <= Int(CCHARW_MAX) {
            let drawn = all.withUnsafeBufferPointer { pointer in
                recall_draw_cluster(window, Int32(y), Int32(x), pointer.baseAddress, Int32(all.count), attributes, pair)
            }
            if drawn == recall_ok() { return }
        }
        // A flag: its two regional indicators, one a cell, sent one after the other.
        if width == 2, all.count == 2, all.allSatisfy({ (0x1F1E6...0x1F1FF).contains($0) }), wcwidth(first) == 1,
           put([first, 0], x: x, y: y, attributes: attributes, pair: pair),
           put([all[1], 0], x: x + 1, y: y, attributes: attributes, pair: pair) {
            return
        }
        let scalars = NcursesBackend.drawableScalars(of: cell.character)
        let base = scalars.first ?? 0x20
        // An emoji presentation the C library counts narrow (`❤️`): the base, padded.
        if width == 2, wcwidth(base) == 1, put(scalars + [0], x: x, y: y, attributes: attributes, pair: pair) {
            _ = put([0x20, 0], x: x + 1, y: y, attributes: attributes, pair: pair)
            return
        }
        if wcwidth(base) == width {
            // The whole cluster if curses takes it (base + combining marks), else its base.
            let cluster = scalars.count < Int(CCHARW_MAX) ? scalars + [0] : [base, 0]
            if put(cluster, x: x, y: y, attributes: attributes, pair: pair) { return }
            if put([base, 0], x: x, y: y, attributes: attributes, pair: pair) { return }
        }
        _ = put([0x3F, 0], x: x, y: y, attributes: attributes, pair: pair)
        if width == 2 {
            _ = put([0x20, 0], x: x + 1, y: y, attributes: attributes, pair: pair)
        }
    }

    /// The scalars of a grapheme cluster that curses can draw as one cell through `setcchar`:
    /// the base character and the combining marks after it, stopping at a zero-width joiner and
    /// leaving out the emoji variation selector (U+FE0F). Whole emoji sequences are drawn by
    /// `drawCell` itself.
    static func drawableScalars(of character: Character) -> [wchar_t] {
        var result: [wchar_t] = []
        for scalar in character.unicodeScalars {
            if scalar.value == 0x200D { break }
            if scalar.value == 0xFE0F { continue }
            if !result.isEmpty, wcwidth(wchar_t(bitPattern: scalar.value)) != 0 { break }
            result.append(wchar_t(bitPattern: scalar.value))
        }
        return result
    }

    private func put(_ characters: [wchar_t], x: Int, y: Int, attributes: attr_t, pair: Int16) -> Bool {
        characters.withUnsafeBufferPointer { pointer in
            recall_draw_cell(window, Int32(y), Int32(x), pointer.baseAddress, attributes, pair) == recall_ok()
        }
    }

    /// The next key or resize, waiting at most `timeoutMillis` (`nil`: until one comes).
    ///
    /// Keys are read with `get_wch`: curses key codes (arrows, pages, F-keys) are told apart
    /// from characters by `KEY_CODE_YES` before the value is looked at (410 is both `KEY_RESIZE`
    /// and `ƚ`). A resize gives `.resize` with the new size and makes the next `draw` redraw
    /// everything. Ctrl-Z, when `suspendsOnCtrlZ`, suspends the program and, once it is
    /// continued, gives `.resize` with the current size so the screen is drawn again. Keys
    /// curses reports that have no `Key` are skipped. Returns `nil` on timeout, or when waiting
    /// without a timeout fails for good (the terminal is gone).
    public func readEvent(timeoutMillis: Int?) -> TerminalEvent? {
        guard isActive else { return nil }
        wtimeout(window, Int32(clamping: timeoutMillis.map { max(0, $0) } ?? -1))
        while true {
            var value: wint_t = 0
            let status = wget_wch(window, &value)
            if status == recall_key_code_yes() {
                if value == UInt32(recall_key_resize()) {
                    refreshSize()
                    needsFullRedraw = true
                    return .resize(size)
                }
                if let key = keyCodes[value] { return .key(key) }
                continue
            }
            if status == recall_ok() {
                if value == 0x1A, suspendsOnCtrlZ {
                    suspend()
                    return .resize(size)
                }
                if let key = Key(codePoint: value) { return .key(key) }
                continue
            }
            // ERR: the timeout passed, or reading failed.
            if timeoutMillis != nil { return nil }
            if recall_errno() == EINTR { continue }
            return nil
        }
    }

    /// Gives the terminal back to the shell and stops the process as Ctrl-Z does; when the
    /// shell continues it (`fg`), takes the terminal again and redraws everything next `draw`.
    public func suspend() {
        guard isActive else { return }
        curs_set(1)
        endwin()
        NcursesBackend.stopProcess()
        wrefresh(window)
        curs_set(0)
        refreshSize()
        needsFullRedraw = true
    }

    /// Lends the terminal to another program for the time of `body`: saves curses' terminal
    /// modes (`def_prog_mode`), leaves the screen (`endwin`, cursor shown), runs `body`, then
    /// puts the modes back (`reset_prog_mode`) and redraws everything at the next `draw`.
    public func handOver<Result>(_ body: () -> Result) -> Result {
        guard isActive else { return body() }
        def_prog_mode()
        curs_set(1)
        endwin()
        let result = body()
        reset_prog_mode()
        recall_sync_size()
        wrefresh(window)
        curs_set(0)
        refreshSize()
        needsFullRedraw = true
        return result
    }

    /// Leaves curses mode (`endwin`), shows the cursor and puts back the signal handlers that
    /// were there before. Does nothing the second time.
    public func restore() {
        guard isActive else { return }
        isActive = false
        curs_set(1)
        endwin()
        NcursesBackend.restoreSignalHandlers()
        delscreen(screen)
    }

    private func refreshSize() {
        size = Size(width: Int(recall_getmaxx(window)), height: Int(recall_getmaxy(window)))
    }
}
