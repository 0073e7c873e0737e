import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension DeckFolder {
    /// Reads and parses every `*.md` file below the folder (any depth, hidden entries skipped,
    /// sorted by path) into a library.
    ///
    /// Throws only when the folder itself is missing, is not a folder or cannot be listed.
    /// A file that cannot be read, a subfolder that cannot be listed and a folder without any
    /// `.md` file are errors in the library's diagnostics (at line 0: the whole file or folder).
    public func load() throws(DeckLoadError) -> DeckLibrary {
        let (files, listingProblems) = try deckFiles()
        var problems = listingProblems
        if files.isEmpty {
            problems.append(DeckDiagnostic(
                .error, at: SourceLocation(file: path, line: 0), "no .md deck files in this folder"))
        }
        var results: [DeckParseResult] = []
        results.reserveCapacity(files.count)
        for (file, outcome) in zip(files, Self.readAndParse(files)) {
            switch outcome {
            case .success(let result):
                results.append(result)
            case .failure(let failure):
                problems.append(DeckDiagnostic(
                    .error, at: SourceLocation(file: file, line: 0), "cannot read this deck: \(failure.reason)"))
            }
        }
        return DeckLibrary(parsed: results, diagnostics: problems)
    }

    /// The paths of the deck files below the folder, sorted, and the subfolders that could not be listed.
    func deckFiles() throws(DeckLoadError) -> (files: [String], problems: [DeckDiagnostic]) {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .folderMissing(path: path)
        }
        guard isDirectory.boolValue else { throw .notAFolder(path: path) }
        let topEntries: [String]
        do {
            topEntries = try manager.contentsOfDirectory(atPath: path)
        } catch {
            throw .unreadableFolder(path: path, reason: Self.reason(error))
        }
        var files: [String] = []
        var problems: [DeckDiagnostic] = []
        var visited: Set<String> = [Self.resolved(path)]
        collect(in: path, entries: topEntries, into: &files, problems: &problems, visited: &visited)
        files.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        return (files, problems)
    }

    private func collect(
        in folder: String, entries: [String], into files: inout [String],
        problems: inout [DeckDiagnostic], visited: inout Set<String>
    ) {
        let manager = FileManager.default
        for name in entries where !name.hasPrefix(".") {
            let child = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            var isDirectory: ObjCBool = false
            let exists = manager.fileExists(atPath: child, isDirectory: &isDirectory)
            if exists, isDirectory.boolValue {
                guard visited.insert(Self.resolved(child)).inserted else { continue }
                do {
                    let childEntries = try manager.contentsOfDirectory(atPath: child)
                    collect(in: child, entries: childEntries, into: &files, problems: &problems, visited: &visited)
                } catch {
                    problems.append(DeckDiagnostic(
                        .error, at: SourceLocation(file: child, line: 0),
                        "cannot list this folder: \(Self.reason(error))"))
                }
            } else if name.lowercased().hasSuffix(".md") {
                // A broken link is listed too, so that reading it reports the problem.
                files.append(child)
            }
        }
    }

    private static func resolved(_ path: String) -> String {
        URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    }

    private static func reason(_ error: any Error) -> String {
        if let cocoa = error as? CocoaError, let underlying = cocoa.userInfo[NSUnderlyingErrorKey] as? POSIXError {
            return String(cString: strerror(underlying.code.rawValue))
        }
        return error.localizedDescription
    }

    /// Why a file could not be read, in the system's words.
    struct ReadFailure: Error {
        let reason: String
    }

    /// The whole file's bytes. Only regular files are decks: a pipe, a socket or a device
    /// (`/dev/zero`) behind a `.md` name would never end, so it is refused, and opening never
    /// waits for a pipe's writer.
    static func readBytes(atPath path: String) -> Result<[UInt8], ReadFailure> {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(ReadFailure(reason: systemError())) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(ReadFailure(reason: systemError())) }
        guard (status.st_mode & S_IFMT) == S_IFREG else {
            return .failure(ReadFailure(reason: "not a regular file"))
        }
        var bytes: [UInt8] = []
        if status.st_size > 0 { bytes.reserveCapacity(Int(status.st_size)) }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { buffer in
                read(descriptor, buffer.baseAddress, buffer.count)
            }
            if count > 0 {
                bytes.append(contentsOf: chunk[0..<count])
            } else if count == 0 {
                return .success(bytes)
            } else if errno != EINTR {
                return .failure(ReadFailure(reason: systemError()))
            }
        }
    }

    private static func systemError() -> String {
        String(cString: strerror(errno))
    }
}
