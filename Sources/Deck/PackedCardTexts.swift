/// The texts of a deck's cards (fronts, backs, sections, statuses) packed into one byte buffer,
/// read only when a card's text is asked for.
///
/// What lets a start-up that reads decks back from a cache make 100 000 cards without making
/// their half a million strings: a command such as `recall due` reads the fronts of the cards it
/// prints and nothing else. A card keeps the buffer and the offset of its record:
/// the front, the status, the sections and the back's fields, each a string as
/// `(offset, length)` into the same buffer, as little-endian `UInt32`s. A record or string that
/// does not fit the buffer reads as empty: the buffer is trusted (it comes from a checksummed
/// cache) but never read past its end.
public final class PackedCardTexts: Sendable {
    /// The bytes the packed texts are in (shared, not copied: a cache file, mapped).
    private let storage: any PinnedBytes
    /// Where in `storage` the packed texts are: offsets count from its start.
    private let region: Range<Int>
    /// What every card of the deck shares: its name, file and phases.
    public let deck: SharedDeckFields

    /// What the cards of one deck share.
    public struct SharedDeckFields: Sendable {
        /// The deck's name.
        public let name: String
        /// The deck's file, as given to the loader.
        public let file: String
        /// The deck's phases; a card names its own by number.
        public let phases: [String]

        /// Fields with these values.
        public init(name: String, file: String, phases: [String]) {
            self.name = name
            self.file = file
            self.phases = phases
        }

        /// The phase numbered `number`, nil when there is none such.
        func phase(_ number: Int32) -> String? {
            number >= 0 && Int(number) < phases.count ? phases[Int(number)] : nil
        }
    }

    /// Texts read back from where a builder's bytes were saved: the part `region` of `storage`
    /// (all of it by default), for cards of the deck `deck`.
    public init(storage: any PinnedBytes, region: Range<Int>? = nil, deck: SharedDeckFields) {
        self.storage = storage
        let whole = 0..<storage.bytes.count
        self.region = region?.clamped(to: whole) ?? whole
        self.deck = deck
    }

    /// Texts packed by `Builder` (a copy of `bytes`, or of their part `region`).
    public convenience init(bytes: [UInt8], region: Range<Int>? = nil, deck: SharedDeckFields) {
        self.init(storage: OwnedBytes(bytes), region: region, deck: deck)
    }

    private static let absent = UInt32.max

    /// Packs cards' texts; equal short strings, and a long string given again, are stored once.
    public struct Builder: Sendable {
        /// The bytes so far.
        public private(set) var bytes: [UInt8] = []
        private var stored: [String: (UInt32, UInt32)] = [:]
        private var storedByPlace: [Int: (UInt32, UInt32)] = [:]
        private var kept: [String] = []
        private var spans: [(UInt32, UInt32)] = []

        /// An empty buffer.
        public init() {}

        /// Appends the record of a card with these texts; returns its offset.
        public mutating func add(front: String, status: String?, sections: [String], back: [CardField]) -> UInt32 {
            // The texts first (a record's words must not be split by text bytes), their spans kept
            // in a scratch list that is reused from card to card.
            spans.removeAll(keepingCapacity: true)
            spans.append(span(of: front))
            if let status { spans.append(span(of: status)) }
            for section in sections { spans.append(span(of: section)) }
            for field in back {
                spans.append(span(of: field.label))
                spans.append(span(of: field.value))
            }
            let record = UInt32(truncatingIfNeeded: bytes.count)
            var next = 0
            func put(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
            func putSpan() {
                put(spans[next].0)
                put(spans[next].1)
                next += 1
            }
            putSpan()
            if status == nil {
                put(PackedCardTexts.absent)
                put(0)
            } else {
                putSpan()
            }
            put(UInt32(truncatingIfNeeded: sections.count))
            for _ in sections { putSpan() }
            put(UInt32(truncatingIfNeeded: back.count))
            for _ in back {
                putSpan()
                putSpan()
            }
            return record
        }

        private mutating func span(of text: String) -> (UInt32, UInt32) {
            // Long texts are looked up by where their bytes are, not by their contents: a parsed
            // deck gives the same string (one storage) to every card that repeats it, and hashing
            // every front and back by value took most of the time of writing a deck cache. Each
            // such string is kept until the builder goes, so that no other string can come to
            // live at a place already looked up.
            guard text.utf8.count > 15,
                  let place = text.utf8.withContiguousStorageIfAvailable({ $0.baseAddress.map { Int(bitPattern: $0) } }) ?? nil
            else {
                if let found = stored[text] { return found }
                let span = append(text)
                stored[text] = span
                return span
            }
            if let found = storedByPlace[place] { return found }
            let span = append(text)
            storedByPlace[place] = span
            kept.append(text)
            return span
        }

        private mutating func append(_ text: String) -> (UInt32, UInt32) {
            let span = (UInt32(truncatingIfNeeded: bytes.count), UInt32(truncatingIfNeeded: text.utf8.count))
            bytes.append(contentsOf: text.utf8)
            return span
        }
    }

    /// Whether a record starts at `offset` and its counts fit the buffer.
    public func hasRecord(at offset: UInt32) -> Bool {
        var reader = recordReader(at: offset)
        reader.skip(4)
        let sections = Int(reader.u32())
        reader.skip(2 * sections)
        let fields = Int(reader.u32())
        reader.skip(4 * fields)
        return reader.fits
    }

    /// The front of the card whose record is at `record`.
    func front(_ record: UInt32) -> String {
        var reader = recordReader(at: record)
        return reader.string()
    }

    /// The status, nil when the card has none.
    func status(_ record: UInt32) -> String? {
        var reader = recordReader(at: record)
        reader.skip(2)
        return reader.optionalString()
    }

    /// The sections, outermost first.
    func sections(_ record: UInt32) -> [String] {
        var reader = recordReader(at: record)
        reader.skip(4)
        return (0..<reader.boundedCount(itemWords: 2)).map { _ in reader.string() }
    }

    /// The back's fields.
    func back(_ record: UInt32) -> [CardField] {
        var reader = recordReader(at: record)
        reader.skip(4)
        reader.skip(2 * reader.boundedCount(itemWords: 2))
        return (0..<reader.boundedCount(itemWords: 4)).map { _ in
            let label = reader.string()
            return CardField(label: label, value: reader.string())
        }
    }

    private func recordReader(at offset: UInt32) -> Reader {
        Reader(bytes: storage.bytes, region: region, at: region.lowerBound + Int(offset))
    }

    /// Reads a record's words; past the region's end every word reads as zero.
    private struct Reader {
        let bytes: UnsafeRawBufferPointer
        let region: Range<Int>
        var at: Int
        var fits = true

        init(bytes: UnsafeRawBufferPointer, region: Range<Int>, at: Int) {
            self.bytes = bytes
            self.region = region
            self.at = at
        }

        mutating func u32() -> UInt32 {
            guard at >= region.lowerBound, at <= region.upperBound - 4 else {
                fits = false
                return 0
            }
            defer { at += 4 }
            return UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: UInt32.self))
        }

        mutating func skip(_ words: Int) {
            at += 4 * words
            if at > region.upperBound { fits = false }
        }

        /// A count of items of `itemWords` words each, cut to what the region can hold.
        mutating func boundedCount(itemWords: Int) -> Int {
            min(Int(u32()), max(0, region.upperBound - at) / (4 * itemWords))
        }

        mutating func string() -> String { optionalString() ?? "" }

        mutating func optionalString() -> String? {
            let offset = u32()
            let length = Int(u32())
            guard offset != PackedCardTexts.absent else { return nil }
            let start = region.lowerBound + Int(offset)
            guard start <= region.upperBound, length <= region.upperBound - start else { return "" }
            return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<start + length]), as: UTF8.self)
        }
    }
}

/// Bytes at a fixed place in memory for as long as the object holding them lives: what packed
/// texts are read from (a copy of an array, or a cache file mapped into memory).
public protocol PinnedBytes: AnyObject, Sendable {
    /// The bytes; valid, and never changed, while the object lives.
    var bytes: UnsafeRawBufferPointer { get }
}

/// A copy of an array's bytes in memory of its own.
final class OwnedBytes: PinnedBytes, @unchecked Sendable {
    // Written once here, never again, and freed only when the object goes.
    let bytes: UnsafeRawBufferPointer

    init(_ source: [UInt8]) {
        let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: source.count, alignment: 8)
        source.withUnsafeBytes { copy.copyMemory(from: $0) }
        bytes = UnsafeRawBufferPointer(copy)
    }

    deinit { bytes.deallocate() }
}
