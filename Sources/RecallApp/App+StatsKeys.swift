import TerminalUI

extension AppModel {
    /// Keys on the stats page: j/k or the arrows scroll a line, Space/PgDn and b/PgUp a page,
    /// g/Home and G/End jump; q, Esc or s go back home; Ctrl-C quits.
    mutating func pressInStats(_ key: Key, scroll: Int) -> [AppEffect] {
        let page = max(1, size.height - 2)
        let target: Int
        switch key {
        case .ctrl("c"): return [.quit]
        case .character("q"), .character("s"), .escape:
            screen = .home
            return []
        case .character("j"), .down, .enter: target = scroll + 1
        case .character("k"), .up: target = scroll - 1
        case .character(" "), .pageDown: target = scroll + page
        case .character("b"), .pageUp: target = scroll - page
        case .character("g"), .home: target = 0
        case .character("G"), .end: target = Int.max / 2
        default: return []
        }
        let limit = stats.map { StatsPage.maximumScroll($0, size: size) } ?? 0
        screen = .stats(scroll: min(max(0, target), limit))
        return []
    }
}
