#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The C library's pow and log, for the calibration scores.
enum MemoryMath {
    /// xʸ.
    static func power(_ x: Double, _ y: Double) -> Double { pow(x, y) }
    /// The natural logarithm.
    static func logarithm(_ x: Double) -> Double { log(x) }
}
