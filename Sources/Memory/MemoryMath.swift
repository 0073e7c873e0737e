#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The two transcendental functions the model needs, from the C library (no Foundation).
enum MemoryMath {
    /// xʸ.
    @inline(__always) static func pow(_ x: Double, _ y: Double) -> Double { powLibC(x, y) }

    /// eˣ, computed as py-fsrs does (`math.e ** x`), so that the last bits agree.
    @inline(__always) static func exp(_ x: Double) -> Double { powLibC(eulerNumber, x) }

    /// Python's `math.e`.
    static let eulerNumber = 2.718281828459045
}

@inline(__always) private func powLibC(_ x: Double, _ y: Double) -> Double {
    #if canImport(Glibc)
    return Glibc.pow(x, y)
    #else
    return Darwin.pow(x, y)
    #endif
}
