#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The two transcendental functions the model needs, from the C library (no Foundation).
enum MemoryMath {
    /// xʸ.
    @inline(__always) static func pow(_ x: Double, _ y: Double) -> Double { powLibC(x, y) }

    /// eˣ. py-fsrs computes `math.e ** x`; the two differ by an ulp at most.
    @inline(__always) static func exp(_ x: Double) -> Double { expLibC(x) }
}

@inline(__always) private func expLibC(_ x: Double) -> Double {
    #if canImport(Glibc)
    return Glibc.exp(x)
    #else
    return Darwin.exp(x)
    #endif
}

@inline(__always) private func powLibC(_ x: Double, _ y: Double) -> Double {
    #if canImport(Glibc)
    return Glibc.pow(x, y)
    #else
    return Darwin.pow(x, y)
    #endif
}
