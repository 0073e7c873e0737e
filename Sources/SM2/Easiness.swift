/// SM-2's easiness factor (EF), held exactly in integer hundredths: 2.50 is 250.
/// Floating point drifts and gets about one sequence in ten wrong by a day.
public struct Easiness: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The factor times 100.
    public let hundredths: Int

    /// An easiness factor of `hundredths` / 100, never below the 1.30 floor.
    public init(hundredths: Int) {
        self.hundredths = max(Easiness.floorHundredths, hundredths)
    }

    static let floorHundredths = 130

    /// Every new card starts at 2.50.
    public static let initial = Easiness(hundredths: 250)

    /// The lowest EF SM-2 allows, 1.30.
    public static let minimum = Easiness(hundredths: floorHundredths)

    /// The factor after a passing grade: EF + 0.1 − (5−q)(0.08 + 0.02(5−q)), at least 1.30.
    /// For grades 5, 4 and 3 the change is +0.10, 0 and −0.14. A failing grade leaves EF as it is.
    public func adjusted(by grade: Grade) -> Easiness {
        guard grade.isPass else { return self }
        let miss = 5 - grade.value
        return Easiness(hundredths: hundredths + 10 - miss * (8 + 2 * miss))
    }

    public static func < (lhs: Easiness, rhs: Easiness) -> Bool { lhs.hundredths < rhs.hundredths }

    /// The factor with two decimals, as "2.50".
    public var description: String {
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
