import Memory
import Study

/// The stats section of the snapshot format (after the cards, before the recent answers):
///
///     days (count u32; per day: day i32, answers, reviews, first reviews, drills, crams,
///       young passed, young failed, mature passed, mature failed i32, milliseconds i64)
///     per card, as many as the fold's cards (count u32; per card: first reviews, young passed,
///       young failed, mature passed, mature failed, scored, each a varint (the 32 bits in groups
///       of seven, low first, the high bit of each byte set while more follow: small counts take
///       a byte); memory state present u8, then stability f64, difficulty f64, last day i32)
///     recent reviews (count u32; card number i32, day i32, flags u8: 1 mature, 2 passed)
///     calibration, SM-2 then FSRS-6 (count i64, loss sum f64, ten bins: count i64,
///       predicted sum f64, observed sum f64)
extension ByteWriter {
    mutating func f64(_ value: Double) { u64(value.bitPattern) }

    /// Writes `stats`; `small` narrows a figure to 32 bits (noting when it does not fit).
    mutating func stats(_ stats: StatsFold, small: (Int) -> Int32) {
        u32(UInt32(stats.table.days.count))
        for row in stats.table.days {
            for figure in [
                row.day, row.answers, row.reviews, row.firstReviews, row.drills, row.crams, row.youngPassed,
                row.youngFailed, row.maturePassed, row.matureFailed,
            ] { i32(small(figure)) }
            i64(row.millis)
        }
        let cardCount = max(stats.tallies.count, stats.memory.count)
        u32(UInt32(cardCount))
        for number in 0..<cardCount {
            let tally = stats.tally(ofNumber: number)
            for figure in [
                tally.firstReviews, tally.youngPassed, tally.youngFailed, tally.maturePassed, tally.matureFailed,
                tally.scored,
            ] { varint(UInt32(bitPattern: figure)) }
            if let state = stats.memoryState(ofNumber: number) {
                u8(1)
                f64(state.stability)
                f64(state.difficulty)
                i32(small(state.lastDay))
            } else {
                u8(0)
            }
        }
        u32(UInt32(stats.recentReviews.count))
        for mark in stats.recentReviews {
            i32(mark.cardNumber)
            i32(small(mark.day))
            u8((mark.mature ? 1 : 0) | (mark.passed ? 2 : 0))
        }
        for tally in [stats.sm2Calibration, stats.fsrsCalibration] {
            int(tally.count)
            f64(tally.lossSum)
            for bin in 0..<10 {
                int(tally.binCounts[bin])
                f64(tally.predictedSums[bin])
                f64(tally.observedSums[bin])
            }
        }
    }
}

extension ByteWriter {
    /// Writes `value` in groups of seven bits, low first, the high bit set while more follow.
    mutating func varint(_ value: UInt32) {
        var rest = value
        while rest >= 0x80 {
            u8(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        u8(UInt8(rest))
    }
}

extension ByteReader {
    mutating func f64() -> Double { Double(bitPattern: u64()) }

    /// Reads what `ByteWriter.varint` wrote (at most five bytes; a longer one reads as 0 and fails).
    mutating func varint() -> UInt32 {
        var value: UInt32 = 0
        for shift in stride(from: 0, to: 35, by: 7) {
            let byte = u8()
            value |= UInt32(byte & 0x7F) << UInt32(shift)
            if byte & 0x80 == 0 { return value }
        }
        _ = slice(-1)  // more than five bytes: not a number this format writes
        return 0
    }

    /// The stats section of a fold of `cardCount` cards keeping answers whole from `recentFrom`;
    /// nil when it does not fit together.
    mutating func stats(recentFrom: Int, cardCount: Int) -> StatsFold? {
        var days: [StatsDay] = []
        for _ in 0..<count(minimumSize: 48) {
            var row = StatsDay(day: Int(i32()))
            row.answers = Int(i32())
            row.reviews = Int(i32())
            row.firstReviews = Int(i32())
            row.drills = Int(i32())
            row.crams = Int(i32())
            row.youngPassed = Int(i32())
            row.youngFailed = Int(i32())
            row.maturePassed = Int(i32())
            row.matureFailed = Int(i32())
            row.millis = i64()
            days.append(row)
        }
        let tallyCount = count(minimumSize: 7)
        guard tallyCount <= cardCount else { return nil }
        var tallies: [StatsCardTally] = []
        var memory: [MemoryState?] = []
        tallies.reserveCapacity(tallyCount)
        memory.reserveCapacity(tallyCount)
        for _ in 0..<tallyCount {
            var tally = StatsCardTally()
            tally.firstReviews = Int32(bitPattern: varint())
            tally.youngPassed = Int32(bitPattern: varint())
            tally.youngFailed = Int32(bitPattern: varint())
            tally.maturePassed = Int32(bitPattern: varint())
            tally.matureFailed = Int32(bitPattern: varint())
            tally.scored = Int32(bitPattern: varint())
            tallies.append(tally)
            if u8() == 1 {
                let stability = f64()
                let difficulty = f64()
                memory.append(MemoryState(stability: stability, difficulty: difficulty, lastDay: Int(i32())))
            } else {
                memory.append(nil)
            }
        }
        var marks: [StatsReviewMark] = []
        for _ in 0..<count(minimumSize: 9) {
            let number = i32()
            let day = Int(i32())
            let flags = u8()
            guard number >= 0, Int(number) < tallyCount else { return nil }
            marks.append(StatsReviewMark(cardNumber: number, day: day, mature: flags & 1 != 0, passed: flags & 2 != 0))
        }
        var calibration: [CalibrationTally] = []
        for _ in 0..<2 {
            let count = int()
            let loss = f64()
            var binCounts: [Int] = []
            var predicted: [Double] = []
            var observed: [Double] = []
            for _ in 0..<10 {
                binCounts.append(int())
                predicted.append(f64())
                observed.append(f64())
            }
            guard let tally = CalibrationTally(
                count: count, lossSum: loss, binCounts: binCounts, predictedSums: predicted, observedSums: observed)
            else { return nil }
            calibration.append(tally)
        }
        guard !failed, let table = StatsDayTable(days: days) else { return nil }
        return StatsFold(
            recentFrom: recentFrom, table: table, tallies: tallies, memory: memory, recentReviews: marks,
            sm2Calibration: calibration[0], fsrsCalibration: calibration[1])
    }
}
