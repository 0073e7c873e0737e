import Foundation
import RecallRuntime
import Testing

/// The real editor port: how it runs `$EDITOR`, and what it says when the editor fails.
@Suite struct ProcessEditorTests {
    func temporaryFile(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("recall-editor-\(UUID().uuidString).md").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func theEditorGetsThePlusLineAndTheFileAndACleanExitIsAnEdit() throws {
        let file = try temporaryFile("- Q :: A\n")
        defer { try? FileManager.default.removeItem(atPath: file) }
        // An "editor" that appends its arguments to the file it is given.
        let editor = ProcessEditor(environment: ["EDITOR": "sh -c 'printf \"%s %s\\n\" \"$0\" \"$1\" >> \"$1\"'"])
        #expect(editor.edit(file: file, line: 7) == .edited)
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.hasSuffix("+7 \(file)\n"))
    }

    @Test func visualWinsOverEditorAndViIsTheLastResort() {
        #expect(ProcessEditor(environment: ["VISUAL": "nano", "EDITOR": "vim"]).command == "nano")
        #expect(ProcessEditor(environment: ["VISUAL": "", "EDITOR": "vim"]).command == "vim")
        #expect(ProcessEditor(environment: [:]).command == "vi")
    }

    @Test func aMissingOrFailingEditorIsSaid() {
        let missing = ProcessEditor(environment: ["EDITOR": "/nonexistent/editor"]).edit(file: "x.md", line: 1)
        #expect(missing == .failed("cannot start the editor '/nonexistent/editor': command not found (set EDITOR)"))
        let failing = ProcessEditor(environment: ["EDITOR": "sh -c 'exit 3'"]).edit(file: "x.md", line: 1)
        #expect(failing == .failed("the editor 'sh -c 'exit 3'' exited with status 3; the decks were read again"))
    }
}
