/// Names that only qualify another word: an abbreviation naming a kind of body ("a super PAC"),
/// a body naming a contest ("Senate race"), a name between an article and a noun ("the Brexit
/// vote"), a town before its state ("Austin, Texas,").
extension MentionEmitter {
    /// "a super PAC", "an NGO": an abbreviation no lexicon knows after "a"/"an" (and at most two
    /// lower-case words) names a kind of body, not one body.
    func isCommonNounInCapitals(_ c: NameChunk) -> Bool {
        guard c.entity == nil, c.range == c.name, c.role == nil, !c.consumed else { return false }
        // "a POLITICO reporter", "an FBI agent": it qualifies the noun after it.
        let next = c.range.upperBound
        if next < sentence.upperBound, w.flags[next].contains(.lower), !w.has(next, [.prep, .det, .verb, .pronoun, .stop, .adverb]),
           !PhraseReader.bondKeys.contains(w.key[next]), !ActorContext.looksLikePast(w, next) { return false }
        var k = c.range.lowerBound - 1
        var words = 0
        while k >= sentence.lowerBound && words <= 2 && w.flags[k].contains(.lower) {
            if w.key[k] == Self.aKey || w.key[k] == Self.anKey { return true }
            if w.has(k, [.det, .poss, .prep, .verb]) { return false }
            words += 1; k -= 1
        }
        return false
    }

    /// "had PTSD (post-traumatic stress disorder)": capitals spelt out right after them, in
    /// brackets, by lower-case words whose initials they are, abbreviate a common noun; a body's
    /// name is spelt out in capitals.
    func spelledOutInLowerCase(_ c: NameChunk) -> Bool {
        let next = c.range.upperBound
        guard next + 1 < sentence.upperBound, w.flags[next].contains(.openParen) else { return false }
        let s = w.doc.text.scalars
        let letters = w.text(c.name).unicodeScalars.filter { CharClass.isLetter($0) }.map { WordKey.fold($0) }
        var close = next + 1
        while close < sentence.upperBound && close - next <= 10 && !w.flags[close].contains(.closeParen) { close += 1 }
        guard close < sentence.upperBound, w.flags[close].contains(.closeParen), close > next + 1 else { return false }
        // Initials of the words, and of the hyphened parts too.
        var words: [UInt32] = [], parts: [UInt32] = []
        var startOfWord = true, startOfPart = true
        for i in w.t(next + 1).span.start..<w.t(close - 1).span.end {
            let u = s[i]
            if u == " " { startOfWord = true; startOfPart = true; continue }
            if u == "-" { startOfPart = true; continue }
            if startOfPart {
                guard CharClass.isLower(u) else { return false }
                parts.append(WordKey.fold(u))
                if startOfWord { words.append(WordKey.fold(u)) }
            }
            startOfWord = false; startOfPart = false
        }
        return parts == letters || words == letters
    }

    static let aKey = WordKey.folded("a")
    static let anKey = WordKey.folded("an")

    /// "the Brexit vote", "Thursday's Brexit referendum", "the Trans-Pacific Partnership
    /// free-trade deal", "the Austin town hall": a name no lexicon knows, right after an article
    /// or a possessive and right before a lower-case noun, names what the noun is about. A verb
    /// after it ("the Kremlin says") makes it a subject; a noun for people or bodies after it
    /// ("the Trump campaign") is read as a phrase with an owner.
    func qualifiesNoun(_ c: NameChunk) -> Bool {
        guard c.entity == nil, c.role == nil, c.kind == .single || c.kind == .person || c.kind == .other else { return false }
        var a = c.range.lowerBound
        let b = c.range.upperBound
        // "the so-called Brexit vote": a direction or hedge word between the article and the name.
        while a - 1 > sentence.lowerBound, w.lowerWord(a - 1, .dropModifier) { a -= 1 }
        guard a > sentence.lowerBound, b < sentence.upperBound else { return false }
        let article = w.lowerWord(a - 1, .det) && Self.articleKeys.contains(w.key[a - 1])
        // A person's name takes no article: right after one, it names what the noun is about
        // ("the Monica Lewinsky scandal"); after a possessive it is a person ("CNN's Dana Bash").
        if c.kind == .person && !c.weak && !article { return false }
        let before = w.flags[a - 1].contains(.possessive) || article
        guard before, w.flags[b].contains(.lower), w.isWord(b) else { return false }
        if w.has(b, [.prep, .det, .poss, .pronoun, .stop, .adverb, .aux, .past, .third, .personNoun, .groupNoun, .orgNoun]) { return false }
        return !ActorContext.looksLikePast(w, b) && !ActorContext.looksLikeAdverb(w, b)
    }

    static let articleKeys: KeySet = KeySet(["the", "a", "an"].map(WordKey.folded))

    /// "the Senate floor", "Supreme Court appointments", "a future White House bid": a body's
    /// name right before a lower-case noun names what the noun is about; the body is only
    /// mentioned in passing there. A verb after it makes it a subject; a base form counts as a
    /// noun after a body's name in the singular ("White House bid", not "the Senate votes"),
    /// but not after "that" or an auxiliary ("urged that the Senate hold hearings").
    func bodyQualifiesNoun(_ c: NameChunk) -> Bool {
        let a = c.range.lowerBound, b = c.range.upperBound
        guard b < sentence.upperBound, w.flags[b].contains(.lower), w.isWord(b), !w.flags[c.name.upperBound - 1].contains(.possessive) else { return false }
        if w.has(b, [.prep, .det, .poss, .pronoun, .stop, .adverb, .aux, .past, .third, .personNoun, .groupNoun, .orgNoun, .title, .contest]) { return false }
        if ActorContext.looksLikePast(w, b) || ActorContext.looksLikeAdverb(w, b) { return false }
        if w.has(b, .verb) {
            var k = a - 1
            if k >= sentence.lowerBound, w.lowerWord(k, .det) { k -= 1 }
            if k >= sentence.lowerBound, w.flags[k].contains(.lower), w.has(k, [.stop, .aux]) && !w.has(k, [.prep, .det]) { return false }
        }
        return true
    }

    /// A lone name followed by a comma, a state or country the lexicon knows, and a comma, a
    /// full stop or a lower-case word ("Austin, Texas, event", "Terre Haute, Indiana.").
    func namesTownOfState(_ c: NameChunk) -> Bool {
        let b = c.range.upperBound
        guard b + 1 < sentence.upperBound, w.flags[b].contains(.comma) else { return false }
        var k = b + 1
        var known = false
        for width in [2, 1] where k + width <= sentence.upperBound {
            if let e = lex.entities[w.phraseKey(k..<(k + width))], e.kind == .place || e.kind == .country, w.flags[k].contains(.cap) {
                k += width; known = true; break
            }
        }
        guard known else { return false }
        return k >= sentence.upperBound || w.flags[k].contains(.comma) || w.flags[k].contains(.period) || w.flags[k].contains(.lower)
    }
}
