import ArgumentParser
import RecallApp

/// `--grade-keys 0-5` or `--grade-keys anki`.
extension GradeKeys: ExpressibleByArgument {}
