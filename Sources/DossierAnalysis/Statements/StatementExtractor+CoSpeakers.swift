/// "Maryland Gov. Martin O'Malley and former Secretary of State Hillary Clinton called for …",
/// "the ACLU and the NACDL praised …": a quote's source that names several actors joined by
/// "and" (`NameCoordination`) is said by each of them. The attribution gives the quote one
/// speaker; the others get the same statements, as their own reported acts.
extension StatementExtractor {
    /// The actors of the source of `q` other than its speaker, when the source opens with a
    /// coordination of names that holds the speaker; empty otherwise.
    func coSpeakers(of q: Quote, _ mentions: [(span: Span, actor: String)], _ doc: Document) -> [String] {
        guard let speaker = q.speaker, let source = q.source, let sourceTokens = doc.tokenRange(covering: source) else { return [] }
        var lo = 0, hi = mentions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if mentions[mid].span.start < source.start { lo = mid + 1 } else { hi = mid }
        }
        guard lo < mentions.count, mentions[lo].span.end <= source.end else { return [] }
        let names = NameCoordination(doc: doc, lexicon: lexicon)
        // "Some observers, including professor Ada Brandt, also criticized …": the members a
        // group's apposition lists between the source and its cue.
        if mentions[lo].actor == speaker, let cue = q.cue, let after = names.tokenAfter(source), doc.tokens[after].span.end <= cue.start,
           let si = doc.sentenceIndex(at: doc.tokens[after].span.start),
           let listed = names.includedMembers(at: after, in: doc.sentences[si].tokenRange, mentions: mentions, group: speaker),
           listed.end < doc.tokens.count, let cueStart = names.firstToken(of: cue), listed.end <= cueStart, cueStart - listed.end <= 3 {
            return listed.actors
        }
        guard let start = names.firstToken(of: mentions[lo].span), start <= sourceTokens.lowerBound + 4,
              names.opening(start, from: sourceTokens.lowerBound) != nil, let after = names.tokenAfter(mentions[lo].span),
              after < sourceTokens.upperBound,
              let chain = names.chain(from: lo, after: after, before: sourceTokens.upperBound + 1, mentions: mentions) else { return [] }
        let all = [mentions[lo].actor] + chain.actors
        guard all.contains(speaker) else { return [] }
        var out: [String] = []
        for a in all where a != speaker && !out.contains(a) { out.append(a) }
        return out
    }

    /// Copies of `made` (the statements of one quote) for each co-speaker, with no quote: a
    /// quote has one speaker. None is aimed at its own actor.
    func sharedStatements(_ made: ArraySlice<Statement>, coSpeakers: [String], from count: Int) -> [Statement] {
        var out: [Statement] = []
        for a in coSpeakers {
            for var s in made where s.targetActor != a {
                s.actor = a
                s.quote = nil
                s.id = "s" + String(count + out.count + 1)
                out.append(s)
            }
        }
        return out
    }

    /// The names a one-word quantifier source sums up ("Lowe and Brandt both said"), nil when
    /// the source is no such word or no names joined by "and" stand before it.
    func namesSummed(by q: Quote, _ mentions: [(span: Span, actor: String)], _ doc: Document) -> [String]? {
        guard let source = q.source, let r = doc.tokenRange(covering: source), r.count == 1,
              let si = doc.sentenceIndex(at: source.start) else { return nil }
        return NameCoordination(doc: doc, lexicon: lexicon).namesSummed(by: r.lowerBound, lower: doc.sentences[si].tokenRange.lowerBound,
                                                                       mentions: mentions)
    }
}
