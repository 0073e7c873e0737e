import ReviewLog
import Study

/// The folder snapshot file format (little-endian, strings as in `ReplaySnapshot`):
///
///     "RECALLFOLDERSNAP"  format version u32 (`SnapshotKey.formatVersion`)
///     program u64, days u64, folder path, latest time i64
///     undone keys (count u32; hash u64, length u32)
///     files (count u32; name, device u64, inode u64, covered bytes i64, fingerprint u64,
///       line count i64, header u8, event count i64, undone count i64,
///       problems (count u32; line i64, message))
///     fold: a whole `ReplaySnapshot` (length u32, bytes) that covers nothing but holds the fold
///     fingerprint of every byte before, u64
extension FolderSnapshot {
    private static let magic = Array("RECALLFOLDERSNAP".utf8)

    /// The snapshot as bytes; nil when a figure does not fit the format.
    public func encoded() -> [UInt8]? {
        let holder = ReplaySnapshot(
            key: SnapshotKey(program: program, days: days, logPath: folderPath, device: 0, inode: 0), coveredBytes: 0,
            coveredFingerprint: 0, resume: LogResume(lineCount: 0, hasHeader: false, standingAnswers: []), problems: [],
            eventCount: 0, undoneCount: 0, fold: fold)
        guard let foldBytes = holder.encoded(), let foldCount = UInt32(exactly: foldBytes.count) else { return nil }
        var out = ByteWriter(capacity: foldBytes.count + 256)
        for byte in Self.magic { out.u8(byte) }
        out.u32(SnapshotKey.formatVersion)
        out.u64(program)
        out.u64(days)
        out.string(folderPath)
        out.i64(latestTime)
        out.u32(UInt32(undoneKeys.count))
        for key in undoneKeys {
            out.u64(key.hash)
            out.u32(key.length)
        }
        out.u32(UInt32(files.count))
        for file in files {
            out.string(file.name)
            out.u64(file.device)
            out.u64(file.inode)
            out.int(file.coveredBytes)
            out.u64(file.coveredFingerprint)
            out.int(file.lineCount)
            out.u8(file.hasHeader ? 1 : 0)
            out.int(file.eventCount)
            out.int(file.undoneCount)
            out.problems(file.problems)
        }
        out.u32(foldCount)
        out.append(foldBytes)
        return out.takeSealed()
    }

    /// The snapshot in `raw`, counting days with `days` (whose fingerprint must be the one it
    /// was made with); nil for anything but a whole, undamaged folder snapshot of this version.
    public static func decoded(from raw: UnsafeRawBufferPointer, days: LocalDays) -> FolderSnapshot? {
        guard let body = ByteReader.unsealed(raw, magic: magic) else { return nil }
        var input = ByteReader(body)
        guard input.u32() == SnapshotKey.formatVersion else { return nil }
        let program = input.u64()
        let daysPrint = input.u64()
        guard daysPrint == days.fingerprint else { return nil }
        let folderPath = input.string()
        let latestTime = input.i64()
        var undoneKeys: [LogLineKey] = []
        for _ in 0..<input.count(minimumSize: 12) {
            let hash = input.u64()
            undoneKeys.append(LogLineKey(hash: hash, length: input.u32()))
        }
        var files: [File] = []
        for _ in 0..<input.count(minimumSize: 65) {
            let name = input.string()
            let device = input.u64(), inode = input.u64()
            let covered = input.int()
            let fingerprint = input.u64()
            let lineCount = input.int()
            let hasHeader = input.u8() == 1
            let eventCount = input.int(), undoneCount = input.int()
            let problems = input.problems()
            guard covered >= 0, lineCount >= 0 else { return nil }
            files.append(File(
                name: name, device: device, inode: inode, coveredBytes: covered, coveredFingerprint: fingerprint,
                lineCount: lineCount, hasHeader: hasHeader, eventCount: eventCount, undoneCount: undoneCount,
                problems: problems))
        }
        let foldCount = Int(input.u32())
        guard let foldBytes = input.slice(foldCount), input.finishedCleanly,
              let holder = ReplaySnapshot.decoded(from: foldBytes, days: days),
              holder.key.program == program, holder.key.logPath == folderPath
        else { return nil }
        return FolderSnapshot(
            program: program, days: daysPrint, folderPath: folderPath, latestTime: latestTime, undoneKeys: undoneKeys,
            files: files, fold: holder.fold)
    }
}
