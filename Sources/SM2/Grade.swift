/// A grade given to one answer, 0 to 5, as in SM-2:
/// 5 perfect, 4 correct after hesitation, 3 correct with serious difficulty,
/// 2 wrong but the answer seemed easy, 1 wrong but remembered on seeing it, 0 blackout.
public struct Grade: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The grade as a number from 0 to 5.
    public let value: Int

    /// A grade, or nil when `value` is outside 0...5.
    public init?(_ value: Int) {
        guard (0...5).contains(value) else { return nil }
        self.value = value
    }

    private init(unchecked value: Int) { self.value = value }

    /// Every grade, from 0 to 5.
    public static let all: [Grade] = (0...5).map { Grade(unchecked: $0) }

    public static let blackout = Grade(unchecked: 0)
    public static let wrong = Grade(unchecked: 1)
    public static let almost = Grade(unchecked: 2)
    public static let hard = Grade(unchecked: 3)
    public static let good = Grade(unchecked: 4)
    public static let easy = Grade(unchecked: 5)

    /// A pass is a grade of 3 or more.
    public var isPass: Bool { value >= 3 }

    /// A grade below 4 brings the card back the same day as a drill.
    public var needsDrill: Bool { value < 4 }

    public static func < (lhs: Grade, rhs: Grade) -> Bool { lhs.value < rhs.value }

    public var description: String { String(value) }
}
