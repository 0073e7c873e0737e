/// The commented `config.toml` that `recall init` writes: every key, commented out at its
/// default, so the file changes nothing until a line is uncommented.
public enum ConfigTemplate {
    /// The file's text for these default places and device name.
    public static func text(locations: SettingsLocations, device: String) -> String {
        """
        # Recall's settings. A flag beats an environment variable, which beats this file,
        # which beats the default.
        # Every key is shown at its default, commented out: remove the '#' to change one.
        # 'recall config' shows each setting in force and where it came from.

        # The folder of decks (every *.md below it). Default: \(locations.dataDecks)
        # when it exists, else the decks built into recall. "~/" is your home folder; a
        # relative path is relative to this file's folder. Environment: RECALL_DECKS.
        # decks = "\(locations.dataDecks)"

        # The review log: a file, or a folder of one log per device. Environment: RECALL_LOG.
        # log = "\(locations.defaultLog)"

        # This machine's name in a log folder (letters, digits, '.', '_', '-'); default: the
        # host name. Environment: RECALL_DEVICE.
        # device = "\(device)"

        # New cards introduced a day at most. Environment: RECALL_NEW_PER_DAY.
        # new_per_day = \(SettingDefaults.newPerDay)

        # Scheduled reviews a day at most. Environment: RECALL_REVIEWS_PER_DAY.
        # reviews_per_day = \(SettingDefaults.reviewsPerDay)

        # The local hour (0-23) at which a study day starts. Environment: RECALL_DAY_STARTS_AT.
        # day_starts_at = \(SettingDefaults.dayStartsAt)

        # The interview day, a date without quotes. Default: none. Environment: RECALL_INTERVIEW.
        # interview = 2027-01-15

        # The predicted recall a card needs on the interview day to count as ready
        # (between 0 and 1). Environment: RECALL_TARGET_RECALL.
        # target_recall = \(SettingDefaults.targetRecall)

        # The command that edits a deck on 'e'. Default: $VISUAL, else $EDITOR, else vi.
        # Environment: RECALL_EDITOR.
        # editor = "\(SettingDefaults.editor)"

        # The keys that grade: "0-5" (grades 0 to 5), or "anki" (1-4 as Again, Hard, Good,
        # Easy, recorded as grades 2, 3, 4, 5). Environment: RECALL_GRADE_KEYS.
        # grade_keys = "\(SettingDefaults.gradeKeys)"

        """
    }
}
