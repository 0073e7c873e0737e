import ArgumentParser
import BuiltInDecks
import Foundation
import Settings

/// `recall init`: copies the built-in decks and a commented settings file into place.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Copy the built-in decks and a commented settings file into place, for editing.",
        discussion: """
            The decks go to $XDG_DATA_HOME/recall/decks (~/.local/share/recall/decks), which Recall \
            then uses; the settings to $XDG_CONFIG_HOME/recall/config.toml (or $RECALL_CONFIG), every \
            key commented out at its default. An existing file is never overwritten. Card IDs are \
            the same as the built-in decks', so the review history carries over.
            """)

    func run() throws {
        try reportingFailures {
            let environment = ProcessInfo.processInfo.environment
            let locations = SettingsLocations(environment: environment)
            var out = ""
            for file in BuiltInDecks.files {
                out += try Self.place(Data(file.bytes), at: locations.dataDecks + "/" + file.name)
            }
            let device = SettingsEdge.resolve(flags: [:]).settings.device.value
            let template = ConfigTemplate.text(locations: locations, device: device)
            out += try Self.place(Data(template.utf8), at: locations.configFile)
            out += "Recall now studies the decks in \(locations.dataDecks); edit them there ('e' on a card opens its line).\n"
            print(out, terminator: "")
        }
    }

    /// Writes `data` at `path` unless something is already there; says which.
    static func place(_ data: Data, at path: String) throws(CLIFailure) -> String {
        let manager = FileManager.default
        if manager.fileExists(atPath: path) { return "kept     \(path) (already there)\n" }
        do {
            let folder = (path as NSString).deletingLastPathComponent
            try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
            // Never replaces a file that appears meanwhile: O_EXCL.
            let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else {
                throw CLIFailure("cannot create \(path): \(String(cString: strerror(errno)))")
            }
            let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
            try handle.write(contentsOf: data)
            try handle.close()
        } catch let failure as CLIFailure {
            throw failure
        } catch {
            throw CLIFailure("cannot write \(path): \(error.localizedDescription)")
        }
        return "wrote    \(path)\n"
    }
}
