import Deck

/// Why a phase name given on the command line matched no phase or more than one.
public enum PhaseMatchError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Several phases match; `candidates` lists them in deck order.
    case ambiguous(query: String, candidates: [String])
    /// No phase matches; `phases` lists every phase in deck order.
    case notFound(query: String, phases: [String])

    /// A message a user can act on, listing the candidates or every phase.
    public var description: String {
        switch self {
        case .ambiguous(let query, let candidates):
            "\"\(query)\" matches several phases: " + candidates.map { "\"\($0)\"" }.joined(separator: ", ")
        case .notFound(let query, let phases):
            phases.isEmpty
                ? "no phase matches \"\(query)\": the decks have no phases"
                : "no phase matches \"\(query)\"; phases: " + phases.map { "\"\($0)\"" }.joined(separator: ", ")
        }
    }
}

/// Finds the phase a user means by a name, case-insensitively: an exact name first; then
/// `Phase N` or a bare `N` (phases named "Phase N" followed by a non-digit or nothing);
/// then a unique prefix; then a unique part of a name.
public struct PhaseMatcher: Sendable {
    /// The phases to choose from, each once, in deck order.
    public let phases: [String]

    /// A matcher over `phases`; repeated names count once.
    public init(phases: [String]) {
        var seen = Set<String>()
        self.phases = phases.filter { seen.insert($0).inserted }
    }

    /// A matcher over the library's phases that hold cards, in deck order: a `##` heading over
    /// prose only (the curriculum's "Success Tips") is nothing to cram, and would only make
    /// prefixes ambiguous.
    public init(library: DeckLibrary) {
        self.init(phases: library.cards.compactMap(\.phase))
    }

    /// The exact name of the phase `query` means.
    public func match(_ query: String) throws(PhaseMatchError) -> String {
        let wanted = Self.trimmed(query).lowercased()
        guard !wanted.isEmpty else { throw .notFound(query: query, phases: phases) }
        let lowered = phases.map { $0.lowercased() }

        let exact = phases.indices.filter { lowered[$0] == wanted }
        if let caseExact = exact.first(where: { phases[$0] == Self.trimmed(query) }) {
            return phases[caseExact]
        }
        let steps: [[Int]] = [
            exact,
            Self.phaseNumber(in: wanted).map { number in
                phases.indices.filter { Self.isPhase(number, named: lowered[$0]) }
            } ?? [],
            phases.indices.filter { lowered[$0].hasPrefix(wanted) },
            phases.indices.filter { lowered[$0].contains(wanted) },
        ]
        for found in steps where !found.isEmpty {
            guard found.count == 1 else {
                throw .ambiguous(query: query, candidates: found.map { phases[$0] })
            }
            return phases[found[0]]
        }
        throw .notFound(query: query, phases: phases)
    }

    /// The phases other than `chosen` whose names also contain `query` in part: those a user
    /// might have meant, left out by the match (say which, so none is skipped silently).
    public func alsoMatching(_ query: String, chosen: String) -> [String] {
        let wanted = Self.trimmed(query).lowercased()
        guard !wanted.isEmpty else { return [] }
        return phases.filter { $0 != chosen && $0.lowercased().contains(wanted) }
    }

    /// The note for a match that left out other phases matching in part, nil when none did:
    /// `"deep learning" is the phase "Deep Learning"; also matching in part, left out: "…"`.
    public func leftOutNote(_ query: String, chosen: String) -> String? {
        let others = alsoMatching(query, chosen: chosen)
        guard !others.isEmpty else { return nil }
        return "\"\(Self.trimmed(query))\" is the phase \"\(chosen)\"; also matching in part, left out: "
            + others.map { "\"\($0)\"" }.joined(separator: ", ") + " (give more of a name to cram one of those)"
    }

    /// The number in "phase N", "phaseN" or "N", else nil.
    static func phaseNumber(in query: String) -> Substring? {
        var rest = Substring(query)
        if rest.hasPrefix("phase") {
            rest = rest.dropFirst("phase".count).drop { $0 == " " }
        }
        guard !rest.isEmpty, rest.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return rest
    }

    /// Whether a lowercased phase name starts with "phase N" and no further digit.
    static func isPhase(_ number: Substring, named name: String) -> Bool {
        let prefix = "phase " + number
        guard name.hasPrefix(prefix) else { return false }
        guard let next = name.dropFirst(prefix.count).first else { return true }
        return !(next.isASCII && next.isNumber)
    }

    private static func trimmed(_ text: String) -> String {
        String(text.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
