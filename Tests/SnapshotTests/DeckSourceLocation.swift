import Deck

/// The deck module's source location, named apart from Swift Testing's.
typealias DeckSourceLocation = SourceLocation
