/// A state a card can be listed by (`recall cards --state`, the browser's filter).
///
/// `new`, `young`, `mature` and `due` describe cards that can be asked: a suspended card is only
/// `suspended` (and `leech` when it is one). A card buried today is still `new`, `young`,
/// `mature` or `due`, and also `buried`.
public enum CardStateFilter: String, CaseIterable, Hashable, Sendable {
    /// Never reviewed (or forgotten), not suspended.
    case new
    /// Reviewed, interval under 21 days, not suspended.
    case young
    /// Reviewed, interval of 21 days or more, not suspended.
    case mature
    /// Due today or overdue, not suspended.
    case due
    /// Suspended.
    case suspended
    /// Buried for today.
    case buried
    /// 8 lapses or more.
    case leech

    /// Whether a card with `history` is in this state on `day`.
    public func matches(_ history: CardHistory, on day: Int) -> Bool {
        switch self {
        case .new: !history.isSuspended && history.isNew
        case .young: !history.isSuspended && !history.isNew && history.schedule.interval < StatsCardCounts.matureInterval
        case .mature: !history.isSuspended && !history.isNew && history.schedule.interval >= StatsCardCounts.matureInterval
        case .due: !history.isSuspended && history.schedule.isDue(on: day)
        case .suspended: history.isSuspended
        case .buried: history.isBuried(on: day)
        case .leech: history.isLeech
        }
    }

    /// The names, as the command line takes them: `new, young, mature, due, suspended, buried, leech`.
    public static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
