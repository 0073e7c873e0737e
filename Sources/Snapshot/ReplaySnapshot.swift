import ReviewLog
import Study

/// What a replay of a log's first bytes derived, saved so that the next start reads only the
/// lines appended since: the per-card fold, the facts about those lines a command reports, and
/// the latest answers still standing (which an `undo` in the new lines may take back).
///
/// Only ever a shortcut: `SnapshotKey` says which log, program and day counting it was made
/// for, and the bytes it covers are fingerprinted; on any difference it is not used.
public struct ReplaySnapshot: Sendable {
    /// What it was made from.
    public var key: SnapshotKey
    /// How many bytes of the log it covers: whole lines, the last ending in a newline.
    public var coveredBytes: Int
    /// `OpenedLog.fingerprint(ofFirst: coveredBytes)` when it was made.
    public var coveredFingerprint: UInt64
    /// Where to go on reading: line count, header, and the standing answers an undo may reach
    /// (with the actions placed among them).
    public var resume: LogResume
    /// The covered lines' problems.
    public var problems: [LogProblem]
    /// The covered lines' events (answers, kept or undone, and accepted undos).
    public var eventCount: Int
    /// The covered lines' accepted undos.
    public var undoneCount: Int
    /// The fold of every covered answer still standing except `resume.standingAnswers`, and of
    /// every covered action except `resume.standingActions`.
    public var fold: LogFold
    /// Whether the file held stats that were left unread (`decoded(…, withStats: false)`): a
    /// snapshot saved from this fold would lose them, so none is.
    public var statsLeftUnread = false

    /// How many of the latest standing answers a snapshot keeps unfolded, for undos to come.
    public static let standingAnswerCount = 128

    /// A snapshot with these parts.
    public init(
        key: SnapshotKey, coveredBytes: Int, coveredFingerprint: UInt64, resume: LogResume,
        problems: [LogProblem], eventCount: Int, undoneCount: Int, fold: LogFold
    ) {
        self.key = key
        self.coveredBytes = coveredBytes
        self.coveredFingerprint = coveredFingerprint
        self.resume = resume
        self.problems = problems
        self.eventCount = eventCount
        self.undoneCount = undoneCount
        self.fold = fold
    }
}

/// Which log, which program and which way of counting days a snapshot belongs to.
public struct SnapshotKey: Hashable, Sendable {
    /// The snapshot format's version; a snapshot of another version is not read.
    public static let formatVersion: UInt32 = 5

    /// Identifies the program that made it (another build never trusts it).
    public var program: UInt64
    /// `LocalDays.fingerprint` of the day counting (time zone, day-start hour).
    public var days: UInt64
    /// The log's path, made absolute.
    public var logPath: String
    /// The log file's device and inode.
    public var device: UInt64
    /// See `device`.
    public var inode: UInt64

    /// A key with these parts.
    public init(program: UInt64, days: UInt64, logPath: String, device: UInt64, inode: UInt64) {
        self.program = program
        self.days = days
        self.logPath = logPath
        self.device = device
        self.inode = inode
    }
}
