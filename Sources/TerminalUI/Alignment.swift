/// Where text sits in a wider space.
public enum Alignment: Hashable, Sendable {
    /// Flush left.
    case left
    /// Centred; an odd spare cell goes to the right.
    case center
    /// Flush right.
    case right
}
