/// A small seeded random number generator (SplitMix64): the same seed gives the same
/// numbers on every platform and Swift version.
public struct SplitMix64: RandomNumberGenerator, Hashable, Sendable {
    private var state: UInt64

    /// A generator that starts from `seed`.
    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    /// A number in `0..<bound` (bound > 0), by multiply-and-keep-the-high-word.
    public mutating func next(below bound: Int) -> Int {
        Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }
}

extension Array {
    /// The elements in an order drawn by a Fisher–Yates shuffle from `generator`;
    /// the same seed always gives the same order.
    public func shuffledReproducibly(using generator: inout SplitMix64) -> [Element] {
        var result = self
        var index = result.count - 1
        while index > 0 {
            let other = generator.next(below: index + 1)
            result.swapAt(index, other)
            index -= 1
        }
        return result
    }
}
