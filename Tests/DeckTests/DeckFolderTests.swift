import Foundation
import Testing
@testable import Deck

@Suite struct DeckFolderTests {
    /// A fresh folder under the system's temporary directory, removed at the end.
    func withTemporaryFolder(_ body: (String) throws -> Void) throws {
        let path = NSTemporaryDirectory() + "recall-deck-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: path) }
        try body(path)
    }

    func write(_ text: String, to path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    @Test func loadsEveryMarkdownFileRecursivelyInPathOrder() throws {
        try withTemporaryFolder { root in
            try write("# B\n- QB :: b\n", to: root + "/b.md")
            try write("# A\n- QA :: a\n", to: root + "/a.md")
            try write("# Nested\n- QN :: n\n", to: root + "/a/z/nested.md")
            try write("- not a deck :: x\n", to: root + "/notes.txt")
            try write("- hidden :: x\n", to: root + "/.hidden/h.md")
            let library = try DeckFolder(path: root).load()
            #expect(library.decks.map(\.name) == ["A", "Nested", "B"])
            #expect(library.decks.map(\.file) == [root + "/a.md", root + "/a/z/nested.md", root + "/b.md"])
            #expect(library.cards.map(\.front) == ["QA", "QN", "QB"])
            #expect(library.diagnostics.isEmpty)
        }
    }

    @Test func pipesAndDevicesAreRefusedAtOnceWhileOtherDecksLoad() throws {
        try withTemporaryFolder { root in
            try write("# A\n- QA :: a\n", to: root + "/a.md")
            #expect(mkfifo(root + "/pipe.md", 0o600) == 0)
            try FileManager.default.createSymbolicLink(atPath: root + "/zero.md", withDestinationPath: "/dev/zero")
            let library = try DeckFolder(path: root).load()
            #expect(library.cards.map(\.front) == ["QA"])
            #expect(library.diagnostics.map(\.description) == [
                root + "/pipe.md: error: cannot read this deck: not a regular file",
                root + "/zero.md: error: cannot read this deck: not a regular file",
            ])
        }
    }

    @Test func missingFolderAndFileInsteadOfFolderThrow() throws {
        try withTemporaryFolder { root in
            #expect(throws: DeckLoadError.folderMissing(path: root + "/nope")) {
                try DeckFolder(path: root + "/nope").load()
            }
            try write("# A\n", to: root + "/a.md")
            #expect(throws: DeckLoadError.notAFolder(path: root + "/a.md")) {
                try DeckFolder(path: root + "/a.md").load()
            }
        }
    }

    @Test func folderWithoutDecksIsAnError() throws {
        try withTemporaryFolder { root in
            try write("nothing", to: root + "/readme.txt")
            let library = try DeckFolder(path: root).load()
            #expect(library.cards.isEmpty)
            #expect(library.diagnostics.map(\.description) == ["\(root): error: no .md deck files in this folder"])
        }
    }

    @Test(.enabled(if: getuid() != 0, "root reads any file"))
    func unreadableFileIsAnErrorAndTheOthersLoad() throws {
        try withTemporaryFolder { root in
            try write("- QA :: a\n", to: root + "/a.md")
            try write("- QB :: b\n", to: root + "/b.md")
            chmod(root + "/a.md", 0)
            let library = try DeckFolder(path: root).load()
            #expect(library.cards.map(\.front) == ["QB"])
            #expect(library.diagnostics.count == 1)
            #expect(library.diagnostics.first?.location == SourceLocation(file: root + "/a.md", line: 0))
            #expect(library.diagnostics.first?.message.hasPrefix("cannot read this deck") == true)
        }
    }

    @Test func brokenLinkToADeckIsReportedAndTheOthersLoad() throws {
        try withTemporaryFolder { root in
            try write("- QB :: b\n", to: root + "/b.md")
            try FileManager.default.createSymbolicLink(atPath: root + "/a.md", withDestinationPath: root + "/gone.md")
            let library = try DeckFolder(path: root).load()
            #expect(library.cards.map(\.front) == ["QB"])
            #expect(library.diagnostics.map(\.description) == [
                "\(root)/a.md: error: cannot read this deck: No such file or directory",
            ])
        }
    }

    @Test func readFailureNamesTheSystemReason() {
        guard case .failure(let failure) = DeckFolder.readBytes(atPath: "/nonexistent-recall-test/x.md") else {
            Issue.record("reading a missing file succeeded")
            return
        }
        #expect(failure.reason.contains("No such file"))
    }
}
