/// How far a topic or concept has come, by its cards' SM-2 states.
///
/// Not started while none of its cards has had a `review` (drills and crams do not count);
/// in progress once one has; completed (a tracker concept: mastered) once every card is
/// mature, with an interval of 21 days or more.
public enum ProgressStatus: Hashable, Sendable, CaseIterable {
    /// No card reviewed yet.
    case notStarted
    /// At least one card reviewed, not all of them mature.
    case inProgress
    /// Every card mature.
    case completed

    /// The status of a note with `cards` cards, of which `reviewed` were reviewed and `mature` are mature.
    public init(cards: Int, reviewed: Int, mature: Int) {
        if cards > 0, mature == cards {
            self = .completed
        } else if reviewed > 0 {
            self = .inProgress
        } else {
            self = .notStarted
        }
    }

    /// The curriculum's symbol: ⬜, 🟡 or ✅.
    public var symbol: String {
        switch self {
        case .notStarted: "⬜"
        case .inProgress: "🟡"
        case .completed: "✅"
        }
    }

    /// The curriculum's words: "Not Started", "In Progress", "Completed".
    public var topicLabel: String {
        switch self {
        case .notStarted: "Not Started"
        case .inProgress: "In Progress"
        case .completed: "Completed"
        }
    }

    /// The tracker's words: "Not Started", "In Progress", "Mastered".
    public var conceptLabel: String {
        self == .completed ? "Mastered" : topicLabel
    }
}
