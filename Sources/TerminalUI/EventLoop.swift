/// What a program's update says after an event.
public enum LoopStep: Hashable, Sendable {
    /// Draw the next frame and wait for the next event.
    case `continue`
    /// Stop the loop (the backend is restored by `runEventLoop`).
    case stop
}

/// The one loop of an interactive program, in the Elm style: render a frame of the backend's
/// size with `render`, draw it, read an event, pass it to `update`, and again, until `update`
/// returns `.stop` or input ends. The backend is restored on the way out.
///
/// `render` must be pure (model → buffer); `update` changes the model and performs effects.
/// Resize events reach `update` too (so the model can note the size); the next frame is
/// rendered at the backend's new `size` either way.
public func runEventLoop(
    on backend: some TerminalBackend,
    render: (Size) -> ScreenBuffer,
    update: (TerminalEvent) -> LoopStep
) {
    defer { backend.restore() }
    while true {
        backend.draw(render(backend.size))
        guard let event = backend.readEvent(timeoutMillis: nil) else { return }
        if update(event) == .stop { return }
    }
}
