import Deck
import Foundation
import ReviewLog

/// Parsed decks kept between runs, in one file per decks folder beside the log snapshots: each
/// deck file's parse result with the file's path and a fingerprint of all its bytes. A deck file
/// is parsed again only when its bytes (or the program) changed; reading a result back costs a
/// fraction of parsing. Like the snapshots, never needed: a missing or damaged cache file is
/// as if empty, and the library is the same with it or without it.
public struct DeckCache: Sendable {
    /// Where the cache files are.
    public let store: SnapshotStore
    /// Identifies the running program; another build's cache is not used.
    public let program: UInt64

    /// A cache in `store`'s folder for the program `program`.
    public init(store: SnapshotStore, program: UInt64) {
        self.store = store
        self.program = program
    }

    /// Loads the decks in `folder` (whose absolute path is `name`), reusing the results of
    /// deck files whose bytes are unchanged; when any file was parsed, the cache should be
    /// saved again with `save(_:)` (left to the caller, so that it can wait for a quieter moment:
    /// encoding holds a second copy of the decks' text for a while).
    public func load(_ folder: DeckFolder, name: String) throws(DeckLoadError) -> (DeckLibrary, PendingSave?) {
        let cacheName = "decks:" + name
        var known = Decoded(entries: [:], index: nil)
        // The cards keep their texts in the mapped file (`PackedCardTexts`), so it stays mapped
        // for as long as they do; only their fronts and backs that are shown are ever read.
        if let file = store.mappedFile(for: cacheName) {
            known = Self.decoded(file, program: program) ?? known
            // Checked and decoded: of the texts, only those shown will be read again.
            file.dropReadPages()
        }
        var used: [String: CachedDeck] = [:]
        var changed = false
        var indexReused = false
        let library = try folder.load(
            reusing: { file, bytes in
                guard let entry = known.entries[file], entry.byteCount == bytes.count,
                      entry.fingerprint == Self.fingerprint(bytes) else { return nil }
                used[file] = entry
                return entry.result
            },
            parsed: { file, bytes, result in
                used[file] = CachedDeck(fingerprint: Self.fingerprint(bytes), byteCount: bytes.count, result: result)
                changed = true
            },
            savedIndex: {
                guard let saved = known.index, saved.key == Self.libraryKey(used) else { return nil }
                indexReused = true
                return saved.index
            })
        let index = library.hasNoRepeatedIDs ? library.index : nil
        guard changed || used.count != known.entries.count || (!indexReused && index != nil) else {
            return (library, nil)
        }
        return (library, PendingSave(entries: used, index: index, name: cacheName))
    }

    /// A deck cache to write: what the last load parsed and reused, and the library's index.
    public struct PendingSave: Sendable {
        fileprivate let entries: [String: CachedDeck]
        fileprivate let index: CardIndex?
        fileprivate let name: String
    }

    /// Writes a cache that a load left to save.
    public func save(_ pending: PendingSave) {
        store.save(Self.encoded(pending.entries, index: pending.index, program: program), for: pending.name)
    }

    /// What a cache file holds: each deck file's result, and the index of all their cards
    /// with the `libraryKey` of the files it was built from.
    struct Decoded {
        var entries: [String: CachedDeck]
        var index: (key: UInt64, index: CardIndex)?
    }

    /// Identifies a set of deck files by their paths and contents: the library's index saved
    /// with one set is the index of another only when their keys are equal.
    static func libraryKey(_ entries: [String: CachedDeck]) -> UInt64 {
        var hasher = ByteFingerprint()
        for (file, entry) in entries.sorted(by: { $0.key < $1.key }) {
            hasher.add(file)
            hasher.add(entry.fingerprint)
            hasher.add(UInt64(entry.byteCount))
        }
        return hasher.value
    }

    /// One deck file's parse result and the bytes it came from.
    struct CachedDeck: Sendable {
        var fingerprint: UInt64
        var byteCount: Int
        var result: DeckParseResult
    }

    static func fingerprint(_ bytes: [UInt8]) -> UInt64 {
        var hasher = ByteFingerprint()
        hasher.add(bytes)
        return hasher.value
    }

    private static let magic = Array("RECALLDECKCACHE\0".utf8)
    private static let formatVersion: UInt32 = 5

    static func encoded(_ entries: [String: CachedDeck], index: CardIndex? = nil, program: UInt64) -> [UInt8] {
        // Room for all of it at once (about two and a half times the decks' bytes, plus the
        // index): grown by doubling, a 25 MB buffer would be in memory twice while copied.
        let deckBytes = entries.values.reduce(0) { $0 + $1.byteCount }
        let indexBytes = index.map { $0.withRawParts { _, _, slots, keys in slots.count + keys.count } } ?? 0
        var out = ByteWriter(capacity: deckBytes * 3 + indexBytes + 4096)
        for byte in magic { out.u8(byte) }
        out.u32(formatVersion)
        out.u64(program)
        // A deck whose cards do not all share its name, file and phases cannot be packed; it is
        // left out, to be parsed again next time (parsing never makes one).
        let packable = entries.filter { ByteWriter.canPack($0.value.result) }
        out.u32(UInt32(packable.count))
        for (file, entry) in packable.sorted(by: { $0.key < $1.key }) {
            out.string(file)
            out.u64(entry.fingerprint)
            out.int(entry.byteCount)
            // Each deck's part is preceded by its length, so that the parts can be read at once.
            let lengthAt = out.bytes.count
            out.u32(0)
            out.parseResult(entry.result)
            out.setU32(UInt32(out.bytes.count - lengthAt - 4), at: lengthAt)
        }
        // The library's index, kept only when every deck was packed (else the library it
        // indexes is not the one these entries make).
        if let index, packable.count == entries.count {
            out.u8(1)
            out.u64(libraryKey(entries))
            index.withRawParts { mask, count, slots, keyBytes in
                out.u64(UInt64(mask))
                out.u64(UInt64(count))
                out.u64(UInt64(slots.count))
                out.append(raw: slots)
                out.u64(UInt64(keyBytes.count))
                out.append(raw: keyBytes)
            }
        } else {
            out.u8(0)
        }
        return out.takeSealed { checksum($0) { _ in } }
    }

    /// The fingerprint of `raw` taken 4 MB at a time; `done` is told each piece once read.
    private static func checksum(_ raw: UnsafeRawBufferPointer, done: (Range<Int>) -> Void) -> UInt64 {
        var check = ByteFingerprint()
        var offset = 0
        while offset < raw.count {
            let piece = offset..<min(raw.count, offset + (1 << 22))
            check.add(raw: UnsafeRawBufferPointer(rebasing: raw[piece]))
            done(piece)
            offset = piece.upperBound
        }
        return check.value
    }

    static func decoded(_ file: MappedFile, program: UInt64) -> Decoded? {
        let raw = file.bytes
        guard raw.count >= magic.count + 20, raw.starts(with: magic) else { return nil }
        let body = raw.count - 8
        // Checked a piece at a time, each piece's pages given back once read: the decoding that
        // follows reads only the tables, not the cards' texts, and the whole file need never
        // count towards the process's memory at once.
        let check = checksum(UnsafeRawBufferPointer(rebasing: raw[..<body])) { file.dropReadPages(in: $0) }
        let stored = raw[body...].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        guard stored == check else { return nil }
        do {
            var input = ByteReader(UnsafeRawBufferPointer(rebasing: raw[magic.count..<body]))
            guard input.u32() == formatVersion, input.u64() == program else { return nil }
            var heads: [(file: String, fingerprint: UInt64, byteCount: Int)] = []
            var parts: [UnsafeRawBufferPointer] = []
            for _ in 0..<input.count(minimumSize: 24) {
                let file = input.string()
                let fingerprint = input.u64()
                let byteCount = input.int()
                guard let part = input.slice(Int(input.u32())) else { return nil }
                heads.append((file, fingerprint, byteCount))
                parts.append(part)
            }
            var savedIndex: (UInt64, mask: Int, count: Int, slots: UnsafeRawBufferPointer, keys: UnsafeRawBufferPointer)?
            if input.u8() == 1 {
                let key = input.u64()
                let mask = Int(truncatingIfNeeded: input.u64())
                let count = Int(truncatingIfNeeded: input.u64())
                let slots = input.slice(Int(truncatingIfNeeded: input.u64()))
                let keys = input.slice(Int(truncatingIfNeeded: input.u64()))
                if let slots, let keys { savedIndex = (key, mask, count, slots, keys) }
            }
            guard input.finishedCleanly else { return nil }
            let results = Self.decodeParts(parts, of: file)
            var entries: [String: CachedDeck] = [:]
            for (head, result) in zip(heads, results) {
                guard let result else { return nil }
                entries[head.file] = CachedDeck(fingerprint: head.fingerprint, byteCount: head.byteCount, result: result)
            }
            let cardCount = results.reduce(0) { $0 + ($1?.deck.cards.count ?? 0) }
            let index = savedIndex.flatMap { saved in
                CardIndex(mask: saved.mask, count: saved.count, slots: saved.slots, keyBytes: saved.keys, positions: cardCount)
                    .map { (saved.0, $0) }
            }
            return Decoded(entries: entries, index: index)
        }
    }

    /// Decodes each deck's part, one after the other: done in parallel it was no faster on two
    /// cores, and slower on a busy machine.
    private static func decodeParts(_ parts: [UnsafeRawBufferPointer], of file: any PinnedBytes) -> [DeckParseResult?] {
        parts.map { part in
            var input = ByteReader(part)
            let result = input.parseResult(file: file)
            return input.finishedCleanly ? result : nil
        }
    }
}

/// The strings a deck's cards share (deck name, phases, note IDs, file names), written once and
/// referred to by number, so that reading back makes one string of each, as parsing does. The
/// cards' own texts (fronts, backs, sections, statuses) are packed apart (`PackedCardTexts`) and
/// read only when asked for.
private struct StringTable {
    var numbers: [String: UInt32] = [:]
    var strings: [String] = []

    mutating func number(_ text: String) -> UInt32 {
        if let found = numbers[text] { return found }
        let number = UInt32(strings.count)
        numbers[text] = number
        strings.append(text)
        return number
    }
}

private let absent = UInt32.max

extension ByteWriter {
    /// Whether every card of `result` has its deck's name and file, and a phase among its deck's.
    fileprivate static func canPack(_ result: DeckParseResult) -> Bool {
        let deck = result.deck
        let phases = Set(deck.phases)
        return deck.cards.allSatisfy { card in
            card.deck == deck.name && card.location.file == deck.file && card.phase.map(phases.contains) ?? true
        }
    }

    fileprivate mutating func parseResult(_ result: DeckParseResult) {
        var table = StringTable()
        var texts = PackedCardTexts.Builder()
        var body = ByteWriter()
        let deck = result.deck
        var phaseNumbers: [String: UInt32] = [:]
        for (number, phase) in deck.phases.enumerated() where phaseNumbers[phase] == nil {
            phaseNumbers[phase] = UInt32(number)
        }
        body.string(deck.name)
        body.string(deck.file)
        body.u32(UInt32(deck.phases.count))
        for phase in deck.phases { body.u32(table.number(phase)) }
        body.u32(UInt32(deck.cards.count))
        for card in deck.cards {
            body.string(card.id.rawValue)
            body.u32(table.number(card.noteID))
            body.u8(UInt8(CardKind.allCases.firstIndex(of: card.kind) ?? 0))
            body.u32(card.phase.flatMap { phaseNumbers[$0] } ?? absent)
            body.u32(texts.add(front: card.front, status: card.status, sections: card.sections, back: card.back))
            body.u8(card.week == nil ? 0 : 1)
            body.int(card.week ?? 0)
            body.u8(card.priority.map { UInt8($0.rawValue) } ?? UInt8.max)
            body.int(card.location.line)
        }
        body.u32(UInt32(result.diagnostics.count))
        for diagnostic in result.diagnostics {
            body.u8(diagnostic.severity == .error ? 1 : 0)
            body.u32(table.number(diagnostic.location.file))
            body.int(diagnostic.location.line)
            body.string(diagnostic.message)
        }
        u32(UInt32(table.strings.count))
        for text in table.strings { string(text) }
        u32(UInt32(texts.bytes.count))
        append(texts.bytes)
        u32(UInt32(body.bytes.count))
        append(body.bytes)
    }
}

extension ByteReader {
    /// A deck's part, read from `file`: its cards' texts stay there.
    fileprivate mutating func parseResult(file pinned: any PinnedBytes) -> DeckParseResult? {
        var table: [String] = []
        for _ in 0..<count(minimumSize: 4) { table.append(string()) }
        guard let packed = slice(Int(u32())), let base = pinned.bytes.baseAddress else { return nil }
        let start = packed.baseAddress.map { $0 - base } ?? 0
        _ = u32()  // the body's length
        var failedLookup = false
        func named(_ number: UInt32) -> String {
            guard Int(number) < table.count else {
                failedLookup = true
                return ""
            }
            return table[Int(number)]
        }
        let name = string()
        let file = string()
        var phases: [String] = []
        for _ in 0..<count(minimumSize: 4) { phases.append(named(u32())) }
        let texts = PackedCardTexts(
            storage: pinned, region: start..<start + packed.count,
            deck: PackedCardTexts.SharedDeckFields(name: name, file: file, phases: phases))
        let cardCount = count(minimumSize: 31)
        var columns = PackedDeckCards.Builder(capacity: cardCount)
        let kinds = Array(CardKind.allCases)
        for _ in 0..<cardCount {
            let id = string()
            let noteID = named(u32())
            let kindIndex = Int(u8())
            let phase = u32()
            let record = u32()
            let hasWeek = u8() == 1
            let week = int()
            let priorityCode = u8()
            let line = int()
            guard kindIndex < kinds.count, phase == absent || Int(phase) < phases.count,
                  // Only that the record starts inside the texts: checking it whole would read every
                  // card's texts, which a start that shows a few cards never needs (a damaged one
                  // reads as empty, never past the texts; and the file's checksum held).
                  Int(record) < packed.count else { return nil }
            columns.add(
                id: CardID(id), noteID: noteID, kind: kinds[kindIndex], record: record, phase: phase == absent ? nil : Int(phase),
                week: hasWeek ? week : nil,
                priority: priorityCode == UInt8.max ? nil : Priority(rawValue: Int(priorityCode)), line: line)
        }
        let cards = columns.build(texts: texts).cards
        var diagnostics: [DeckDiagnostic] = []
        for _ in 0..<count(minimumSize: 17) {
            let severity: DeckDiagnostic.Severity = u8() == 1 ? .error : .warning
            let location = SourceLocation(file: named(u32()), line: int())
            diagnostics.append(DeckDiagnostic(severity, at: location, string()))
        }
        guard !failed, !failedLookup else { return nil }
        return DeckParseResult(deck: Deck(name: name, file: file, phases: phases, cards: cards), diagnostics: diagnostics)
    }
}
