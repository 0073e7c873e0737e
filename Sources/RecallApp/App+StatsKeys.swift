import TerminalUI

extension AppModel {
    /// Keys on the stats page: j/k or the arrows scroll a line, Space/PgDn and b/PgUp a page,
    /// g/Home and G/End jump; q, Esc or s go back home; Ctrl-C quits.
    mutating func pressInStats(_ action: KeyAction, scroll: Int) -> [AppEffect] {
        let page = max(1, size.height - 2)
        let target: Int
        switch action {
        case .quit: return [.quit]
        case .back:
            screen = .home
            return []
        case .lineDown: target = scroll + 1
        case .lineUp: target = scroll - 1
        case .pageDown: target = scroll + page
        case .pageUp: target = scroll - page
        case .top: target = 0
        case .bottom: target = Int.max / 2
        default: return []
        }
        let limit = stats.map { StatsPage.maximumScroll($0, size: size) } ?? 0
        screen = .stats(scroll: min(max(0, target), limit))
        return []
    }
}
