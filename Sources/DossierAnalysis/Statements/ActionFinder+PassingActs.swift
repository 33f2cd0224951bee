/// Acts told in passing: a relative clause inside an apposition acts for the name before it
/// ("Robert Mercer, a longtime donor who backs Mr. Cruz"), and "get" before a participle is a
/// passive's "be" ("who got trounced by Donald Trump").
extension ActionFinder {
    /// A word ending like a participle ("trounced", "beaten").
    func participle(_ v: Int) -> Bool {
        let s = doc.text.scalars, sp = doc.tokens[v].span
        return doc.tokens[v].kind == .word && sp.length > 3 && s[sp.end - 2] == "e" && (s[sp.end - 1] == "d" || s[sp.end - 1] == "n")
    }

    /// "got beaten", "gets sued": forms of "get" that make a passive.
    static let getForms: KeySet = KeySet(["get", "gets", "got", "gotten", "getting"].map { WordKey.of($0) })

    /// The relative word ("who", "that") of an apposition opened by the comma at `k` with an
    /// article ("Mercer, a longtime Club for Growth donor who backs Mr. Cruz"): up to six words
    /// and no cue between; nil when there is none.
    func appositiveWho(after k: Int, in sentence: Range<Int>) -> Int? {
        guard isComma(k), k + 3 < sentence.upperBound, word(k + 1)?.grammar.contains(.det) == true else { return nil }
        var j = k + 2
        while j + 1 < sentence.upperBound, j <= k + 8, doc.tokens[j].kind == .word {
            let key = SmallWords.key(doc, j)
            if key == RelativeClauseStance.who || key == Self.that { return j > k + 2 ? j : nil }
            if let w = word(j), w.cue >= 0 { return nil }
            j += 1
        }
        return nil
    }

    static let that = WordKey.of("that")
}
