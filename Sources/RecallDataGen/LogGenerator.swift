import ReviewLog
import SM2
import Study

/// Writes a synthetic review log: a study history of several years, answered day by day as the
/// schedule asks (due cards first, then new ones), with realistic grades, drills after weak
/// answers, a few undos, and cram answers filling days the schedule leaves light.
struct LogGenerator {
    /// The card IDs, in deck order (new cards are introduced in this order).
    let cardIDs: [String]
    /// How many events to write.
    let eventCount: Int
    /// The first study day (days since 1970-01-01).
    let firstDay: Int
    /// The number of days the history spans; the last is the day before `firstDay + days`.
    let days: Int

    /// Grade weights for 0...5: mostly 4s and 5s, a few failures.
    private static let gradeWeights = [2, 4, 6, 18, 40, 30]

    private static func grade(using generator: inout SplitMix64) -> Grade {
        var draw = generator.next(below: 100)
        for (value, weight) in gradeWeights.enumerated() {
            if draw < weight { return Grade(value) ?? .good }
            draw -= weight
        }
        return .easy
    }

    /// The log's bytes: the header, then `eventCount` event lines in time order.
    func bytes(using generator: inout SplitMix64) -> [UInt8] {
        var out = Array((LogEvent.header + "\n").utf8)
        out.reserveCapacity(eventCount * 48 + 64)
        guard !cardIDs.isEmpty, eventCount > 0 else { return out }
        var schedules = [CardSchedule](repeating: .new, count: cardIDs.count)
        // dueOn[d] lists the cards due on day firstDay + d (cards due later than the span are dropped).
        var dueOn = [[Int32]](repeating: [], count: days + 1)
        var carried: [Int32] = []
        var nextNew = 0
        var written = 0
        var writer = EventWriter(out: out)

        for offset in 0..<days where written < eventCount {
            let day = firstDay + offset
            // Spread the events evenly: day `offset` gets its share of the running total.
            let quota = min((offset + 1) * eventCount / days - offset * eventCount / days, eventCount - written)
            if quota == 0 {
                carried += dueOn[offset]
                continue
            }
            var todays = carried + dueOn[offset]
            dueOn[offset] = []
            carried = []
            if todays.count > quota {
                carried = Array(todays[quota...])
                todays.removeSubrange(quota...)
            }
            let newToday = min(cardIDs.count - nextNew, max(0, min(quota - todays.count, max(1, quota / 4))))
            for _ in 0..<newToday {
                todays.append(Int32(nextNew))
                nextNew += 1
            }
            todays = todays.shuffledReproducibly(using: &generator)
            var millis = Int64(day) * 86_400_000 + Int64(6 + generator.next(below: 14)) * 3_600_000
            var used = 0
            var drills: [Int32] = []
            for (index, card) in todays.enumerated() {
                // Cards the day has no room left for wait for tomorrow.
                if used >= quota {
                    carried += todays[index...]
                    break
                }
                let position = Int(card)
                let grade = Self.grade(using: &generator)
                millis += writer.write(millis: millis, kind: .review, card: cardIDs[position], grade: grade, using: &generator)
                used += 1
                if used + 1 < quota, generator.next(below: 200) == 0 {
                    // A slip of the finger: undo, then the real answer.
                    millis += writer.writeUndo(millis: millis, card: cardIDs[position])
                    millis += writer.write(millis: millis, kind: .review, card: cardIDs[position], grade: grade, using: &generator)
                    used += 2
                }
                schedules[position] = schedules[position].reviewed(grade, on: day)
                if grade.needsDrill { drills.append(card) }
                if let due = schedules[position].dueDay, due - firstDay < days {
                    dueOn[due - firstDay].append(card)
                }
            }
            for card in drills where used < quota {
                millis += writer.write(millis: millis, kind: .drill, card: cardIDs[Int(card)], grade: .good, using: &generator)
                used += 1
            }
            // A light day: cram the cards already introduced.
            while used < quota, nextNew > 0 {
                let card = generator.next(below: nextNew)
                millis += writer.write(millis: millis, kind: .cram, card: cardIDs[card], grade: Self.grade(using: &generator), using: &generator)
                used += 1
            }
            if nextNew == 0 { break }
            written += used
        }
        return writer.out
    }
}

/// Appends event lines to a byte buffer and says how long each took.
private struct EventWriter {
    var out: [UInt8]

    /// Writes an answer at `millis`; returns the milliseconds until the next one.
    mutating func write(
        millis: Int64, kind: EventKind, card: String, grade: Grade, using generator: inout SplitMix64
    ) -> Int64 {
        let answer = 800 + generator.next(below: 15_000)
        let event = LogEvent(time: millis, kind: kind, cardID: card, grade: grade, answerMillis: answer)
        out.append(contentsOf: event.logLineBytes)
        return Int64(answer + 300 + generator.next(below: 2_000))
    }

    /// Writes an undo of `card` at `millis`; returns the milliseconds until the next event.
    mutating func writeUndo(millis: Int64, card: String) -> Int64 {
        let event = LogEvent(time: millis, kind: .undo, cardID: card, grade: nil, answerMillis: nil)
        out.append(contentsOf: event.logLineBytes)
        return 1_500
    }
}
