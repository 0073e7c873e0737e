import RecallRuntime

/// An editor that does what the test says: changes the decks, or fails.
public final class ScriptedEditor: CardEditor {
    /// What each edit does, given the file and line.
    public var onEdit: (String, Int) -> EditOutcome
    /// The files and lines opened, in order.
    public private(set) var opened: [(file: String, line: Int)] = []

    /// An editor that runs `onEdit` (by default: changes nothing and exits cleanly).
    public init(onEdit: @escaping (String, Int) -> EditOutcome = { _, _ in .edited }) {
        self.onEdit = onEdit
    }

    /// Records the call and runs the script.
    public func edit(file: String, line: Int) -> EditOutcome {
        opened.append((file, line))
        return onEdit(file, line)
    }
}
