/// Words a capitalised run may start with that are common words, not names: by their ending
/// ("Footage", "Approval") or because the lexicons know them as verbs, nouns for people, places
/// or bodies, pronouns, adverbs or prepositions.
extension NameChunker {
    /// Endings of common nouns ("Details", "Approval", "Employment", "Footage"): a lone capitalised word
    /// with one at the start of a sentence is taken for a common word.
    func looksCommon(_ k: Int) -> Bool { Self.looksCommon(w.s, w.t(k).span) }

    static func looksCommon(_ s: [Unicode.Scalar], _ sp: Span) -> Bool {
        func ends(_ suffix: String) -> Bool {
            let u = Array(suffix.unicodeScalars)
            guard sp.length > u.count + 2 else { return false }
            for (i, c) in u.enumerated() where s[sp.end - u.count + i] != c { return false }
            return true
        }
        return ends("s") || ends("tion") || ends("ment") || ends("ness") || ends("ity") || ends("al") || ends("ing") || ends("ance") || ends("ence") || ends("ly") || ends("age")
    }

    /// A word the lexicons know as a common word (a verb, a noun for people or places).
    func commonWord(_ k: Int) -> Bool {
        w.has(k, [.verb, .personNoun, .groupNoun, .orgNoun, .placeNoun, .pronoun, .adverb, .prep, .loc, .det, .quant])
            && !w.has(k, [.firstName, .title, .courtesy, .cue])
    }
}
