import Study

extension App {
    /// The home screen's countdown, nil when no interview date is set or the day has passed:
    /// "Interview in 12 days · 64% ready · 51 cards to bring back".
    static func interviewLine(_ outlook: InterviewOutlook?) -> String? {
        guard let outlook, outlook.readiness.daysLeft >= 0 else { return nil }
        let readiness = outlook.readiness
        let when: String
        switch readiness.daysLeft {
        case 0: when = "Interview today"
        case 1: when = "Interview tomorrow"
        default: when = "Interview in \(readiness.daysLeft) days"
        }
        var line = "\(when) · \(percent(readiness.readyShare)) ready"
        let toBringBack = outlook.cardsToBringBack
        if toBringBack > 0 { line += " · \(toBringBack) card\(toBringBack == 1 ? "" : "s") to bring back" }
        return line
    }

    /// Each phase's share of cards ready for the interview, by phase name (all decks together);
    /// empty when no date is set or the day has passed.
    static func phaseReadiness(_ outlook: InterviewOutlook?) -> [String: String] {
        guard let outlook, outlook.readiness.daysLeft >= 0 else { return [:] }
        var totals: [String: (cards: Int, ready: Int)] = [:]
        for phase in outlook.readiness.phases {
            guard let name = phase.phase else { continue }
            let sum = totals[name, default: (0, 0)]
            totals[name] = (sum.cards + phase.cards, sum.ready + phase.ready)
        }
        return totals.mapValues { percent($0.cards == 0 ? 0 : Double($0.ready) / Double($0.cards)) }
    }

    private static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }
}
