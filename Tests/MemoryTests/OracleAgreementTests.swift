import Foundation
import Memory
import Testing

/// Replays the seeded random answer sequences of `Oracle/fsrs-cases.tsv` (written by
/// `scripts/fsrs-oracle.py` from py-fsrs 6.3.2) and compares every state and recall to 1e-6.
@Suite struct OracleAgreementTests {
    struct OracleCase {
        let number: Int
        let events: [(day: Int, grade: Int?)]
        let states: [(stability: Double, difficulty: Double)?]
        let recalls: [(day: Int, recall: Double)]
    }

    static func loadCases() throws -> [OracleCase] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Oracle/fsrs-cases.tsv")
        let text = try String(contentsOf: url, encoding: .utf8)
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            let events = fields[1].split(separator: ";").map { pair in
                let parts = pair.split(separator: ":")
                return (day: Int(parts[0])!, grade: parts[1] == "F" ? nil : Int(parts[1])!)
            }
            let states: [(stability: Double, difficulty: Double)?] = fields[2].split(separator: ";").map { state in
                if state == "-" { return nil }
                let parts = state.split(separator: ",")
                return (stability: Double(parts[0])!, difficulty: Double(parts[1])!)
            }
            let recalls = fields[3].split(separator: ";").map { pair in
                let parts = pair.split(separator: ":")
                return (day: Int(parts[0])!, recall: Double(parts[1])!)
            }
            return OracleCase(number: Int(fields[0])!, events: events, states: states, recalls: recalls)
        }
    }

    @Test func theTableIsThereAndLarge() throws {
        let cases = try Self.loadCases()
        #expect(cases.count >= 3000)
        let steps = cases.reduce(0) { $0 + $1.events.count }
        #expect(steps > 30_000)
        // The table covers the cases that matter: same-day repeats, long gaps, lapses, forgets.
        let all = cases.flatMap { zip($0.events.dropFirst(), $0.events).map { ($0.day - $1.day, $0.grade) } }
        #expect(all.contains { $0.0 == 0 })
        #expect(all.contains { $0.0 > 300 })
        #expect(all.contains { $0.1 == nil })
        #expect(all.contains { ($0.1 ?? 9) < 3 })
    }

    @Test func everyStateAndRecallAgreesWithPyFSRS() throws {
        let model = FSRS()
        var mismatches: [String] = []
        for oracle in try Self.loadCases() {
            var fold = MemoryFold()
            for (index, event) in oracle.events.enumerated() {
                if let grade = event.grade {
                    fold.answer(grade: grade, on: event.day, model: model)
                } else {
                    fold.forget()
                }
                let expected = oracle.states[index]
                switch (fold.state, expected) {
                case (nil, nil): continue
                case let (state?, expected?):
                    if abs(state.stability - expected.stability) > 1e-6 * max(1, expected.stability)
                        || abs(state.difficulty - expected.difficulty) > 1e-6 {
                        mismatches.append("case \(oracle.number) step \(index): \(state) vs \(expected)")
                    }
                default:
                    mismatches.append("case \(oracle.number) step \(index): \(String(describing: fold.state)) vs \(String(describing: expected))")
                }
            }
            for (day, recall) in oracle.recalls {
                let ours = fold.recall(onDay: day, model: model)
                if ours == nil || abs(ours! - recall) > 1e-6 {
                    mismatches.append("case \(oracle.number) recall on \(day): \(String(describing: ours)) vs \(recall)")
                }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) mismatches, first: \(mismatches.prefix(5))")
    }
}
