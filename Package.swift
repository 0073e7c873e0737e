// swift-tools-version:6.0
// Recall: a terminal flashcard trainer. The data flows one way:
// deck files -> cards; log file -> events -> SM-2 states; cards + states + today -> a session;
// key -> new state + events; session -> screen cells -> terminal.
import PackageDescription

let package = Package(
    name: "Recall",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "recall", targets: ["recall"]),
        .executable(name: "recall-datagen", targets: ["RecallDataGen"]),
        .executable(name: "recall-bench", targets: ["RecallBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", exact: "0.6.0"),
    ],
    targets: [
        // The SM-2 algorithm: pure, no Foundation.
        .target(name: "SM2"),
        // FSRS-6's memory model (stability, difficulty, predicted recall): pure, no Foundation.
        .target(name: "Memory"),
        // Card model and the Markdown deck parser, with diagnostics.
        .target(name: "Deck", dependencies: ["SafeText", "MathText"]),
        // LaTeX maths in card text drawn as Unicode: spans, a parser, one-line and 2-D layouts. Pure.
        .target(name: "MathText"),
        // The review log format: tolerant reader, durable appender, exclusive lock.
        .target(name: "ReviewLog", dependencies: ["SM2", "SafeText"]),
        // Replay, daily and cram queues, sessions with undo, stats and progress figures.
        .target(name: "Study", dependencies: ["SM2", "Deck", "ReviewLog", "Memory"]),
        // Screen buffer of cells, display width, widgets, keys, a backend protocol.
        .target(name: "TerminalUI", dependencies: ["SafeText"]),
        // Snapshots of the replayed log, so a start reads only what was appended since.
        .target(name: "Snapshot", dependencies: ["SM2", "Deck", "ReviewLog", "Study", "Memory"]),
        // Model / update / view: key -> state -> effects, state -> screen. Never curses.
        .target(name: "RecallApp", dependencies: ["SM2", "Deck", "ReviewLog", "Study", "TerminalUI", "Memory", "MathText"]),
        // The run loop on any terminal: effects through ports (log, decks, clock, editor). Never curses.
        .target(name: "RecallRuntime", dependencies: ["Deck", "ReviewLog", "Study", "TerminalUI", "RecallApp"]),
        // In-memory ports (log, decks, clock, editor) for tests of the whole loop.
        .target(name: "RecallRuntimeTesting", dependencies: ["RecallRuntime", "Deck", "ReviewLog", "RecallApp"]),
        // ncursesw as a system library: module map and shim header.
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        // Draws a screen buffer with ncursesw, reads keys, handles resizes and signals.
        .target(name: "NcursesBackend", dependencies: ["CNcursesw", "TerminalUI"]),
        // The settings: config.toml read with TOMLKit, and each setting resolved as
        // flag > environment > file > default, with where it came from. Pure: no disk, no clock.
        .target(name: "Settings", dependencies: [.product(name: "TOMLKit", package: "TOMLKit")]),
        // The shipped decks, compiled into the binary so an installed `recall` studies them with
        // nothing set up. The files are links to Decks/, so the folder stays the one source.
        .target(name: "BuiltInDecks", resources: [
            .embedInCode("01-concepts-tracker.md"), .embedInCode("02-ml-interview-curriculum.md"),
        ]),
        // The command line, the real clock and paths, the run loop.
        .executableTarget(
            name: "recall",
            dependencies: [
                "SM2", "Deck", "ReviewLog", "Study", "TerminalUI", "RecallApp", "NcursesBackend", "RecallRuntime", "SafeText", "Memory", "MathText",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                "Settings", "BuiltInDecks",
                "Snapshot",
            ]
        ),

        // How untrusted text is shown: controls, escape sequences and bidi controls as visible marks.
        .target(name: "SafeText"),
        .testTarget(name: "SafeTextTests", dependencies: ["SafeText", "TerminalUI"]),

        .testTarget(name: "SM2Tests", dependencies: ["SM2"]),
        .testTarget(name: "MemoryTests", dependencies: ["Memory"], exclude: ["Oracle"]),
        .testTarget(name: "DeckTests", dependencies: ["Deck"]),
        .testTarget(name: "MathTextTests", dependencies: ["MathText", "TerminalUI"]),
        .testTarget(name: "ReviewLogTests", dependencies: ["ReviewLog", "SM2"]),
        .testTarget(name: "StudyTests", dependencies: ["Study", "Deck", "ReviewLog", "SM2", "Memory"]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI"]),
        .testTarget(name: "RecallAppTests", dependencies: ["RecallApp", "Study", "Deck", "ReviewLog", "SM2", "TerminalUI", "MathText"]),
        // The whole run loop on the in-memory terminal, log, decks, clock and editor.
        .testTarget(
            name: "RecallRuntimeTests",
            dependencies: ["RecallRuntime", "RecallRuntimeTesting", "RecallApp", "Study", "Deck", "ReviewLog", "SM2", "TerminalUI"]),
        // Runs the built `recall` binary: headless commands, and the real terminal through tmux.
        .testTarget(name: "RecallCLITests", dependencies: ["recall"]),
        .testTarget(name: "SettingsTests", dependencies: ["Settings"]),
        .testTarget(name: "SnapshotTests", dependencies: ["Snapshot", "Study", "ReviewLog", "Deck", "SM2", "Memory"]),

        // Writes large, seeded decks and review logs for benchmarks and soak tests.
        .executableTarget(
            name: "RecallDataGen",
            dependencies: ["Deck", "ReviewLog", "Study", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // In-process benchmarks: load, replay, queue, key press, append with fsync.
        .executableTarget(
            name: "RecallBench",
            dependencies: [
                "SM2", "Deck", "ReviewLog", "Study", "TerminalUI", "RecallApp",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                "Snapshot",
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
