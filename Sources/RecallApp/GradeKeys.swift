import SM2

/// Which keys grade a revealed card.
public enum GradeKeys: String, Hashable, Sendable, CaseIterable {
    /// `0`–`5` are the SM-2 grades themselves (the default).
    case zeroToFive = "0-5"
    /// Anki's four buttons: `1` Again, `2` Hard, `3` Good, `4` Easy, which are grades 2, 3, 4
    /// and 5; Space and Enter on a revealed card grade Good, as in Anki.
    case anki

    /// Each grading key with its grade and its name, in key order.
    public var bindings: [(key: Character, grade: Grade, name: String)] {
        switch self {
        case .zeroToFive:
            [("0", .blackout, "blank"), ("1", .wrong, "wrong"), ("2", .almost, "almost"),
             ("3", .hard, "hard"), ("4", .good, "good"), ("5", .easy, "easy")]
        case .anki:
            [("1", .almost, "again"), ("2", .hard, "hard"), ("3", .good, "good"), ("4", .easy, "easy")]
        }
    }

    /// The grade Space and Enter give on a revealed card, nil when they do not grade (then
    /// they say which keys do).
    public var spaceGrade: Grade? {
        switch self {
        case .zeroToFive: nil
        case .anki: .good
        }
    }

    /// The grading keys as one label: `0–5`, `1–4`.
    public var rangeLabel: String {
        guard let first = bindings.first?.key, let last = bindings.last?.key else { return "" }
        return "\(first)–\(last)"
    }

    /// The keys in a few words: `grade (0 blank … 5 easy)`.
    public var shortMeaning: String {
        guard let first = bindings.first, let last = bindings.last else { return "grade" }
        return "grade (\(first.key) \(first.name) … \(last.key) \(last.name))"
    }

    /// What the keys give, for help: `0 blank, 1 wrong, …` or `1 again (grade 2), …`.
    public var meaning: String {
        switch self {
        case .zeroToFive: bindings.map { "\($0.key) \($0.name)" }.joined(separator: ", ")
        case .anki: bindings.map { "\($0.key) \($0.name) (grade \($0.grade.value))" }.joined(separator: ", ")
        }
    }
}
