/// Sources in a shouted heading: capitals there name no one.
extension ActorTable {
    /// "3. EXPERTS DOWNPLAY PLANNED LAUNCH.": words all written in capitals, one of them a
    /// common noun for people or a verb, are a shouted heading, whatever cue a reader finds in
    /// it; an abbreviation ("NATO", "FBI") is no common word and stays a name.
    static func shoutedCommonWords(_ words: [Token], _ s: [Unicode.Scalar], _ lex: ActorLexicon) -> Bool {
        var common = false
        for t in words {
            guard t.kind == .word, t.span.length >= 2, (t.span.start..<t.span.end).allSatisfy({ !CharClass.isLower(s[$0]) }) else { return false }
            let c = lex.wordClass(WordKey.folded(s, t.span.start..<t.span.end))
            if !c.isDisjoint(with: [.groupNoun, .personNoun, .verb]) { common = true }
        }
        return common
    }
}
