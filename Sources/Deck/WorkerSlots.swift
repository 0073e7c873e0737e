/// One slot per item for parallel workers to fill: each slot is written by exactly one worker,
/// and read only after every worker is done (`concurrentPerform` returns when they all are). The
/// slots live in memory of their own, so no worker ever touches a shared array's header.
final class WorkerSlots<Value>: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<Value?>
    private let count: Int

    /// `count` empty slots.
    init(count: Int) {
        self.count = count
        slots = UnsafeMutablePointer<Value?>.allocate(capacity: count)
        slots.initialize(repeating: nil, count: count)
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    /// Fills slot `index` (one worker per slot).
    func store(_ value: Value, at index: Int) {
        precondition(index >= 0 && index < count, "slot \(index) of \(count)")
        slots[index] = value
    }

    /// Every slot's value in order, `missing` for a slot no worker filled.
    func values(missing: @autoclosure () -> Value) -> [Value] {
        (0..<count).map { slots[$0] ?? missing() }
    }
}
