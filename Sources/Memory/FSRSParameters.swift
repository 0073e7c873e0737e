/// The 21 weights of FSRS-6 and the forgetting curve's two constants derived from them.
public struct FSRSParameters: Hashable, Sendable {
    /// w0 … w20, in the order py-fsrs 6.3.2 lists them.
    public let weights: [Double]
    /// The curve's exponent, −w20.
    public let decay: Double
    /// 0.9^(1/DECAY) − 1, so that recall is 0.9 after S days.
    public let factor: Double

    /// FSRS-6's published defaults (py-fsrs 6.3.2 `DEFAULT_PARAMETERS`).
    public static let defaults = FSRSParameters(unchecked: [
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    ])

    /// Parameters from 21 weights; nil when there are not exactly 21 or w20 is not positive.
    public init?(weights: [Double]) {
        guard weights.count == 21, weights[20] > 0 else { return nil }
        self.init(unchecked: weights)
    }

    private init(unchecked weights: [Double]) {
        self.weights = weights
        decay = -weights[20]
        factor = MemoryMath.pow(0.9, 1 / decay) - 1
    }

    /// The weight wᵢ.
    @inline(__always) subscript(_ index: Int) -> Double { weights[index] }
}
