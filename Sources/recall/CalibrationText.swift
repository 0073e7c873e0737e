import Study
import TerminalUI

extension StatsCommand {
    /// `{"answers", "sm2": {"logLoss", "rmseBins"}, "fsrs": {…}}`.
    static func calibrationJSON(_ calibration: Calibration) -> String {
        func scores(_ scores: Calibration.Scores?) -> String {
            guard let scores else { return "null" }
            return JSONText.object([
                "logLoss": JSONText.optionalDouble(scores.logLoss),
                "rmseBins": JSONText.optionalDouble(scores.rmseBins),
            ])
        }
        return JSONText.object([
            "answers": String(calibration.scoredCount),
            "sm2": scores(calibration.sm2),
            "fsrs": scores(calibration.fsrs),
        ])
    }
}

/// The calibration section of `recall stats`: the scores, predicted against observed recall
/// for both models, and one line on which predicts better.
enum CalibrationText {
    static func text(_ calibration: Calibration, width: Int) -> String {
        var lines = ["", "Calibration: which model predicts your answers better"]
        guard let sm2 = calibration.sm2, let fsrs = calibration.fsrs else {
            lines.append("  Too few answers to judge: none scored yet (a card counts from its second study day).")
            return lines.joined(separator: "\n") + "\n"
        }
        func figure(_ value: Double) -> String {
            let thousandths = Int((value * 1000).rounded())
            let fraction = String(thousandths % 1000)
            return "\(thousandths / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
        }
        lines.append("  \(calibration.scoredCount) answers scored      log loss   calibration error")
        lines.append("  SM-2   0.9^(t/I)          " + figure(sm2.logLoss).padded(width: 8, alignment: .right) + "   " + figure(sm2.rmseBins).padded(width: 8, alignment: .right))
        lines.append("  FSRS-6 memory model       " + figure(fsrs.logLoss).padded(width: 8, alignment: .right) + "   " + figure(fsrs.rmseBins).padded(width: 8, alignment: .right))
        lines.append("")
        lines.append("  Predicted → observed recall (answers)")
        let barCells = max(4, min(20, (width - 46) / 2))
        for bin in 0..<10 {
            let s = sm2.bins[bin]
            let f = fsrs.bins[bin]
            guard s.count + f.count > 0 else { continue }
            func cell(_ bin: Calibration.Bin) -> String {
                guard let observed = bin.observed else { return "".padded(width: barCells + 12) }
                return BarChartRow.bar(value: observed, maxValue: 1, cells: barCells) + " "
                    + "\(Int((observed * 100).rounded()))%".padded(width: 4, alignment: .right) + " "
                    + "(\(bin.count))".padded(width: 6)
            }
            let label = "\(bin * 10)–\(bin * 10 + 10)%".padded(width: 8)
            lines.append("  " + label + " SM-2 " + cell(s) + " FSRS " + cell(f))
        }
        lines.append("")
        if !calibration.isEnough {
            lines.append("  Too few answers to judge yet: \(calibration.scoredCount) scored, \(Calibration.minimumAnswers) needed.")
        } else {
            let fsrsBetter = fsrs.logLoss < sm2.logLoss
            let (winner, loser) = fsrsBetter ? ("FSRS-6", "SM-2") : ("SM-2", "FSRS-6")
            let (won, lost) = fsrsBetter ? (fsrs.logLoss, sm2.logLoss) : (sm2.logLoss, fsrs.logLoss)
            lines.append("  \(winner) predicts your answers better than \(loser) (log loss \(figure(won)) against \(figure(lost))).")
        }
        return lines.map { line in
            var fitted = line.truncated(width: max(20, width))
            while fitted.last == " " { fitted.removeLast() }
            return fitted
        }.joined(separator: "\n") + "\n"
    }
}
