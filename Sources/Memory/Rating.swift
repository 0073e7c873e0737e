/// FSRS's four ratings, numbered as FSRS numbers them.
public enum Rating: Int, Hashable, Sendable, CaseIterable {
    /// Forgotten.
    case again = 1
    /// Recalled with serious difficulty.
    case hard = 2
    /// Recalled.
    case good = 3
    /// Recalled easily.
    case easy = 4

    /// The rating for an SM-2 grade 0–5: 0, 1, 2 → Again; 3 → Hard; 4 → Good; 5 (and above) → Easy.
    public init(grade: Int) {
        switch grade {
        case ...2: self = .again
        case 3: self = .hard
        case 4: self = .good
        default: self = .easy
        }
    }
}
