/// "The reason people left", "the way voters see it": a noun that a relative clause without
/// "that" or "why" follows (clause_nouns.txt) is not a qualifier of the noun for people after
/// it; that noun opens the clause as its subject, and a group's name starts there.
extension PhraseReader {
    static let clauseNouns: KeySet = {
        var s = KeySet(capacity: 32)
        for line in Lexicon(bytes: PackageResources.clause_nouns_txt).entries { s.insert(WordKey.folded(line)) }
        return s
    }()

    /// Token `k`, before a phrase's head, is such a noun in lower case.
    static func opensClause(_ k: Int, _ w: ArticleWords) -> Bool {
        w.flags[k].contains(.lower) && clauseNouns.contains(w.key[k])
    }
}
