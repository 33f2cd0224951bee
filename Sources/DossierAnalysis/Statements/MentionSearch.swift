/// The statement stage's mentions are sorted by span; this finds where an offset falls among
/// them in log time, so that every lookup stays within the stage's linear bound.
enum MentionSearch {
    /// Index of the first mention starting at or after `offset` (`mentions.count` when none).
    static func firstStarting(atOrAfter offset: Int, _ mentions: [(span: Span, actor: String)]) -> Int {
        var lo = 0, hi = mentions.count
        while lo < hi { let m = (lo + hi) / 2; if mentions[m].span.start < offset { lo = m + 1 } else { hi = m } }
        return lo
    }

    /// The actor of the mention starting exactly at `offset`, if any.
    static func actor(startingAt offset: Int, _ mentions: [(span: Span, actor: String)]) -> String? {
        let i = firstStarting(atOrAfter: offset, mentions)
        return i < mentions.count && mentions[i].span.start == offset ? mentions[i].actor : nil
    }
}
