/// Puts a command line into the shape the argument parser reads, as users type it:
/// options for every command may come before the subcommand (`recall --log X review`), and a
/// negative number after an option is its value (`--new-per-day -1`), not another option.
/// A first word that is no command is reported with the nearest command, if one is close.
public enum ArgumentOrder: Equatable, Sendable {
    /// The arguments to parse.
    case arguments([String])
    /// The first word is not a command; `nearest` is the likely intended one.
    case unknownCommand(String, nearest: String?)

    /// Normalises `arguments` (without the program's name). `commands` are the subcommands'
    /// names; `globalValueOptions` the options every command takes that have a value.
    public static func normalise(
        _ arguments: [String], commands: [String], globalValueOptions: Set<String>
    ) -> ArgumentOrder {
        let joined = joiningNegativeValues(arguments)
        var leading: [String] = []
        var index = 0
        while index < joined.count {
            let word = joined[index]
            if word == "--" { break }
            let name = word.split(separator: "=", maxSplits: 1).first.map(String.init) ?? word
            guard globalValueOptions.contains(name) else { break }
            leading.append(word)
            if !word.contains("="), index + 1 < joined.count {
                leading.append(joined[index + 1])
                index += 1
            }
            index += 1
        }
        guard index < joined.count else { return .arguments(joined) }
        let word = joined[index]
        if commands.contains(word) {
            return .arguments([word] + leading + joined[(index + 1)...])
        }
        if word.hasPrefix("-") || word.isEmpty { return .arguments(joined) }
        return .unknownCommand(word, nearest: EditDistance.nearest(to: word, among: commands))
    }

    /// `--opt -1` becomes `--opt=-1`: a word after a long option that is a negative number is
    /// its value (no option of Recall is named like a number).
    static func joiningNegativeValues(_ arguments: [String]) -> [String] {
        var out: [String] = []
        var index = 0
        while index < arguments.count {
            let word = arguments[index]
            if word == "--" {
                out += arguments[index...]
                break
            }
            if word.hasPrefix("--"), word.count > 2, !word.contains("="), index + 1 < arguments.count,
               isNegativeNumber(arguments[index + 1]) {
                out.append(word + "=" + arguments[index + 1])
                index += 2
                continue
            }
            out.append(word)
            index += 1
        }
        return out
    }

    private static func isNegativeNumber(_ word: String) -> Bool {
        guard word.hasPrefix("-"), word.count > 1 else { return false }
        let digits = word.dropFirst()
        return digits.first?.isNumber == true && digits.allSatisfy { $0.isNumber || $0 == "." }
    }
}
