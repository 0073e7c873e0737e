import Study

extension GlobalOptions {
    /// The context read through the log's snapshot, with the fold it came from when that fold
    /// gives every figure the stats and the home screen show exactly as a walk over every event
    /// would: nil for a log folder (read whole, for its merge in full) and for a log with a
    /// `forget` anywhere (the answer walk counts a forgotten card's reviews by its old schedule;
    /// the fold counts each card's forgets, those before the snapshot included). With a nil fold
    /// the caller reads the whole log.
    func loadStateWithExactFold() throws(CLIFailure) -> (context: StudyContext, fold: LogFold?) {
        let (context, fold) = try loadState(withStats: true)
        guard let fold, fold.stats.isTracking, case .file = context.logSource.location,
              !fold.histories.contains(where: { $0.forgets > 0 }) else { return (context, nil) }
        return (context, fold)
    }
}
