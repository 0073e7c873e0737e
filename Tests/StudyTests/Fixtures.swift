import Deck
import Foundation
import ReviewLog
import SM2
import Study

/// Small builders shared by the Study tests: cards, libraries, days and log events.
enum Fixtures {
    /// Days in UTC starting at 04:00, the default rule.
    static let utcDays = LocalDays.utc()

    /// 2026-11-21, the day most tests take as today.
    static let today = LocalDays.dayNumber(year: 2026, month: 11, day: 21)

    /// Noon UTC on `day`, in milliseconds: safely inside that study day in UTC.
    static func noon(_ day: Int, plusMinutes minutes: Int = 0) -> Int64 {
        Int64(day) * 86_400_000 + 12 * 3_600_000 + Int64(minutes) * 60_000
    }

    static func card(
        _ id: String, note: String? = nil, kind: CardKind = .formula, deck: String = "Tracker",
        phase: String? = "Math", week: Int? = nil, priority: Priority? = nil, line: Int = 1
    ) -> Card {
        Card(
            id: CardID(id), noteID: note ?? String(id.prefix { $0 != "/" }), kind: kind, deck: deck,
            phase: phase, sections: [], front: "\(id)?", back: [CardField(label: "Answer", value: id)],
            week: week, priority: priority, location: SourceLocation(file: "\(deck).md", line: line))
    }

    /// A concept's two sibling cards, `ID/formula` and `ID/interview`.
    static func concept(
        _ id: String, week: Int?, priority: Priority?, deck: String = "Tracker", phase: String? = "Math"
    ) -> [Card] {
        [
            card("\(id)/formula", note: id, kind: .formula, deck: deck, phase: phase, week: week, priority: priority),
            card("\(id)/interview", note: id, kind: .interview, deck: deck, phase: phase, week: week, priority: priority),
        ]
    }

    static func library(_ decks: [(file: String, cards: [Card])]) -> DeckLibrary {
        DeckLibrary(decks: decks.map { deck in
            let phases = deck.cards.compactMap(\.phase).reduce(into: [String]()) { seen, phase in
                if !seen.contains(phase) { seen.append(phase) }
            }
            return Deck(name: deck.file, file: deck.file, phases: phases, cards: deck.cards)
        })
    }

    static func library(_ cards: [Card]) -> DeckLibrary {
        library([(file: "deck.md", cards: cards)])
    }

    static func event(
        _ kind: EventKind, _ id: String, _ grade: Int, at time: Int64, millis: Int = 1000
    ) -> LogEvent {
        LogEvent(time: time, kind: kind, cardID: id, grade: Grade(grade), answerMillis: millis)
    }

    static func replay(_ library: DeckLibrary, _ events: [LogEvent], today: Int = Fixtures.today) -> Replay {
        Replay(library: library, answers: events, days: utcDays, today: today)
    }
}
