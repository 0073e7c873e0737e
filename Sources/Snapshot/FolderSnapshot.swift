import ReviewLog
import Study

/// What a replay of a log folder's files' first bytes derived (`LogMerge` of those first bytes,
/// folded), saved so that the next start reads only the lines appended since, when they cannot
/// change what came before them in the merge.
///
/// Only ever a shortcut: it names the program, day counting and folder it was made for, and
/// each file it covers by name, device, inode, covered bytes and their fingerprint; on any
/// difference it is not used.
public struct FolderSnapshot: Sendable {
    /// Identifies the program that made it.
    public var program: UInt64
    /// `LocalDays.fingerprint` of the day counting.
    public var days: UInt64
    /// The folder's path, made absolute.
    public var folderPath: String
    /// The latest time of any covered answer or action of any file (taken as read from its
    /// file, before the merge counted duplicate lines once); `Int64.min` when there is none.
    public var latestTime: Int64
    /// The keys of the covered answer lines that an `undo` of their file took back.
    public var undoneKeys: [LogLineKey]
    /// The files, by name as the folder sorts them, each with what its covered lines held.
    public var files: [File]
    /// The fold of the covered files' merge: every answer and action.
    public var fold: LogFold

    /// One file of the folder, as far as the snapshot covers it.
    public struct File: Hashable, Sendable {
        /// The file's name in the folder.
        public var name: String
        /// The file's device.
        public var device: UInt64
        /// The file's inode.
        public var inode: UInt64
        /// How many bytes it covers: whole lines, the last ending in a newline.
        public var coveredBytes: Int
        /// `OpenedLog.fingerprint(ofFirst: coveredBytes)` when it was made.
        public var coveredFingerprint: UInt64
        /// The covered lines' count.
        public var lineCount: Int
        /// Whether the file's first line is the header.
        public var hasHeader: Bool
        /// The covered lines' events.
        public var eventCount: Int
        /// The covered lines' accepted undos.
        public var undoneCount: Int
        /// The covered lines' problems (without the file's name).
        public var problems: [LogProblem]

        /// A file entry with these facts.
        public init(
            name: String, device: UInt64, inode: UInt64, coveredBytes: Int, coveredFingerprint: UInt64, lineCount: Int,
            hasHeader: Bool, eventCount: Int, undoneCount: Int, problems: [LogProblem]
        ) {
            self.name = name
            self.device = device
            self.inode = inode
            self.coveredBytes = coveredBytes
            self.coveredFingerprint = coveredFingerprint
            self.lineCount = lineCount
            self.hasHeader = hasHeader
            self.eventCount = eventCount
            self.undoneCount = undoneCount
            self.problems = problems
        }
    }

    /// A snapshot with these parts.
    public init(
        program: UInt64, days: UInt64, folderPath: String, latestTime: Int64, undoneKeys: [LogLineKey], files: [File],
        fold: LogFold
    ) {
        self.program = program
        self.days = days
        self.folderPath = folderPath
        self.latestTime = latestTime
        self.undoneKeys = undoneKeys
        self.files = files
        self.fold = fold
    }
}
