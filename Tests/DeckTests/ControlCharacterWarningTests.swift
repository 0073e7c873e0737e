import Testing
@testable import Deck

/// `recall check` warns about every character that is shown as a mark instead of reaching the
/// terminal, at its line, naming the part of the card; the card itself loads with its text intact.
@Suite struct ControlCharacterWarningTests {
    @Test func anEscapeSequenceInAQuestionWarnsOncePerCharacterAndKeepsTheCard() {
        let result = parse("# Deck\n\n- Evil \u{1B}[2J\u{1B}]0;PWNED\u{07} question? :: answer\n")
        #expect(result.warnings.map(\.description) == [
            "Decks/test.md:3: warning: control character U+001B in the question; it is shown as ␛",
            "Decks/test.md:3: warning: control character U+0007 in the question; it is shown as ␇",
        ])
        #expect(result.deck.cards.count == 1)
        #expect(result.deck.cards.first?.front == "Evil \u{1B}[2J\u{1B}]0;PWNED\u{07} question?")
    }

    @Test func bidirectionalControlsAndC1ControlsWarnInEveryPart() {
        let text = """
            # Title\u{202E}
            ## Phase\u{9B}
            ### Section\u{2066}
            - Q :: access\u{202E}level
            - ML-1 Name\u{200F} (High, Not Started, Week 1) :: Formula: a\u{7F}b :: Notes: n\u{2028}
            ### 01. Topic
            **Concepts**: c\u{1B}
            """
        let messages = parse(text).warnings.map(\.description)
        #expect(messages == [
            "Decks/test.md:1: warning: bidirectional control U+202E in the deck title; it is shown as <U+202E>",
            "Decks/test.md:2: warning: control character U+009B in the phase name; it is shown as <U+009B>",
            "Decks/test.md:3: warning: bidirectional control U+2066 in the section heading; it is shown as <U+2066>",
            "Decks/test.md:4: warning: bidirectional control U+202E in the answer; it is shown as <U+202E>",
            "Decks/test.md:5: warning: bidirectional control U+200F in the concept's name; it is shown as <U+200F>",
            "Decks/test.md:5: warning: control character U+007F in the field 'Formula'; it is shown as ␡",
            "Decks/test.md:5: warning: invisible format character U+2028 in the field 'Notes'; it is shown as <U+2028>",
            "Decks/test.md:7: warning: control character U+001B in the field 'Concepts'; it is shown as ␛",
        ])
    }

    @Test func tabsProseAndCodeBlocksDoNotWarn() {
        let text = "# D\n\n- Q\t:: A\tB\nprose \u{1B}[2J is not shown\n```\n- X :: \u{1B}\n```\n"
        #expect(parse(text).warnings.isEmpty)
    }

    @Test func aFileNameWithControlsIsPrintedOnOneLineWithItsMarks() {
        let location = SourceLocation(file: "d/evil\n\u{1B}[2Jname.md", line: 3)
        #expect(location.description == "d/evil␊␛[2Jname.md:3")
        #expect(location.file == "d/evil\n\u{1B}[2Jname.md")
    }
}
