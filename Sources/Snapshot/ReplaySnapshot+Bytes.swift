import ReviewLog
import SM2
import Study

/// The snapshot file format, version 5 (all numbers little-endian; a string is a 32-bit length
/// and its UTF-8 bytes; an absent day is `Int32.min`):
///
///     "RECALLSNAPSHOT\0\0"  format version u32
///     key: program u64, days u64, log path, device u64, inode u64
///     covered bytes i64, covered fingerprint u64
///     resume: line count i64, header u8, standing answers (count u32, events), standing
///       actions (count u32; event, answers before i64)
///     problems (count u32; line i64, message), event count i64, undone count i64
///     fold: recent-from day i64; cards (count u32; per card: ID, then the SM-2 state
///       n i32, EF hundredths i32, I i32, due i32, last review i32, reviews i32, lapses i32,
///       flags u8 (1 passed, 2 suspended as a leech, 4 suspended by an action), drills i32,
///       crams i32, first review i32, answers i32, buried day i32, forgets i32);
///       stats: u8 1 and the section's length u64, then the section (see
///       `ReplaySnapshot+Stats.swift`), or u8 0 for a fold without stats; recent answers (count u32; event,
///       day i64, card number i32, introduced u8)
///     fingerprint of every byte before, u64
///
/// An event is time i64, kind u8, grade i8 (-1 none), answer ms (present u8, i64), line i64, card ID.
extension ReplaySnapshot {
    private static let magic = Array("RECALLSNAPSHOT\0\0".utf8)

    /// The snapshot as bytes; nil when a figure does not fit the format (then none is saved).
    public func encoded() -> [UInt8]? {
        var out = ByteWriter(capacity: 4096 + fold.cardIDs.count * 128 + fold.stats.table.days.count * 48)
        for byte in Self.magic { out.u8(byte) }
        out.u32(SnapshotKey.formatVersion)
        out.u64(key.program)
        out.u64(key.days)
        out.string(key.logPath)
        out.u64(key.device)
        out.u64(key.inode)
        out.int(coveredBytes)
        out.u64(coveredFingerprint)
        out.int(resume.lineCount)
        out.u8(resume.hasHeader ? 1 : 0)
        out.u32(UInt32(resume.standingAnswers.count))
        for event in resume.standingAnswers { out.event(event) }
        out.u32(UInt32(resume.standingActions.count))
        for action in resume.standingActions {
            out.event(action.event)
            out.int(action.answersBefore)
        }
        out.problems(problems)
        out.int(eventCount)
        out.int(undoneCount)
        out.int(fold.recentFrom)
        out.u32(UInt32(fold.cardIDs.count))
        var fits = true
        func small(_ value: Int) -> Int32 {
            guard let narrow = Int32(exactly: value), narrow != Int32.min else {
                fits = false
                return 0
            }
            return narrow
        }
        func day(_ value: Int?) -> Int32 { value.map(small) ?? Int32.min }
        for number in fold.cardIDs.indices {
            out.string(fold.cardIDs[number])
            let history = fold.histories[number]
            let schedule = history.schedule
            out.i32(small(schedule.repetitions))
            out.i32(small(schedule.easiness.hundredths))
            out.i32(small(schedule.interval))
            out.i32(day(schedule.dueDay))
            out.i32(day(schedule.lastReviewDay))
            out.i32(small(schedule.reviews))
            out.i32(small(schedule.lapses))
            out.u8((schedule.hasPassed ? 1 : 0) | (history.suspendedAsLeech ? 2 : 0) | (history.suspendedByAction ? 4 : 0))
            out.i32(small(history.drills))
            out.i32(small(history.crams))
            out.i32(day(history.firstReviewDay))
            out.i32(fold.answerCounts[number])
            out.i32(day(history.buriedDay))
            out.i32(small(history.forgets))
        }
        // The stats section behind a flag and its length, so that a reader that wants only the
        // cards' states skips it unread.
        if fold.stats.isTracking {
            var section = ByteWriter()
            section.stats(fold.stats, small: small)
            out.u8(1)
            out.u64(UInt64(section.bytes.count))
            out.append(section.bytes)
        } else {
            out.u8(0)
        }
        out.u32(UInt32(fold.recentAnswers.count))
        for answer in fold.recentAnswers {
            out.event(answer.event)
            out.int(answer.day)
            out.i32(answer.cardNumber)
            out.u8(answer.introducedCard ? 1 : 0)
        }
        guard fits else { return nil }
        return out.takeSealed()
    }

    /// The snapshot in `bytes`, counting days with `days` (whose fingerprint must be the key's);
    /// nil for anything but a whole, undamaged snapshot of this format version.
    /// `withStats: false` leaves its stats section unread (the fold then tracks none).
    public static func decoded(from bytes: [UInt8], days: LocalDays, withStats: Bool = true) -> ReplaySnapshot? {
        bytes.withUnsafeBytes { decoded(from: $0, days: days, withStats: withStats) }
    }

    /// The snapshot in `raw`, as `decoded(from:days:withStats:)` reads an array.
    public static func decoded(from raw: UnsafeRawBufferPointer, days: LocalDays, withStats: Bool = true) -> ReplaySnapshot? {
        guard let body = ByteReader.unsealed(raw, magic: magic) else { return nil }
        var input = ByteReader(body)
        return decode(&input, days: days, withStats: withStats)
    }

    private static func decode(_ input: inout ByteReader, days: LocalDays, withStats: Bool) -> ReplaySnapshot? {
        guard input.u32() == SnapshotKey.formatVersion else { return nil }
        let key = SnapshotKey(
            program: input.u64(), days: input.u64(), logPath: input.string(), device: input.u64(),
            inode: input.u64())
        guard key.days == days.fingerprint else { return nil }
        let coveredBytes = input.int()
        let coveredFingerprint = input.u64()
        let lineCount = input.int()
        let hasHeader = input.u8() == 1
        var standing: [LogEvent] = []
        for _ in 0..<input.count(minimumSize: 31) { standing.append(input.event()) }
        var standingActions: [LogAction] = []
        for _ in 0..<input.count(minimumSize: 39) {
            let event = input.event()
            let answersBefore = input.int()
            guard answersBefore >= 0, answersBefore <= standing.count,
                  answersBefore >= (standingActions.last?.answersBefore ?? 0)
            else { return nil }
            standingActions.append(LogAction(event: event, answersBefore: answersBefore))
        }
        let problems = input.problems()
        let eventCount = input.int()
        let undoneCount = input.int()
        let recentFrom = input.int()
        let cardCount = input.count(minimumSize: 57)
        var cardIDs: [String] = []
        var histories: [CardHistory] = []
        var answerCounts: [Int32] = []
        cardIDs.reserveCapacity(cardCount)
        histories.reserveCapacity(cardCount)
        answerCounts.reserveCapacity(cardCount)
        func day(_ value: Int32) -> Int? { value == Int32.min ? nil : Int(value) }
        for _ in 0..<cardCount {
            cardIDs.append(input.string())
            var schedule = CardSchedule.new
            schedule.repetitions = Int(input.i32())
            schedule.easiness = Easiness(hundredths: Int(input.i32()))
            schedule.interval = Int(input.i32())
            schedule.dueDay = day(input.i32())
            schedule.lastReviewDay = day(input.i32())
            schedule.reviews = Int(input.i32())
            schedule.lapses = Int(input.i32())
            let flags = input.u8()
            schedule.hasPassed = flags & 1 != 0
            let drills = Int(input.i32())
            let crams = Int(input.i32())
            let firstReviewDay = day(input.i32())
            var history = CardHistory(schedule: schedule, drills: drills, crams: crams, firstReviewDay: firstReviewDay)
            history.suspendedAsLeech = flags & 2 != 0
            history.suspendedByAction = flags & 4 != 0
            answerCounts.append(input.i32())
            history.buriedDay = day(input.i32())
            history.forgets = Int(input.i32())
            histories.append(history)
        }
        let stats: StatsFold
        var statsLeftUnread = false
        if input.u8() == 1 {
            guard let section = input.slice(Int(truncatingIfNeeded: input.u64())) else { return nil }
            if withStats {
                var reader = ByteReader(section)
                guard let read = reader.stats(recentFrom: recentFrom, cardCount: cardCount), reader.finishedCleanly
                else { return nil }
                stats = read
            } else {
                stats = StatsFold(recentFrom: recentFrom, tracking: false)
                statsLeftUnread = true
            }
        } else {
            stats = StatsFold(recentFrom: recentFrom, tracking: false)
        }
        var recent: [LogFold.RecentAnswer] = []
        for _ in 0..<input.count(minimumSize: 44) {
            let event = input.event()
            let day = input.int()
            let number = input.i32()
            let introduced = input.u8() == 1
            guard number >= 0, Int(number) < cardCount, day >= recentFrom else { return nil }
            recent.append(LogFold.RecentAnswer(event: event, day: day, cardNumber: number, introducedCard: introduced))
        }
        guard input.finishedCleanly, coveredBytes >= 0, lineCount >= 0 else { return nil }
        let fold = LogFold(
            days: days, recentFrom: recentFrom, cardIDs: cardIDs, histories: histories, answerCounts: answerCounts,
            recentAnswers: recent, stats: stats)
        var snapshot = ReplaySnapshot(
            key: key, coveredBytes: coveredBytes, coveredFingerprint: coveredFingerprint,
            resume: LogResume(
                lineCount: lineCount, hasHeader: hasHeader, standingAnswers: standing, standingActions: standingActions),
            problems: problems, eventCount: eventCount, undoneCount: undoneCount, fold: fold)
        snapshot.statsLeftUnread = statsLeftUnread
        return snapshot
    }
}

extension ByteWriter {
    mutating func event(_ event: LogEvent) {
        i64(event.time)
        u8(event.kind.byteCode)
        u8(UInt8(bitPattern: Int8(event.grade?.value ?? -1)))
        u8(event.answerMillis == nil ? 0 : 1)
        int(event.answerMillis ?? 0)
        int(event.line)
        string(event.cardID)
    }
}

extension ByteReader {
    mutating func event() -> LogEvent {
        let time = i64()
        let kind = EventKind(byteCode: u8()) ?? .undo
        let gradeValue = Int(Int8(bitPattern: u8()))
        let hasMillis = u8() == 1
        let millis = int()
        let line = int()
        let cardID = string()
        return LogEvent(
            time: time, kind: kind, cardID: cardID, grade: gradeValue < 0 ? nil : Grade(gradeValue),
            answerMillis: hasMillis ? millis : nil, line: line)
    }
}
