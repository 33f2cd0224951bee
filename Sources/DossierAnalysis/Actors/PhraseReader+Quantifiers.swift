/// "For decades some critics had warned": a quantifier ("some", "many", "all") opens a phrase
/// for people. Only a determiner, a possessive, a number or another quantifier comes before it
/// ("his many critics", "the senator's many critics", "all other candidates"); a noun there
/// belongs to the clause ("for decades"), not to the group's name.
extension PhraseReader {
    /// Token `k`, right before a quantifier taken into a phrase, cannot extend the phrase.
    static func endsBeforeQuantifier(_ k: Int, _ w: ArticleWords) -> Bool {
        !w.has(k, [.det, .poss, .quant]) && !w.flags[k].contains(.possessive)
            && numbers[w.key[k]] == nil && w.t(k).kind != .number
    }
}
