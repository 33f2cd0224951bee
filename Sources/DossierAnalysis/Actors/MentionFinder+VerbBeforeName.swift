/// A lowercase word that is also a noun for a body ("force", "office", "court") names that body
/// when it stands before a name ("rail operator Deutsche Bahn") — but after a modal or "to",
/// with or without an adverb between ("will likely force Clinton to compensate", "to force
/// Sanders out"), it is a verb whose object is the name, and the name keeps its own reading.
extension MentionFinder {
    /// True when the word at `k` follows an auxiliary or "to", past lowercase adverbs (a word of
    /// the adverb class, or one ending in "-ly": "will likely", "to quickly").
    static func readsAsVerb(_ k: Int, sentenceStart: Int, w: ArticleWords) -> Bool {
        var j = k - 1
        var skipped = 0
        while j >= sentenceStart, skipped < 2, w.flags[j].contains(.lower), w.has(j, .adverb) || endsInLy(j, w: w), !w.has(j, .aux) {
            j -= 1; skipped += 1
        }
        guard j >= sentenceStart, w.flags[j].contains(.lower) else { return false }
        return w.has(j, .aux) || w.key[j] == ActorWordKeys.toKey
    }

    private static func endsInLy(_ k: Int, w: ArticleWords) -> Bool {
        let sp = w.t(k).span
        let s = w.s
        return sp.length > 4 && s[sp.end - 2] == "l" && s[sp.end - 1] == "y"
    }
}
