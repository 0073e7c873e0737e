/// Whether the terminal's locale can show Recall's text (formulas, CJK, emoji), and what to say
/// when it cannot. Pure: the caller applies the locale and reads its character set.
public enum LocaleCheck {
    /// The note for a locale that cannot show non-ASCII text, nil for a UTF-8 one. `applied`
    /// says whether the locale the environment names could be set (it is installed);
    /// `codeset` is its character set (`nl_langinfo(CODESET)`, `UTF-8` or `ANSI_X3.4-1968`).
    public static func note(applied: Bool, codeset: String, environment: [String: String]) -> String? {
        let (name, value) = localeVariable(environment)
        let setting = value.map { "\(name)=\($0)" } ?? "no LANG or LC_ALL"
        if !applied {
            return "The locale \(setting) is not installed: formulas and symbols show as ?. "
                + "Install it (locale-gen) or set LANG=C.UTF-8."
        }
        let normalized = codeset.uppercased().filter { $0 != "-" && $0 != "_" }
        guard normalized != "UTF8" else { return nil }
        return "The locale (\(setting)) is not UTF-8: formulas and symbols show as ?. Set LANG=C.UTF-8 (or another UTF-8 locale)."
    }

    /// The variable that decides the character set, by POSIX precedence, and its value.
    static func localeVariable(_ environment: [String: String]) -> (name: String, value: String?) {
        for name in ["LC_ALL", "LC_CTYPE", "LANG"] {
            if let value = environment[name], !value.isEmpty { return (name, value) }
        }
        return ("LANG", nil)
    }
}
