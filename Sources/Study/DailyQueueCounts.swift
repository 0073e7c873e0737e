/// Today's queue in numbers for some cards (all of them, a deck or a phase), with the cards it
/// leaves for a later day and why.
public struct DailyQueueCounts: Hashable, Sendable {
    /// Pending drills in the queue.
    public var drills: Int
    /// Due cards in the queue.
    public var due: Int
    /// New cards in the queue.
    public var new: Int
    /// Due and new cards left for tomorrow only because a card of the same note is asked today.
    public var waitingForSibling: Int
    /// Due cards left out because today's reviews reached the daily review limit.
    public var overReviewLimit: Int
    /// The daily review limit the queue was planned with.
    public var reviewsPerDay: Int

    /// Counts as given; all zero by default.
    public init(
        drills: Int = 0, due: Int = 0, new: Int = 0, waitingForSibling: Int = 0, overReviewLimit: Int = 0,
        reviewsPerDay: Int = DailyLimits().reviewsPerDay
    ) {
        self.drills = drills
        self.due = due
        self.new = new
        self.waitingForSibling = waitingForSibling
        self.overReviewLimit = overReviewLimit
        self.reviewsPerDay = reviewsPerDay
    }

    /// Every card in the queue.
    public var queued: Int { drills + due + new }

    /// Cards left for a later day, for a sibling or by the review limit.
    public var heldBack: Int { waitingForSibling + overReviewLimit }

    /// The queue apart, in the words every screen uses: "1 drill · 3 due · 5 new".
    public var summary: String {
        "\(drills) drill\(drills == 1 ? "" : "s") · \(due) due · \(new) new"
    }

    /// Why cards are left out of today's queue: "1 card waits for its sibling until tomorrow
    /// (one card of a concept a day)" and "12 due cards over today's review limit (200)"; nil
    /// when none is.
    public var heldBackNote: String? {
        var parts: [String] = []
        if waitingForSibling == 1 {
            parts.append("1 card waits for its sibling until tomorrow (one card of a concept a day)")
        } else if waitingForSibling > 1 {
            parts.append("\(waitingForSibling) cards wait for their siblings until tomorrow (one card of a concept a day)")
        }
        if overReviewLimit > 0 {
            parts.append("\(overReviewLimit) due card\(overReviewLimit == 1 ? "" : "s") over today's review limit (\(reviewsPerDay))")
        }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }
}
