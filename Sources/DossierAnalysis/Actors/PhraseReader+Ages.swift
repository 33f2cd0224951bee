/// Ages and lengths before a head noun ("the 71-year-old diplomat").
extension PhraseReader {
    /// A number joined by a hyphen to words ("71-year-old", "30-year"): an age or a length.
    static func isAge(_ w: ArticleWords, _ k: Int) -> Bool {
        let sp = w.t(k).span
        guard w.t(k).kind == .number, sp.length >= 4 else { return false }
        var hyphen = false
        for i in sp.start..<sp.end {
            if w.s[i] == "-" { hyphen = true } else if hyphen, CharClass.isLetter(w.s[i]) { return true }
        }
        return false
    }

    /// "the 71-year-old diplomat", "the bespectacled, 71-year-old diplomat": an age right after
    /// "the" qualifies the head, and so does one adjective set off by a comma between the age
    /// and the article ("the convention, anti-Trump delegates" is no phrase: no age follows the
    /// comma). "A 26-year-old man" is left as it was: someone new, whom an age does not tell
    /// from another man. Where reading back goes on after token `k`, or nil when it is neither.
    func ageBefore(_ p: inout Phrase, at k: Int, modifiers: inout Int, start: Int) -> Int? {
        if modifiers < 4, Self.isAge(w, k), k - 1 >= start, w.key[k - 1] == ActorWordKeys.theKey || w.flags[k - 1].contains(.comma) {
            modifiers += 1; p.range = k..<p.range.upperBound; p.nameStart = k
            return k - 1
        }
        if modifiers > 0, w.flags[k].contains(.comma), Self.isAge(w, k + 1), k - 2 >= start, w.key[k - 2] == ActorWordKeys.theKey,
           w.flags[k - 1].contains(.lower), !w.has(k - 1, [.verb, .stop, .prep, .pronoun, .adverb, .personNoun, .groupNoun, .orgNoun, .det]) {
            modifiers += 1; p.range = (k - 1)..<p.range.upperBound; p.nameStart = k - 1
            return k - 2
        }
        return nil
    }
}
