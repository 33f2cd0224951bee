/// Labels that open a headline or paragraph ("Editor’s Note:", "Delegate Update:") are
/// capitalised like names, and their first word may be a word for a person ("editor",
/// "delegate"), yet they name no one: the cue reads them as the source of what follows the colon.
extension ActorTable {
    /// Capitalised words (a possessive's "’s" between them), two or more, with no first name, whose last word never makes a name
    /// (name_stopwords.txt; months and days excepted, "Yin Myint May").
    static func isCapitalisedLabel(_ words: ArraySlice<Token>, _ s: [Unicode.Scalar], _ lex: ActorLexicon) -> Bool {
        guard words.count >= 2, let last = words.last,
              words.allSatisfy({ $0.kind == .word && CharClass.isUpper(s[$0.span.start]) || CharClass.isApostrophe(s[$0.span.start]) }) else { return false }
        let tail = lex.wordClass(WordKey.folded(s, last.span.start..<last.span.end))
        guard tail.contains(.stop), tail.isDisjoint(with: [.month, .day]) else { return false }
        return !words.contains { lex.wordClass(WordKey.folded(s, $0.span.start..<$0.span.end)).contains(.firstName) }
    }
}
