/// An in-memory terminal for tests: input is a script of events, and every frame drawn is kept.
///
/// ```swift
/// let terminal = TestBackend(width: 40, height: 10, events: [.key(.space), .key(.character("q"))])
/// // run the program on `terminal`, then:
/// #expect(terminal.lines[0] == " Recall ...")
/// ```
public final class TestBackend: TerminalBackend {
    /// The current size; a scripted `.resize` event changes it when it is read.
    public private(set) var size: Size
    /// Whether this fake terminal claims to show colour.
    public let usesColor: Bool
    /// Every frame drawn, oldest first.
    public private(set) var frames: [ScreenBuffer] = []
    /// For each frame drawn, the cells a diffing backend would have redrawn.
    public private(set) var changeCounts: [Int] = []
    /// Events not read yet.
    public private(set) var pendingEvents: [TerminalEvent]
    /// How many times `suspend` was called.
    public private(set) var suspendCount = 0
    /// Whether `restore` was called.
    public private(set) var isRestored = false
    private var forceFullRedraw = false

    /// A terminal of `width` by `height` that will deliver `events` in order, then report that
    /// input has ended.
    public init(width: Int, height: Int, events: [TerminalEvent] = [], usesColor: Bool = true) {
        self.size = Size(width: width, height: height)
        self.pendingEvents = events
        self.usesColor = usesColor
    }

    /// Adds events to the end of the script.
    public func enqueue(_ events: [TerminalEvent]) {
        pendingEvents += events
    }

    /// The last frame drawn, if any.
    public var lastFrame: ScreenBuffer? { frames.last }

    /// The text of the last frame's rows (see `ScreenBuffer.lines`); empty before any frame.
    public var lines: [String] { lastFrame?.lines ?? [] }

    /// The last frame's rows without trailing spaces.
    public var trimmedLines: [String] { lastFrame?.trimmedLines ?? [] }

    /// Records the frame and how many cells changed since the previous one.
    public func draw(_ buffer: ScreenBuffer) {
        let previous = forceFullRedraw ? nil : frames.last
        changeCounts.append(buffer.changes(from: previous).count)
        frames.append(buffer)
        forceFullRedraw = false
    }

    /// The next scripted event (a `.resize` also changes `size`); `nil` once the script is done.
    public func readEvent(timeoutMillis: Int?) -> TerminalEvent? {
        guard !pendingEvents.isEmpty else { return nil }
        let event = pendingEvents.removeFirst()
        if case .resize(let newSize) = event {
            size = newSize
            forceFullRedraw = true
        }
        return event
    }

    /// Counts the call; the next frame counts as a full redraw.
    public func suspend() {
        suspendCount += 1
        forceFullRedraw = true
    }

    /// How many times the terminal was lent to another program (`handOver`).
    public private(set) var handOverCount = 0

    /// Counts the loan and runs `body`; the next frame counts as a full redraw.
    public func handOver<Result>(_ body: () -> Result) -> Result {
        handOverCount += 1
        forceFullRedraw = true
        return body()
    }

    /// Marks the terminal restored.
    public func restore() {
        isRestored = true
    }
}
