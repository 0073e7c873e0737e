extension JSONText {
    /// A JSON number with every digit Swift needs to give `value` back, or `null` for nil or a
    /// value that is not finite.
    static func optionalDouble(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "null" }
        return value.description
    }
}
