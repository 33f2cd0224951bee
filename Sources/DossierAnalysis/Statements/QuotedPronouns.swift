/// Whom "he", "him", "his", "she" and "her" stand for inside a quotation: the person named last
/// before them (in the quote, or in the text before it), never the speaker, and of a gender the
/// pronoun allows when the name tells it (a first name, a title). What a speaker says of "him"
/// ("If he reverses his stance now, he looks like a flake") is said of that person. The actor
/// stage keeps only the pronouns that name speakers; these are read for stances only.
struct QuotedPronouns {
    enum Gender { case male, female, unknown }

    let doc: Document
    /// Per actor id: person or not, and the gender its name or roles tell.
    let people: [String: Gender]

    init(doc: Document, actors: [Actor]) {
        self.doc = doc
        let lex = ActorLexicon.shared
        var p: [String: Gender] = [:]
        for a in actors where a.type == .person {
            var g = Gender.unknown
            if let first = a.name.spaceSeparatedWords.first {
                let c = lex.wordClass(WordKey.folded(String(first)))
                if c.contains(.female) { g = .female } else if c.contains(.firstName) { g = .male }
            }
            if g == .unknown {
                for r in a.roles {
                    guard let w = r.spaceSeparatedWords.first, let t = lex.titles[WordKey.folded(String(w))] else { continue }
                    if t.gender == .female { g = .female; break }
                    if t.gender == .male { g = .male; break }
                }
            }
            p[a.id] = g
        }
        people = p
    }

    /// The pronouns of a quote's content as mentions of the persons they stand for, sorted.
    /// `mentions`: every actor mention of the article, sorted by span. `addressee`: the actor
    /// the quote is said to ("“You're very rude,” Ellison told Gaddis"), whom "you" stands for.
    /// `subjects`: the subject pronouns outside quotations with their actors, sorted
    /// (`opener(of:gender:speaker:subjects:_:)`).
    func mentions(in content: [Range<Int>], speaker: String, addressee: String? = nil,
                  subjects: [(span: Span, actor: String)] = [],
                  _ mentions: [(span: Span, actor: String)]) -> [(span: Span, actor: String)] {
        var out: [(span: Span, actor: String)] = []
        for range in content {
            for k in range where doc.tokens[k].kind == .word {
                let t = doc.tokens[k].span
                if let addressee, t.end - t.start <= 8, Self.second.contains(doc.keys[k]) {
                    out.append((t, addressee))
                    continue
                }
                guard t.end - t.start <= 3, let g = Self.pronouns[doc.keys[k]],
                      let who = opener(of: t.start, gender: g, speaker: speaker, subjects: subjects, mentions)
                        ?? antecedent(before: t.start, gender: g, speaker: speaker, mentions) else { continue }
                out.append((t, who))
            }
        }
        return out
    }

    /// "you" and its forms, for the one a quote is said to.
    static let second: KeySet = KeySet(["you", "your", "yours", "yourself", "you're", "you've", "you'll", "you'd"].map { WordKey.of($0) })

    static let pronouns: KeyTable<Gender> = KeyTable(
        ["he", "him", "his", "himself"].map { (WordKey.of($0), Gender.male) } + ["she", "her", "hers", "herself"].map { (WordKey.of($0), Gender.female) }
    ) { a, _ in a }

    /// The nearest person mention before an offset, within the paragraph and the one before.
    private func antecedent(before offset: Int, gender: Gender, speaker: String, _ mentions: [(span: Span, actor: String)]) -> String? {
        let p = doc.paragraphIndex(at: offset) ?? 0
        let floor = doc.paragraphs[max(0, p - 1)].span.start
        let lo = MentionSearch.firstStarting(atOrAfter: offset, mentions)
        var i = lo - 1
        while i >= 0, mentions[i].span.start >= floor, lo - i <= 40 {
            let m = mentions[i]
            i -= 1
            guard m.actor != speaker, let g = people[m.actor] else { continue }
            if g == .unknown || gender == .unknown || g == gender { return m.actor }
        }
        return nil
    }
}
