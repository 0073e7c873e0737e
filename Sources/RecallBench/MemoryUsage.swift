import Foundation

/// The process's memory as Linux reports it in `/proc/self/status`.
enum MemoryUsage {
    /// Resident set size now and at its peak, in megabytes (0 where unknown).
    static func residentMegabytes() -> (now: Double, peak: Double) {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return (0, 0) }
        func field(_ name: String) -> Double {
            guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix(name + ":") }) else { return 0 }
            let digits = line.split(separator: " ").compactMap { Double($0) }.first ?? 0
            return (digits / 1024 * 10).rounded() / 10
        }
        return (field("VmRSS"), field("VmHWM"))
    }
}
