/// The credit lines of an article: the sentences that name its journalists ("(Reporting by
/// Ann Lee in Washington; Editing by Tom Reid.)", "Jane Ode contributed reporting."), read
/// from credit_phrases.txt. The people named there wrote or edited the news and are no actors
/// of it, so the names in these spans make no mentions; the same people named elsewhere in the
/// article still do.
struct CreditLines {
    struct Cue { var keys: [UInt64]; var namesAfter: Bool }

    static let cues: [Cue] = ActorLexiconBuilder.fields(PackageResources.credit_phrases_txt).compactMap { phrase, tags in
        let keys = phrase.split(separator: " ").map { WordKey.folded(String($0)) }
        return keys.isEmpty ? nil : Cue(keys: keys, namesAfter: tags.first != "before")
    }

    /// The first word of every cue: most tokens are tested against this one set only.
    static let firstKeys: KeySet = {
        var set = KeySet(capacity: 32)
        for c in cues { set.insert(c.keys[0]) }
        return set
    }()

    /// The character spans of `w` that only credit journalists.
    static func spans(in w: ArticleWords) -> [Span] {
        var out: [Span] = []
        for sentence in w.doc.sentences {
            let r = sentence.tokenRange
            guard !r.isEmpty else { continue }
            for k in r {
                guard firstKeys.contains(w.key[k]),
                      let cue = cues.first(where: { matches($0.keys, at: k, in: w, end: r.upperBound) }) else { continue }
                if cue.namesAfter {
                    // "(Reporting by Ann Lee; Editing by Tom Reid.)": everything after the cue.
                    out.append(Span(w.t(k).span.start, w.t(r.upperBound - 1).span.end))
                    break
                }
                // "Jane Ode and Sam Li contributed reporting.": only names before the cue.
                if k > r.lowerBound && (r.lowerBound..<k).allSatisfy({ onlyNames($0, w) }) {
                    out.append(Span(w.t(r.lowerBound).span.start, w.t(k).span.start))
                }
                break
            }
        }
        return out
    }

    static func matches(_ keys: [UInt64], at k: Int, in w: ArticleWords, end: Int) -> Bool {
        guard k + keys.count <= end else { return false }
        for (i, key) in keys.enumerated() where w.key[k + i] != key || !w.isWord(k + i) { return false }
        return true
    }

    /// A capitalised word, "and", a comma or an opening bracket: what a list of names is made of.
    static func onlyNames(_ k: Int, _ w: ArticleWords) -> Bool {
        if !w.isWord(k) { return w.flags[k].contains(.comma) || w.flags[k].contains(.openParen) || w.isPunct(k, ".") }
        return !w.flags[k].contains(.lower) || w.key[k] == ActorWordKeys.andKey
    }
}

extension CreditLines {
    /// `ms` without the names and abbreviations inside a credit line of `w`; the indices that
    /// mentions keep of each other (owner, members, apposition) are remapped.
    static func dropCredited(_ ms: [Mention], in w: ArticleWords) -> [Mention] {
        let credits = spans(in: w)
        guard !credits.isEmpty else { return ms }
        let keep = ms.indices.map { i in !(ms[i].kind == .name || ms[i].kind == .acronym) || !credits.contains { $0.contains(ms[i].span) } }
        guard keep.contains(false) else { return ms }
        var newIndex = [Int?](repeating: nil, count: ms.count)
        var n = 0
        for i in ms.indices where keep[i] { newIndex[i] = n; n += 1 }
        return ms.indices.filter { keep[$0] }.map { i in
            var m = ms[i]
            m.owner = m.owner.flatMap { newIndex[$0] }
            m.members = m.members.compactMap { newIndex[$0] }
            m.appositive = m.appositive.flatMap { newIndex[$0] }
            return m
        }
    }
}
