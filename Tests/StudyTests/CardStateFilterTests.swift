import Deck
import ReviewLog
import SM2
import Study
import Testing

@Suite struct CardStateFilterTests {
    let today = Fixtures.today

    @Test func eachStateListsTheCardsAUserWouldExpect() {
        let library = Fixtures.library(["N", "Y", "M", "S", "B"].map { (id: String) in Fixtures.card(id, note: id) })
        var answers: [LogEvent] = [
            Fixtures.event(.review, "Y", 4, at: Fixtures.noon(today - 1)),
            Fixtures.event(.review, "B", 4, at: Fixtures.noon(today - 1)),
            Fixtures.event(.review, "S", 4, at: Fixtures.noon(today - 1)),
        ]
        // M: 1, 6, 15, 38 days: mature, due today.
        var day = today - 60
        for interval in [1, 6, 15] {
            answers.append(Fixtures.event(.review, "M", 4, at: Fixtures.noon(day)))
            day += interval
        }
        answers.append(Fixtures.event(.review, "M", 4, at: Fixtures.noon(today - 38)))
        answers.sort { $0.time < $1.time }
        let actions = [
            LogAction(event: LogEvent(time: Fixtures.noon(today), kind: .suspend, cardID: "S", grade: nil, answerMillis: nil), answersBefore: answers.count),
            LogAction(event: LogEvent(time: Fixtures.noon(today), kind: .bury, cardID: "B", grade: nil, answerMillis: nil), answersBefore: answers.count),
        ]
        let replay = Replay(library: library, answers: answers, actions: actions, days: Fixtures.utcDays, today: today)
        func ids(_ state: CardStateFilter) -> [String] {
            CardRow.rows(library: library, replay: replay, state: state).map(\.id.rawValue)
        }
        #expect(ids(.new) == ["N"])
        #expect(ids(.young) == ["Y", "B"])
        #expect(ids(.mature) == ["M"])
        #expect(ids(.due) == ["Y", "M", "B"])
        #expect(ids(.suspended) == ["S"])
        #expect(ids(.buried) == ["B"])
        #expect(ids(.leech).isEmpty)
        let rows = CardRow.rows(library: library, replay: replay)
        #expect(rows.map(\.marks) == ["", "", "", "suspended", "buried"])
    }

    @Test func nearestIDsPreferCaseThenPrefixThenFewEdits() {
        let library = Fixtures.library(
            ["MATH-011/formula", "MATH-011/interview", "MATH-012/formula", "ML-002/interview", "TOPIC-01/why"]
                .map { (id: String) in Fixtures.card(id) })
        #expect(NearestIDs.nearest(to: "math-011/formula", in: library).first?.rawValue == "MATH-011/formula")
        #expect(NearestIDs.nearest(to: "MATH-011", in: library).map(\.rawValue) == ["MATH-011/formula", "MATH-011/interview"])
        #expect(NearestIDs.nearest(to: "ML-02/interview", in: library).first?.rawValue == "ML-002/interview")
        #expect(NearestIDs.nearest(to: "completely different", in: library).isEmpty)
        #expect(NearestIDs.nearest(to: "", in: library).isEmpty)
    }
}
