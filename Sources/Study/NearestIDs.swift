import Deck

/// The card IDs closest to one that is not in the library, for a "did you mean" message: the
/// same ID in another case first, then those sharing the most of it, by edit distance
/// (case-insensitive), at most `limit`, ties in deck order.
public enum NearestIDs {
    /// Up to `limit` IDs of `library` nearest to `query`; empty when none is reasonably close.
    public static func nearest(to query: String, in library: DeckLibrary, limit: Int = 3) -> [CardID] {
        let wanted = Array(query.lowercased().unicodeScalars)
        guard !wanted.isEmpty else { return [] }
        // An ID further than this is no longer a likely typo.
        let bound = max(2, wanted.count / 2)
        var scored: [(distance: Int, position: Int)] = []
        for (position, card) in library.cards.enumerated() {
            let candidate = Array(card.id.rawValue.lowercased().unicodeScalars)
            if abs(candidate.count - wanted.count) > bound, !candidate.starts(with: wanted) { continue }
            var distance = editDistance(wanted, candidate, bound: bound)
            // `MATH-011` for `MATH-011/formula`: a prefix counts as close.
            if candidate.starts(with: wanted) { distance = min(distance, 1) }
            if distance <= bound { scored.append((distance, position)) }
        }
        scored.sort { ($0.distance, $0.position) < ($1.distance, $1.position) }
        return scored.prefix(limit).map { library.cards[$0.position].id }
    }

    /// The Levenshtein distance between `a` and `b`, or `bound + 1` once it is sure to exceed `bound`.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], bound: Int) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > bound { return bound + 1 }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
