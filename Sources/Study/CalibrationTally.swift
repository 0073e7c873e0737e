/// One model's calibration figures, added up one scored answer at a time: what
/// `Calibration.Scores` is computed from. Adding the same predictions in the same order gives
/// the same figures to the last bit, whether they are added in one pass over the log or folded
/// a few lines at a time (as a snapshot does).
public struct CalibrationTally: Hashable, Sendable {
    /// Predictions added.
    public private(set) var count = 0
    /// −Σ(y·ln p + (1 − y)·ln(1 − p)), p clipped to [1e-6, 1 − 1e-6].
    public private(set) var lossSum = 0.0
    /// Predictions per bin of p (ten bins of width 0.1).
    public private(set) var binCounts = [Int](repeating: 0, count: 10)
    /// The sum of the predictions per bin.
    public private(set) var predictedSums = [Double](repeating: 0, count: 10)
    /// The sum of the outcomes per bin.
    public private(set) var observedSums = [Double](repeating: 0, count: 10)

    /// Nothing added.
    public init() {}

    /// A tally with these sums, as a snapshot saved them; nil when the bins are not ten each.
    public init?(count: Int, lossSum: Double, binCounts: [Int], predictedSums: [Double], observedSums: [Double]) {
        guard binCounts.count == 10, predictedSums.count == 10, observedSums.count == 10 else { return nil }
        self.count = count
        self.lossSum = lossSum
        self.binCounts = binCounts
        self.predictedSums = predictedSums
        self.observedSums = observedSums
    }

    /// Adds prediction `p` of outcome `y` (1 recalled, 0 forgotten).
    public mutating func add(p: Double, y: Int) {
        let clipped = min(max(p, 1e-6), 1 - 1e-6)
        lossSum -= y == 1 ? MemoryMath.logarithm(clipped) : MemoryMath.logarithm(1 - clipped)
        let bin = min(9, max(0, Int(p * 10)))
        binCounts[bin] += 1
        predictedSums[bin] += p
        observedSums[bin] += Double(y)
        count += 1
    }

    /// Log loss and binned calibration error of what was added, nil when nothing was.
    public var scores: Calibration.Scores? {
        guard count > 0 else { return nil }
        let total = Double(count)
        var squares = 0.0
        var bins: [Calibration.Bin] = []
        for bin in 0..<10 {
            guard binCounts[bin] > 0 else {
                bins.append(Calibration.Bin(count: 0, predicted: nil, observed: nil))
                continue
            }
            let n = Double(binCounts[bin])
            let predicted = predictedSums[bin] / n
            let observed = observedSums[bin] / n
            squares += n * (predicted - observed) * (predicted - observed)
            bins.append(Calibration.Bin(count: binCounts[bin], predicted: predicted, observed: observed))
        }
        return Calibration.Scores(logLoss: lossSum / total, rmseBins: (squares / total).squareRoot(), bins: bins)
    }
}
