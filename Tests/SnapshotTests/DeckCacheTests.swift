import Deck
import Foundation
import ReviewLog
import Snapshot
import Study
import Testing

@Suite struct DeckCacheTests {
    private static let tracker = """
        # Tracker

        ## Phase 1: Maths

        | # | Concept | Formula | Interview question | Priority | Week | Status |
        |---|---|---|---|---|---|---|
        | MATH-001 | Chain rule | dy/dx = dy/du · du/dx | Why does backprop need it? | High | 1 | Not Started |
        | MATH-002 | Bayes | P(A|B) = P(B|A)P(A)/P(B) | A test is 99% accurate… | Medium | 2 | Not Started |

        - What is a gradient? :: The vector of partial derivatives.
        """

    /// Loaded through the cache (empty, then warm, then after an edit, a new file, a removed
    /// file and a damaged cache file), the library equals the one parsed from scratch.
    @Test func theLibraryIsTheSameWithTheCacheAsWithout() throws {
        let folder = try TemporaryFolder()
        let decks = folder.path + "/decks"
        try FileManager.default.createDirectory(atPath: decks + "/more", withIntermediateDirectories: true)
        try Self.tracker.write(toFile: decks + "/tracker.md", atomically: false, encoding: .utf8)
        try "# Q\n\n- 2 + 2? :: 4\n- broken line without separator\n".write(toFile: decks + "/more/q.md", atomically: false, encoding: .utf8)
        let cache = DeckCache(store: SnapshotStore(folder: folder.path + "/cache"), program: 7)
        func expectSame(_ comment: Comment) throws {
            let plain = try DeckFolder(path: decks).load()
            let (cached, pending) = try cache.load(DeckFolder(path: decks), name: decks)
            if let pending { cache.save(pending) }
            #expect(cached.cards == plain.cards, comment)
            #expect(cached.decks == plain.decks, comment)
            #expect(cached.diagnostics == plain.diagnostics, comment)
            // The index (saved with the cache when every deck was reused) finds every card.
            for card in plain.cards { #expect(cached.position(of: card.id) == plain.position(of: card.id), comment) }
            #expect(cached.position(of: CardID("NOT-A-CARD")) == nil, comment)
        }
        try expectSame("empty cache")
        let (_, nothingToSave) = try cache.load(DeckFolder(path: decks), name: decks)
        #expect(nothingToSave == nil, "a warm load parses nothing and saves nothing")
        try expectSame("warm cache")
        try Self.tracker.replacingOccurrences(of: "Bayes", with: "Bayes' rule")
            .write(toFile: decks + "/tracker.md", atomically: false, encoding: .utf8)
        try expectSame("an edited deck")
        try "- New? :: Yes\n".write(toFile: decks + "/new.md", atomically: false, encoding: .utf8)
        try expectSame("a new deck")
        try FileManager.default.removeItem(atPath: decks + "/more/q.md")
        try expectSame("a removed deck")
        try expectSame("warm again, with the index saved")
        try "- What is a gradient? :: Repeated on purpose.\n".write(toFile: decks + "/repeat.md", atomically: false, encoding: .utf8)
        try expectSame("a deck repeating another's card ID")
        try expectSame("warm, with a repeated card ID")
        try FileManager.default.removeItem(atPath: decks + "/repeat.md")
        try expectSame("the repeat removed")
        let file = cache.store.file(for: "decks:" + decks)
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: file)))
        bytes[bytes.count / 2] ^= 0xFF
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        try expectSame("a damaged cache file")
        let other = DeckCache(store: cache.store, program: 8)
        let (_, rebuilt) = try other.load(DeckFolder(path: decks), name: decks)
        #expect(rebuilt != nil, "another build's cache is parsed again")
    }

    /// Random bytes, cut snapshots and flipped bytes never crash the reader and never pass
    /// for a snapshot.
    @Test func damagedSnapshotsAreRefused() throws {
        let folder = try TemporaryFolder()
        let log = folder.path + "/r.log"
        var generator = SplitMix64(seed: 99)
        try Data(SnapshotFixtures.randomLines(&generator, count: 200, startDay: SnapshotFixtures.firstDay))
            .write(to: URL(fileURLWithPath: log))
        let store = SnapshotStore(folder: folder.path + "/cache")
        let days = LocalDays.utc()
        _ = try SnapshotLoader(store: store, program: 1).load(path: log, snapshotName: log, days: days, today: SnapshotFixtures.firstDay + 30)
        let good = try #require(store.load(for: log))
        #expect(ReplaySnapshot.decoded(from: good, days: days) != nil)
        for _ in 0..<2000 {
            var bytes = good
            switch generator.next(below: 3) {
            case 0: bytes[generator.next(below: bytes.count)] ^= UInt8(1 + generator.next(below: 255))
            case 1: bytes.removeLast(1 + generator.next(below: bytes.count - 1))
            default: bytes = (0..<generator.next(below: 400)).map { _ in UInt8(generator.next(below: 256)) }
            }
            #expect(ReplaySnapshot.decoded(from: bytes, days: days) == nil)
        }
        #expect(ReplaySnapshot.decoded(from: good, days: LocalDays.utc(dayStartHour: 5)) == nil, "other day counting")
    }
}
