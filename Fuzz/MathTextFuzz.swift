// libFuzzer target for the maths parser and layouts. Built by scripts/fuzz.sh together with the
// MathText module's sources; not part of the Swift package.
//
// Any text must be read and drawn without a crash or a hang, and what comes out must hold
// together: every problem points inside the text, text without `$` or a backslash is drawn as it
// is, and the lines of a two-dimensional formula are all as wide as each other.

@_cdecl("LLVMFuzzerTestOneInput")
public func mathTextFuzzInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size))
    let text = String(decoding: bytes, as: UTF8.self)
    let scalarCount = text.unicodeScalars.count
    let (segments, problems) = MathText.analyse(text)
    for problem in problems where problem.offset < 0 || problem.offset > scalarCount {
        fatalError("problem at \(problem.offset) of \(scalarCount): \(problem)")
    }
    let drawn = MathText.oneLine(text)
    if !MathText.mayContainMaths(text), drawn != text {
        fatalError("text without maths was changed")
    }
    for segment in segments {
        guard case .display(let maths) = segment else { continue }
        for width in [20, 80, 400] {
            guard let lines = maths.lines(fitting: width) else { continue }
            let widths = Set(lines.map { line in line.reduce(0) { $0 + MathText.cellWidth($1) } })
            guard widths.count == 1, let only = widths.first, only <= width else {
                fatalError("display lines of widths \(widths) for width \(width)")
            }
        }
    }
    return 0
}
