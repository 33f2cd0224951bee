/// "Jeb Bush and Ted Cruz both urged Trump to …", "Sanders, Warren and Clinton condemned the
/// raids": names joined by "and" before one verb are one subject (`NameCoordination`), so each
/// of them does the act, not only the last one next to the verb. Two actors sharing an act
/// stand on one side of it.
extension ActionFinder {
    /// At `k`, the token right after the mention `mi`, the token after the last name of a
    /// coordination of subjects it opens, or nil when none follows or the first name is not a
    /// clause's subject (after a verb or a preposition: "attacked Cruz and Rubio").
    func sharedSubjectEnd(mention mi: Int, after k: Int, in sentence: Range<Int>,
                          mentions: [(span: Span, actor: String)]) -> Int? {
        let names = NameCoordination(doc: doc, lexicon: lexicon)
        guard k + 1 < sentence.upperBound, names.isLink(k), let start = names.firstToken(of: mentions[mi].span),
              let opening = names.opening(start, from: sentence.lowerBound),
              let end = names.chain(from: mi, after: k, before: sentence.upperBound, mentions: mentions)?.end,
              end < sentence.upperBound else { return nil }
        // "Issa and Hunter, who was …": what follows a comma is said of the last name only.
        if doc.isComma(end) { return nil }
        // "The Sanders and Clinton campaigns declined": after "the", names before a noun
        // qualify it; only an auxiliary or an adverb shows them to be the subject ("the House
        // and Senate have approved").
        if opening == .determiner, !(word(end).map { $0.grammar.contains(.gap) || $0.modality != nil } ?? false),
           doc.keys[end] != Self.both, !isAdverb(end) { return nil }
        return end
    }
}
