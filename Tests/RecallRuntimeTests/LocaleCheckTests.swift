import RecallRuntime
import Testing

/// A locale that cannot show formulas is said once, with the fix.
@Suite struct LocaleCheckTests {
    @Test func aUTF8LocaleSaysNothing() {
        #expect(LocaleCheck.note(applied: true, codeset: "UTF-8", environment: ["LANG": "en_GB.UTF-8"]) == nil)
        #expect(LocaleCheck.note(applied: true, codeset: "utf8", environment: ["LC_ALL": "C.utf8"]) == nil)
    }

    @Test func theCLocaleIsNamedWithTheFix() throws {
        let note = try #require(LocaleCheck.note(applied: true, codeset: "ANSI_X3.4-1968", environment: ["LANG": "C"]))
        #expect(note.contains("LANG=C"))
        #expect(note.contains("not UTF-8"))
        #expect(note.contains("LANG=C.UTF-8"))
    }

    @Test func aLocaleThatIsNotInstalledIsNamed() throws {
        let note = try #require(LocaleCheck.note(
            applied: false, codeset: "ANSI_X3.4-1968", environment: ["LANG": "C", "LC_ALL": "xx_YY.UTF-8"]))
        #expect(note.contains("LC_ALL=xx_YY.UTF-8 is not installed"))
    }
}
