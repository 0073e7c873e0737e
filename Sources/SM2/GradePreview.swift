/// A compact summary of what the answer keys would do, grouped as a user reads it:
/// every failing grade gives the same interval, and every passing grade gives the same
/// interval and differs only in the new EF.
///
/// For a card at n = 2, I = 6, EF = 2.50: fail → 1d; 3 → 15d, EF 2.36; 4 → 15d; 5 → 15d, EF 2.60.
public struct GradePreview: Hashable, Sendable {
    /// The interval after any grade from 0 to 2.
    public let failInterval: Int
    /// The interval after any grade from 3 to 5.
    public let passInterval: Int
    /// The EF as it stands, before the answer.
    public let currentEasiness: Easiness
    /// The EF after grades 3, 4 and 5, in that order.
    public let passEasiness: [Easiness]

    /// The preview for `schedule` answered on `day`.
    public init(for schedule: CardSchedule, on day: Int) {
        let outcomes = schedule.preview(on: day)
        failInterval = outcomes[0].schedule.interval
        passInterval = outcomes[3].schedule.interval
        currentEasiness = schedule.easiness
        passEasiness = outcomes[3...5].map(\.schedule.easiness)
    }

    /// The EF after `grade`, or nil when that grade leaves EF unchanged.
    public func easinessChange(for grade: Grade) -> Easiness? {
        guard grade.isPass else { return nil }
        let after = passEasiness[grade.value - 3]
        return after == currentEasiness ? nil : after
    }
}
