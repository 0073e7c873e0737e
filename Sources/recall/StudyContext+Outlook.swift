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

extension InterviewSettings {
    /// The interview date and target in force for the interactive screens (the environment, and
    /// the settings file when it has one), nil when no date is set or it is a bad value (the home
    /// screen and sessions then run as they always did; `recall ready` names the bad value).
    static func inForce() -> InterviewTarget? {
        guard let settings = try? InterviewSettings(interview: nil, target: nil),
              let day = settings.interviewDay else { return nil }
        return InterviewTarget(day: day, recall: settings.target)
    }
}
