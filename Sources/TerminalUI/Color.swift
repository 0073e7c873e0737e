/// A foreground colour from the terminal's basic palette. A backend without colour (or with
/// `NO_COLOR` set) ignores it; everything must stay readable without it.
public enum Color: Int, Hashable, Sendable, CaseIterable {
    case black, red, green, yellow, blue, magenta, cyan, white
}
