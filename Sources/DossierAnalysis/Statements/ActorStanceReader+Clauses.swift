/// Clauses inside what a speaker says: a judgement counts only for a name in its own clause.
extension ActorStanceReader {
    /// A clause number per token of the range: a new clause after ";", ":", a dash, a bracket,
    /// a sentence end, or a word that starts one ("but", "although", "because").
    func clauseNumbers(_ range: Range<Int>) -> [Int] {
        var out: [Int] = []
        out.reserveCapacity(range.count)
        var clause = 0, tagEnd = range.lowerBound
        let s = doc.text.scalars
        for k in range {
            let t = doc.tokens[k]
            switch t.kind {
            case .punctuation, .symbol:
                let c = s[t.span.start]
                if k < tagEnd { break }
                if c == "(", let end = partyTag(at: k, in: range) { tagEnd = end; break }
                if c == ";" || c == ":" || c == "—" || c == "–" || c == "(" || c == ")" || c == "." || c == "?" || c == "!" { clause += 1 }
            case .word:
                if let w = lexicon.words[doc.keys[k]], w.grammar.contains(.boundary) { clause += 1 }
            default:
                break
            }
            out.append(clause)
        }
        return out
    }

    /// "Gov. Rick Snyder (R) to resign", "Rep. Ann Lee (R-S.C.) said": a bracket of one or two
    /// capitalised tokens right after a name is a party or place tag, no new clause. The token
    /// after its ")", or nil.
    private func partyTag(at k: Int, in range: Range<Int>) -> Int? {
        let s = doc.text.scalars
        guard k > range.lowerBound, doc.tokens[k - 1].kind == .word, CharClass.isUpper(s[doc.tokens[k - 1].span.start]) else { return nil }
        var j = k + 1
        while j < range.upperBound, j <= k + 3 {
            let t = doc.tokens[j]
            if t.kind == .punctuation, s[t.span.start] == ")" { return j > k + 1 ? j + 1 : nil }
            guard t.kind == .word, CharClass.isUpper(s[t.span.start]) else { return nil }
            j += 1
        }
        return nil
    }
}
