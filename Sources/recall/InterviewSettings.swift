import Foundation
import Study

/// The interview date and the target recall in force: a flag beats the environment
/// (`RECALL_INTERVIEW`, `RECALL_TARGET`), which beats the default (no date, 0.90).
///
/// The settings file's `interview` and `target_recall` keys belong between the environment and
/// the default: `fileInterview` and `fileTarget` take them, as text, when a settings reader
/// gives them.
struct InterviewSettings {
    /// The interview's study day, nil when no date is set.
    let interviewDay: Int?
    /// The date as given, `YYYY-MM-DD`.
    let interviewDate: String?
    /// The recall a card needs on the day to count as ready.
    let target: Double

    /// The default target recall.
    static let defaultTarget = 0.90

    /// Resolves the settings; throws a one-line failure naming where a bad value came from.
    init(
        interview: String?, target: String?, environment: [String: String] = ProcessInfo.processInfo.environment,
        fileInterview: String? = nil, fileTarget: String? = nil
    ) throws(CLIFailure) {
        let interviewSource: (text: String, origin: String)? =
            interview.map { ($0, "--interview") }
            ?? environment["RECALL_INTERVIEW"].flatMap { $0.isEmpty ? nil : ($0, "RECALL_INTERVIEW") }
            ?? fileInterview.map { ($0, "interview") }
        if let interviewSource {
            guard let day = Self.day(of: interviewSource.text) else {
                throw CLIFailure("\(interviewSource.origin): '\(interviewSource.text)' is not a date; write it as YYYY-MM-DD, for example 2026-12-15")
            }
            interviewDay = day
            interviewDate = LocalDays.dateString(ofDay: day)
        } else {
            interviewDay = nil
            interviewDate = nil
        }
        let targetSource: (text: String, origin: String)? =
            target.map { ($0, "--target") }
            ?? environment["RECALL_TARGET"].flatMap { $0.isEmpty ? nil : ($0, "RECALL_TARGET") }
            ?? fileTarget.map { ($0, "target_recall") }
        if let targetSource {
            guard let value = Self.target(of: targetSource.text) else {
                throw CLIFailure("\(targetSource.origin): '\(targetSource.text)' is not a recall between 0 and 1 (for example 0.9) or a percentage (90%)")
            }
            self.target = value
        } else {
            self.target = Self.defaultTarget
        }
    }

    /// The day number of `YYYY-MM-DD`, nil when it is not a real date.
    static func day(of text: String) -> Int? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), (1...31).contains(day) else { return nil }
        let number = LocalDays.dayNumber(year: year, month: month, day: day)
        let back = LocalDays.civilDate(ofDay: number)
        return back == (year, month, day) ? number : nil
    }

    /// A target from `0.9`, `.9` or `90%`; nil unless strictly between 0 and 1.
    static func target(of text: String) -> Double? {
        let value: Double?
        if text.hasSuffix("%") {
            value = Double(text.dropLast()).map { $0 / 100 }
        } else {
            value = Double(text)
        }
        guard let value, value > 0, value < 1 else { return nil }
        return value
    }

    /// The advice printed when no date is set.
    static let howToSet = """
        No interview date is set. Give one with --interview YYYY-MM-DD (for example \
        recall ready --interview 2026-12-15), or set RECALL_INTERVIEW=YYYY-MM-DD in the environment.
        """
}
