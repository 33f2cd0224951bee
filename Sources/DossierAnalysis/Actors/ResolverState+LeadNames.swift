/// A person described in the headline or the lead, or introduced by "a", and named right after: news puts what
/// someone is before who they are ("… top aide implies to Republican leaders. The chief, Paul
/// Manafort, suggested …"; "Hillary Clinton's right-hand woman rallied supporters … Huma
/// Abedin, vice chairwoman for Clinton's presidential campaign, emailed supporters").
extension ResolverState {
    /// How many sentences after an acting lead description its person may be named.
    static let leadNameWindow = 2

    /// The person an acting description in the first three sentences (or one opening with "a")
    /// stands for when no role
    /// matched it: the first person named in the sentences after it, introduced there (not named
    /// before the description), acting there, of a compatible gender and not the description's
    /// owner, among the first words of its sentence, holding no other office than one the
    /// description names; nil when the first person named there is no such one.
    func personNamedAfterLead(_ i: Int, owner: Int?) -> Int? {
        let m = ms[i]
        let s = sentenceOf[i]
        // Past the lead, only one introduced by "a" or "an" ("A Clinton ally suggested … Virginia
        // Gov. Terry McAuliffe tried to walk back his comments"), named in the next sentence.
        let indefinite = Self.opensWithIndefiniteArticle(doc.text.scalars, m.span)
        guard m.kind == .description, m.type == .person, m.acting, !m.quoted, m.appositive == nil, s <= 2 || indefinite else { return nil }
        let window = s <= 2 ? Self.leadNameWindow : 1
        var j = i + 1
        while j < ms.count && sentenceOf[j] <= s + window {
            defer { j += 1 }
            guard sentenceOf[j] > s, ms[j].kind == .name, !ms[j].quoted, !ms[j].modifier, let d = draftOf[j], isNamedPerson(d) else { continue }
            guard d != owner, drafts[d].full, drafts[d].first >= ms[j].span.start, ms[j].acting,
                  Self.compatible(m.gender, drafts[d].gender), opensSentence(ms[j].span.start, sentenceOf[j]) else { return nil }
            // "A federal judge blocked … Governor Tom Reyes said": an office is not another one.
            if let head = m.head, lex.wordClass(WordKey.folded(head)).contains(.title), drafts[d].titled,
               !profile(of: d).roleHeads.contains(lex.titles[WordKey.folded(head)]?.role ?? head) { return nil }
            return d
        }
        return nil
    }

    /// The span opens with "a" or "an".
    static func opensWithIndefiniteArticle(_ s: [Unicode.Scalar], _ span: Span) -> Bool {
        guard span.length > 3, WordKey.fold(s[span.start]) == 97 else { return false }
        return s[span.start + 1] == " " || WordKey.fold(s[span.start + 1]) == 110 && s[span.start + 2] == " "
    }

    /// The name stands among the first words of its sentence, before any quotation mark ("Huma
    /// Abedin, vice chairwoman …, emailed", "The chief, Paul Manafort, suggested"), not after a
    /// quote it closes ("…,” said Jeff Bechdel").
    private func opensSentence(_ start: Int, _ sentence: Int) -> Bool {
        let text = doc.text.scalars
        var words = 0
        for u in text[doc.sentences[sentence].span.start..<start] {
            if u == "\"" || u == "“" || u == "”" { return false }
            if u == " " { words += 1 }
        }
        return words <= 8
    }
}
