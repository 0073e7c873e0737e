import Study

extension StatsCommand {
    /// The figures as one JSON object; the field names are listed in the command's help.
    static func json(
        _ stats: StudyStats, devices: [(device: String, answers: Int)] = [], calibration: Calibration? = nil
    ) -> String {
        func counts(_ counts: StatsCardCounts) -> [(String, String)] {
            [("total", String(counts.total)), ("new", String(counts.new)),
             ("young", String(counts.young)), ("mature", String(counts.mature)),
             ("suspended", String(counts.suspended))]
        }
        func rate(_ rate: StatsPassRate) -> String {
            let value = rate.rate.map { share -> String in
                let tenThousandths = Int(share * 10_000 + 0.5)
                let fraction = String(tenThousandths % 10_000)
                return "\(tenThousandths / 10_000)." + String(repeating: "0", count: 4 - fraction.count) + fraction
            }
            return object([("passed", String(rate.passed)), ("total", String(rate.total)), ("rate", value ?? "null")])
        }
        func cards(_ list: [StatsHardCard]) -> String {
            array(list.map { card in
                object([
                    ("id", JSONText.string(card.id.rawValue)), ("front", JSONText.string(card.front)),
                    ("easiness", card.easiness.description), ("lapses", String(card.lapses)),
                    ("reviews", String(card.reviews)), ("leech", card.isLeech ? "true" : "false"),
                ])
            })
        }
        let retention = stats.retention
        let fields: [(String, String)] = [
            ("today", JSONText.string(LocalDays.dateString(ofDay: stats.today))),
            ("cards", object(counts(stats.cards))),
            ("phases", array(stats.phases.map { phase in
                object([("deck", JSONText.string(phase.deck)), ("phase", JSONText.optionalString(phase.phase))]
                    + counts(phase.counts))
            })),
            ("forecast", "[" + stats.forecast.map(String.init).joined(separator: ", ") + "]"),
            ("overdue", String(stats.overdue)),
            ("calendar", object([
                ("start", JSONText.string(LocalDays.dateString(ofDay: stats.calendar.firstDay))),
                ("answers", "[" + stats.calendar.counts.map(String.init).joined(separator: ", ") + "]"),
            ])),
            ("answers", object([
                ("total", String(stats.answers.total)), ("reviews", String(stats.answers.reviews)),
                ("firstReviews", String(stats.answers.firstReviews)), ("drills", String(stats.answers.drills)),
                ("crams", String(stats.answers.crams)),
            ])),
            ("retention", object([
                ("young", object([("last30Days", rate(retention.youngLast30Days)), ("allTime", rate(retention.youngAllTime))])),
                ("mature", object([("last30Days", rate(retention.matureLast30Days)), ("allTime", rate(retention.matureAllTime))])),
            ])),
            ("streak", object([
                ("current", String(stats.streak.current)), ("longest", String(stats.streak.longest)),
                ("studiedToday", stats.streak.studiedToday ? "true" : "false"),
                ("studyDays", String(stats.streak.studyDays)),
            ])),
            ("answerMillis", String(stats.answerMillis)),
            ("lowestEasiness", cards(stats.lowestEasiness)),
            ("mostLapses", cards(stats.mostLapses)),
            ("leeches", cards(stats.leeches)),
            ("devices", array(devices.map { object([("device", JSONText.string($0.device)), ("answers", String($0.answers))]) })),
            ("leechCount", String(stats.leechCount)),
        ] + queueField(stats.todayQueue) + (calibration.map { [("calibration", calibrationJSON($0))] } ?? [])
        return "{\n" + fields.map { "  \(JSONText.string($0.0)): \($0.1)" }.joined(separator: ",\n") + "\n}\n"
    }

    /// The `"queue"` field: today's queue as `recall due` counts it; none when not computed.
    private static func queueField(_ queue: DailyQueueCounts?) -> [(String, String)] {
        guard let queue else { return [] }
        let fields: [(String, String)] = [
            ("drills", String(queue.drills)), ("due", String(queue.due)), ("new", String(queue.new)),
            ("waitingForSibling", String(queue.waitingForSibling)),
            ("overReviewLimit", String(queue.overReviewLimit)),
        ]
        return [("queue", object(fields))]
    }

    private static func object(_ fields: [(String, String)]) -> String {
        "{" + fields.map { "\(JSONText.string($0.0)): \($0.1)" }.joined(separator: ", ") + "}"
    }

    private static func array(_ items: [String]) -> String {
        "[" + items.joined(separator: ", ") + "]"
    }
}
