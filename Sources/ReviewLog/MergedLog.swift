/// The files of a log folder merged into one log (`LogMerge.merge`), with where each answer
/// came from.
public struct MergedLog: Hashable, Sendable {
    /// What one file of the folder held.
    public struct FileSummary: Hashable, Sendable {
        /// The file's name in the folder.
        public let name: String
        /// The device it belongs to (`LogFolder.deviceName(ofFile:)`): a conflict copy counts for
        /// the device it copies.
        public let device: String
        /// Its answer lines, taken back or not.
        public let answerLineCount: Int
        /// Its answers taken back by its own undos.
        public let undoneCount: Int
        /// Its lines that could not be read.
        public let problemCount: Int
    }

    /// The merged log: its answers in merged order (each with its line number in its own file),
    /// the problems of every file (each naming its file), and the counts of all files together.
    public let contents: LogContents
    /// The files merged, sorted by name.
    public let files: [FileSummary]
    /// For each of `contents.answers`, the index in `files` of the file it came from.
    public let answerFiles: [Int32]
    /// How many answer lines were left out because the same line was already counted from
    /// another file (a conflict copy, a file copied twice).
    public let duplicateCount: Int

    /// The merged log as given.
    public init(contents: LogContents, files: [FileSummary], answerFiles: [Int32], duplicateCount: Int) {
        self.contents = contents
        self.files = files
        self.answerFiles = answerFiles
        self.duplicateCount = duplicateCount
    }

    /// The answers that stand, counted by device, in order of device name.
    public var answersPerDevice: [(device: String, answers: Int)] {
        var counts: [String: Int] = [:]
        for device in files.map(\.device) { counts[device, default: 0] += 0 }
        for file in answerFiles { counts[files[Int(file)].device, default: 0] += 1 }
        return counts.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }.map { ($0.key, $0.value) }
    }
}
