/// "Trump said Obama was the founder of ISIS": a tie stated by a copula right after a verb of
/// saying is somebody's claim, not a fact the article states, so it puts no one on a side.
extension RelationNouns {
    /// The subject before the copula at `copula` follows a cue word ("said", "claimed that",
    /// "accused … of being" is read elsewhere) that reports no act of its own.
    func isReportedClaim(copula: Int, in sentence: Range<Int>, _ mentions: [(span: Span, actor: String)]) -> Bool {
        var j = copula - 1
        // Past up to two auxiliaries or adverbs to the token ending the subject's name.
        while j > sentence.lowerBound, copula - j <= 2, mention(endingAt: doc.tokens[j].span.end, mentions) == nil { j -= 1 }
        guard j >= sentence.lowerBound, let m = mention(endingAt: doc.tokens[j].span.end, mentions),
              var p = firstToken(at: m.span.start) else { return false }
        p -= 1
        if p > sentence.lowerBound, SmallWords.key(doc, p) == SmallWords.that { p -= 1 }
        guard p >= sentence.lowerBound, let w = word(p), w.cue >= 0 else { return false }
        return !lexicon.cues[Int(w.cue)].isAction
    }
}
