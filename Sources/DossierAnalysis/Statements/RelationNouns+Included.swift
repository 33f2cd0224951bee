/// A plural relation noun followed by the names it counts: "Trump's rivals include Ted Cruz and
/// Marco Rubio", "Clinton's critics, including Sen. Bernie Sanders,", "his allies, such as Roger
/// Stone", "Trump's rivals, among them Robert Mercer". Reporters name the members of a camp this
/// way as often as in apposition; each person listed holds the relation toward the owner.
extension RelationNouns {
    /// The people listed after the noun at `k` and a word that introduces members ("include",
    /// "including", "such as", "like", "among them"), past a comma; nil when there is none.
    func includedHolders(of k: Int, in sentence: Range<Int>, _ mentions: [(span: Span, actor: String)],
                         people: Set<String>) -> [String]? {
        let s = doc.text.scalars
        guard s[doc.tokens[k].span.end - 1] == "s", k + 2 < sentence.upperBound else { return nil }
        var j = k + 1
        if doc.isComma(j) { j += 1 }
        guard j + 1 < sentence.upperBound else { return nil }
        let key = SmallWords.key(doc, j)
        if Self.includeWords.contains(key) {
            j += 1
        } else if (key == Self.such && SmallWords.key(doc, j + 1) == SmallWords.as_) || (key == Self.among && Self.themWords.contains(SmallWords.key(doc, j + 1))) {
            j += 2
        } else {
            return nil
        }
        let found = listedMembers(from: j, in: sentence, mentions, people: people)
        return found.isEmpty ? nil : found
    }

    /// The people named from `start` on: names joined by commas and "and", each after at most
    /// a few titles and qualifiers ("hedge-fund founder and prolific fundraiser Paul Singer");
    /// the list ends at the first word after a name that joins no other name, or at a clause word.
    private func listedMembers(from start: Int, in sentence: Range<Int>, _ mentions: [(span: Span, actor: String)],
                               people: Set<String>) -> [String] {
        let s = doc.text.scalars
        var found: [String] = []
        var j = start, qualifiers = 0
        while j < sentence.upperBound, j <= start + 30 {
            let t = doc.tokens[j]
            if let m = mention(startingNear: j, mentions), m.span.start == t.span.start, let r = doc.tokenRange(covering: m.span) {
                if people.contains(m.actor), !found.contains(m.actor) { found.append(m.actor) }
                j = r.upperBound; qualifiers = 0
                // Another name follows only after "and" or a comma before a capital or "and".
                guard j < sentence.upperBound else { break }
                if SmallWords.key(doc, j) == SmallWords.and { j += 1; continue }
                if doc.isComma(j), j + 1 < sentence.upperBound, doc.tokens[j + 1].kind == .word,
                   CharClass.isUpper(s[doc.tokens[j + 1].span.start]) || SmallWords.key(doc, j + 1) == SmallWords.and {
                    j += SmallWords.key(doc, j + 1) == SmallWords.and ? 2 : 1
                    continue
                }
                break
            }
            if t.kind == .punctuation {
                // An abbreviated title's full stop ("Sen.") or a hyphen inside a qualifier.
                let c = s[t.span.start]
                guard c == "." || c == "-", j > start, doc.tokens[j - 1].kind == .word else { break }
                j += 1
                continue
            }
            guard t.kind == .word else { break }
            if CharClass.isLower(s[t.span.start]), SmallWords.key(doc, j) != SmallWords.and, let w = word(j),
               w.cue >= 0 || !w.grammar.isDisjoint(with: [.det, .prep, .function, .boundary, .copula, .gap, .holder]) { break }
            qualifiers += 1
            if qualifiers > 5 { break }
            j += 1
        }
        return found
    }

    static let includeWords: KeySet = KeySet(["include", "includes", "included", "including", "like"].map { WordKey.of($0) })
    static let such = WordKey.of("such")
    static let among = WordKey.of("among")
    static let themWords: KeySet = KeySet(["them", "whom"].map { WordKey.of($0) })

    /// The name that heads the phrase a name opens: "a major donor to Trump rival Ted Cruz" is
    /// Cruz's donor, not Trump's. Past a relation noun or capitalised titles right after the
    /// name (at most three words), a next name is the head.
    func headName(from first: (span: Span, actor: String), in sentence: Range<Int>, _ mentions: [(span: Span, actor: String)]) -> String {
        let s = doc.text.scalars
        var head = first
        guard var j = doc.tokenRange(covering: head.span)?.upperBound else { return head.actor }
        var steps = 0
        while j < sentence.upperBound, steps < 3, doc.tokens[j].kind == .word {
            if let m = mention(startingNear: j, mentions), m.span.start == doc.tokens[j].span.start, steps > 0,
               let r = doc.tokenRange(covering: m.span) {
                head = m; j = r.upperBound; steps = 0
                continue
            }
            guard nouns[doc.keys[j]] != nil || CharClass.isUpper(s[doc.tokens[j].span.start]) else { break }
            j += 1; steps += 1
        }
        return head.actor
    }
}
