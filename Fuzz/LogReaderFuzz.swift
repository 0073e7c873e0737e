// libFuzzer target for the review-log reader. Built by scripts/fuzz.sh together with the
// ReviewLog module's sources; not part of the Swift package.
//
// Any bytes must read without a crash, and what comes out must hold together: answers and
// problems in file order on lines that exist, every answer writable again as a line that reads
// back to the same answer, and the counts adding up.

@_cdecl("LLVMFuzzerTestOneInput")
public func logReaderFuzzInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size))
    let contents = LogReader.read(bytes)
    var previous = 0
    for answer in contents.answers {
        guard answer.line > previous, answer.line <= contents.lineCount else {
            fatalError("answer on line \(answer.line) after \(previous), of \(contents.lineCount)")
        }
        previous = answer.line
        guard answer.kind != .undo, answer.grade != nil, answer.answerMillis != nil else {
            fatalError("an answer without a grade or time, or an undo kept as an answer, line \(answer.line)")
        }
        guard answer.unwritableReason == nil else {
            fatalError("line \(answer.line) was read but cannot be written: \(answer.unwritableReason ?? "")")
        }
        let again = LogReader.read(answer.logLineBytes)
        guard again.problems.isEmpty, again.answers.count == 1, let copy = again.answers.first,
              copy.time == answer.time, copy.kind == answer.kind, copy.cardID == answer.cardID,
              copy.grade == answer.grade, copy.answerMillis == answer.answerMillis else {
            fatalError("line \(answer.line) does not read back the same: \(answer.logLine)")
        }
    }
    previous = 0
    for problem in contents.problems {
        guard problem.line > previous, problem.line <= contents.lineCount else {
            fatalError("problem on line \(problem.line) after \(previous), of \(contents.lineCount)")
        }
        previous = problem.line
    }
    guard contents.answers.count + 2 * contents.undoneCount == contents.eventCount else {
        fatalError("\(contents.answers.count) answers, \(contents.undoneCount) undone, \(contents.eventCount) events")
    }
    guard contents.answerCardNumbers.count == contents.answers.count else {
        fatalError("\(contents.answerCardNumbers.count) card numbers for \(contents.answers.count) answers")
    }
    for (answer, number) in zip(contents.answers, contents.answerCardNumbers)
    where contents.distinctCardIDs[Int(number)] != answer.cardID {
        fatalError("card number \(number) of line \(answer.line) names another card")
    }
    return 0
}
