// libFuzzer target for the deck parser. Built by scripts/fuzz.sh together with the Deck module's
// sources (one module, so internal code is reachable); not part of the Swift package.
//
// Any bytes must parse without a crash, and the result must hold together: every card and every
// problem points at a line of the input, and a library built from it has no two cards with one ID.

@_cdecl("LLVMFuzzerTestOneInput")
public func deckParserFuzzInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size))
    let result = DeckParser.parse(bytes, file: "fuzz.md")
    let lineCount = bytes.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
    for card in result.deck.cards where card.location.line < 1 || card.location.line > lineCount {
        fatalError("card \(card.id) at line \(card.location.line) of \(lineCount)")
    }
    for diagnostic in result.diagnostics where diagnostic.location.line < 0 || diagnostic.location.line > lineCount {
        fatalError("problem at line \(diagnostic.location.line) of \(lineCount): \(diagnostic)")
    }
    let library = DeckLibrary(parsed: [result])
    var seen = Set<String>()
    for card in library.cards where !seen.insert(card.id.rawValue).inserted {
        fatalError("two cards with the ID \(card.id)")
    }
    return 0
}
