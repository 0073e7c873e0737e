import Study

extension StudyContext {
    /// The memory states folded from the log.
    var memory: MemoryReplay { MemoryReplay(library: library, log: log, days: days) }

    /// Readiness and the plan for an interview on `interviewDay` with target `target`.
    func outlook(interviewDay: Int, target: Double) -> InterviewOutlook {
        InterviewOutlook(library: library, replay: replay, memory: memory, interviewDay: interviewDay, target: target)
    }
}

extension InterviewOutlook {
    /// The outlook for `context`.
    init(context: StudyContext, interviewDay: Int, target: Double) {
        self = context.outlook(interviewDay: interviewDay, target: target)
    }
}
