/// The decks shipped with Recall, as their files' bytes.
///
/// They are compiled into the binary (SwiftPM's `embedInCode` resources, generated into
/// `PackageResources` at build time) rather than read from a bundle at run time: an installed
/// `recall` is one file that needs nothing beside it, and the bytes are the same as the
/// checkout's `Decks/` (the resources are links to those files), so card IDs never differ.
public enum BuiltInDecks {
    /// One shipped deck: its file name and its bytes.
    public struct File: Sendable {
        /// The file name, such as `01-concepts-tracker.md`.
        public let name: String
        /// The file's bytes, exactly as in `Decks/`.
        public let bytes: [UInt8]
    }

    /// The shipped decks in file-name order.
    public static let files: [File] = [
        File(name: "01-concepts-tracker.md", bytes: PackageResources._1_concepts_tracker_md),
        File(name: "02-ml-interview-curriculum.md", bytes: PackageResources._2_ml_interview_curriculum_md),
    ]
}
