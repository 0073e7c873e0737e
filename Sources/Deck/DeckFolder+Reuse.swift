import Foundation

extension DeckFolder {
    /// Loads the folder as `load()` does, but asks `reuse` first for each deck file (given its
    /// path and bytes) and parses only the files it has no result for; each file parsed is
    /// handed to `parsed`, so that a cache can keep it. When every file was reused, `savedIndex`
    /// may give the index the cache saved for exactly those files. The library is the same
    /// either way, as long as `reuse` and `savedIndex` give back only what those very bytes gave.
    public func load(
        reusing reuse: (_ file: String, _ bytes: [UInt8]) -> DeckParseResult?,
        parsed: (_ file: String, _ bytes: [UInt8], _ result: DeckParseResult) -> Void,
        savedIndex: () -> CardIndex? = { nil }
    ) throws(DeckLoadError) -> DeckLibrary {
        let (files, listingProblems) = try deckFiles()
        var problems = listingProblems
        if files.isEmpty {
            problems.append(DeckDiagnostic(
                .error, at: SourceLocation(file: path, line: 0), "no .md deck files in this folder"))
        }
        var outcomes: [Result<DeckParseResult, ReadFailure>?] = []
        var missing: [(index: Int, bytes: [UInt8])] = []
        for (index, file) in files.enumerated() {
            switch Self.readBytes(atPath: file) {
            case .success(let bytes):
                if let known = reuse(file, bytes) {
                    outcomes.append(.success(known))
                } else {
                    outcomes.append(nil)
                    missing.append((index, bytes))
                }
            case .failure(let failure):
                outcomes.append(.failure(failure))
            }
        }
        let fresh = Self.parse(missing.map { (files[$0.index], $0.bytes) })
        for (miss, result) in zip(missing, fresh) {
            outcomes[miss.index] = .success(result)
            parsed(files[miss.index], miss.bytes, result)
        }
        var results: [DeckParseResult] = []
        results.reserveCapacity(files.count)
        for (file, outcome) in zip(files, outcomes) {
            switch outcome {
            case .success(let result)?:
                results.append(result)
            case .failure(let failure)?:
                problems.append(DeckDiagnostic(
                    .error, at: SourceLocation(file: file, line: 0), "cannot read this deck: \(failure.reason)"))
            case nil:
                problems.append(DeckDiagnostic(
                    .error, at: SourceLocation(file: file, line: 0), "cannot read this deck: not read"))
            }
        }
        return DeckLibrary(
            parsed: results, diagnostics: problems, prebuiltIndex: missing.isEmpty && problems.isEmpty ? savedIndex() : nil)
    }
}

extension DeckFolder {
    /// Parses each file's bytes, one after the other: a start with a cache parses only what
    /// changed, and on a first start (where every file is parsed) the review log is read on the
    /// other core meanwhile; parsing on both cores only slowed that read down (a whole first
    /// `recall due` at 100k cards took about 10 % longer).
    static func parse(_ files: [(file: String, bytes: [UInt8])]) -> [DeckParseResult] {
        files.map { DeckParser.parse($0.bytes, file: $0.file) }
    }
}
