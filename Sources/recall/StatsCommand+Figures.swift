import Study

extension StatsCommand {
    /// What `recall stats` shows, with the context it was read from.
    struct Figures {
        var context: StudyContext
        var stats: StudyStats
        var calibration: Calibration
    }

    /// The figures, read through the log's snapshot when the log is a file: the per-day table,
    /// the orphans' shares and the calibration sums come with the fold, so only the lines
    /// appended since are read. The whole log is read instead (same figures) when the fold
    /// cannot give them exactly (`loadStateWithExactFold`), or when an orphan has scored answers
    /// (its share of the calibration sums cannot be taken out to the last bit).
    static func figures(options: GlobalOptions) throws(CLIFailure) -> Figures {
        let (context, fold) = try options.loadStateWithExactFold()
        if let fold {
            var stats = StudyStats(library: context.library, replay: context.replay, fold: fold)
            stats.todayQueue = DailyQueue(library: context.library, replay: context.replay, limits: context.limits).counts
            if let calibration = Calibration(fold: fold, replay: context.replay) {
                return Figures(context: context, stats: stats, calibration: calibration)
            }
        }
        let whole = try options.loadContext(quiet: true)
        var stats = StudyStats(library: whole.library, replay: whole.replay, answers: whole.log.answers, days: whole.days)
        stats.todayQueue = DailyQueue(library: whole.library, replay: whole.replay, limits: whole.limits).counts
        let calibration = Calibration(library: whole.library, events: whole.log.answers, days: whole.days)
        return Figures(context: whole, stats: stats, calibration: calibration)
    }
}
