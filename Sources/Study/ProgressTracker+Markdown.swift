/// The tracker as Markdown in the curriculum's own shape.
extension ProgressTracker {
    /// The curriculum's "## Progress Tracker" section, worked out: the total, each phase's
    /// count, and under each phase its topics with their status
    /// (`- 01. Derivatives & Gradients: ✅ Completed`). Then, when the decks have concepts,
    /// a "## Concepts Tracker" section with each category's concepts as Not Started,
    /// In Progress or Mastered.
    public var markdown: String {
        var out = "## Progress Tracker\n\n"
        out += "**Total Progress: \(completedTopics)/\(topicCount) topics completed**\n\n"
        if topicPhases.isEmpty {
            out += "No topics: no deck has `### NN. Title` topic blocks.\n"
        }
        for group in topicPhases {
            out += "- **\(group.label)**: \(group.completed)/\(group.notes.count) completed\n"
            for note in group.notes {
                out += "  - \(note.title): \(note.status.symbol) \(note.status.topicLabel)\(Self.detail(note))\n"
            }
        }
        guard !conceptCategories.isEmpty else { return out }
        out += "\n## Concepts Tracker\n\n"
        out += "**Total Progress: \(masteredConcepts)/\(conceptCount) concepts mastered**\n\n"
        for group in conceptCategories {
            out += "- **\(group.label)**: \(group.completed)/\(group.notes.count) mastered\n"
            for note in group.notes {
                let name = note.title == note.noteID ? note.noteID : "\(note.noteID) \(note.title)"
                out += "  - \(name): \(note.status.symbol) \(note.status.conceptLabel)\(Self.detail(note))\n"
            }
        }
        return out
    }

    /// "(1/3 cards reviewed, 0/3 mature)" for a note in progress, nothing otherwise.
    private static func detail(_ note: Note) -> String {
        guard note.status == .inProgress else { return "" }
        return " (\(note.reviewed)/\(note.cards) cards reviewed, \(note.mature)/\(note.cards) mature)"
    }
}
