/// Holds a loaded context until the process ends.
private final class ContextAnchor {
    let context: StudyContext
    init(_ context: StudyContext) { self.context = context }
}

extension StudyContext {
    /// Keeps this context's memory until the process exits, for commands that print and end:
    /// freeing a million events and a hundred thousand cards one by one at exit costs tens of
    /// milliseconds that no one is waiting for. Not for long-running sessions that reload.
    func keepUntilExit() {
        _ = Unmanaged.passRetained(ContextAnchor(self))
    }
}
