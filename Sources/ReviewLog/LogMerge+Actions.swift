extension LogMerge {
    /// The actions of `files` (suspend, unsuspend, bury, forget) in the merged order, each placed
    /// among the merged answers: every file's answers and actions in its own line order, merged by
    /// time as the answers are (the earliest head first, ties in file order); an action comes
    /// after the kept answers merged before it (`kept[file][index]` says which answers were kept).
    static func mergedActions(_ files: [LogContents], kept: [[Bool]]) -> [LogAction] {
        guard files.contains(where: { !$0.actions.isEmpty }) else { return [] }
        var answerHeads = [Int](repeating: 0, count: files.count)
        var actionHeads = [Int](repeating: 0, count: files.count)
        var keptSoFar = 0
        var merged: [LogAction] = []
        /// The time of a file's next item, and whether it is an action (an action comes before the
        /// answer it precedes in its file).
        func next(_ file: Int) -> (time: Int64, isAction: Bool)? {
            let contents = files[file]
            if actionHeads[file] < contents.actions.count,
               contents.actions[actionHeads[file]].answersBefore <= answerHeads[file] {
                return (contents.actions[actionHeads[file]].event.time, true)
            }
            if answerHeads[file] < contents.answers.count { return (contents.answers[answerHeads[file]].time, false) }
            if actionHeads[file] < contents.actions.count {
                return (contents.actions[actionHeads[file]].event.time, true)
            }
            return nil
        }
        while true {
            var best = -1
            var bestItem: (time: Int64, isAction: Bool)?
            for file in files.indices {
                guard let item = next(file) else { continue }
                if best < 0 || item.time < (bestItem?.time ?? .max) {
                    best = file
                    bestItem = item
                }
            }
            guard best >= 0, let item = bestItem else { break }
            if item.isAction {
                var action = files[best].actions[actionHeads[best]]
                action.answersBefore = keptSoFar
                merged.append(action)
                actionHeads[best] += 1
            } else {
                if kept[best][answerHeads[best]] { keptSoFar += 1 }
                answerHeads[best] += 1
            }
        }
        return merged
    }
}
