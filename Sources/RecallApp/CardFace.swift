import Deck

/// What the review screen shows of a card, for other views and commands.
public enum CardFace {
    /// The answer shown centred under the rule (a formula, a question's answer, a topic's
    /// field), if any, and the labelled fields below it.
    public static func answerParts(_ card: Card) -> (main: String?, fields: [CardField]) {
        App.answerParts(card)
    }

    /// How many cells of a screen `width` cells wide the review screen gives a card's text.
    public static func textWidth(screenWidth width: Int) -> Int {
        max(1, width - 6)
    }
}
