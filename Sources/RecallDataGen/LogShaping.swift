import Study

/// Reshapes a generated log: actions sprinkled among its lines, or its days dealt out to
/// several devices' files of a log folder. Both keep every line's time order within a file.
enum LogShaping {
    private static let newline = UInt8(ascii: "\n")
    private static let tab = UInt8(ascii: "\t")
    private static let actionKinds = ["bury", "suspend", "unsuspend", "forget"]

    /// `log` with an action on the card of every `every`-th event line written just after it,
    /// at the same time: `bury`, `suspend`, `unsuspend`, `forget` in turn.
    static func sprinklingActions(_ log: [UInt8], every: Int) -> [UInt8] {
        guard every > 0 else { return log }
        var out: [UInt8] = []
        out.reserveCapacity(log.count + log.count / every)
        var eventNumber = 0
        var actionNumber = 0
        for line in log.split(separator: newline, omittingEmptySubsequences: false) where !line.isEmpty {
            out += line
            out.append(newline)
            guard line.first != UInt8(ascii: "#") else { continue }
            eventNumber += 1
            guard eventNumber % every == 0 else { continue }
            let fields = line.split(separator: tab, omittingEmptySubsequences: false)
            guard fields.count == 5 else { continue }
            let kind = actionKinds[actionNumber % actionKinds.count]
            actionNumber += 1
            out += fields[0] + Array("\t\(kind)\t".utf8) + fields[2] + Array("\t-\t-\n".utf8)
        }
        return out
    }

    /// The event lines of `log` dealt out to `devices` files, each day's lines to one device
    /// picked at random (an undo stays with the answer it takes back); every file starts with
    /// the log's header.
    static func splittingByDay(_ log: [UInt8], devices: Int, using generator: inout SplitMix64) -> [[UInt8]] {
        let lines = log.split(separator: newline, omittingEmptySubsequences: true)
        let header = lines.first.map { Array($0) + [newline] } ?? []
        var files = [[UInt8]](repeating: header, count: max(1, devices))
        var day: ArraySlice<UInt8> = []
        var device = 0
        for line in lines.dropFirst() {
            let lineDay = line.prefix(10)
            if lineDay != day {
                day = lineDay
                device = generator.next(below: files.count)
            }
            files[device] += line
            files[device].append(newline)
        }
        return files
    }
}
