/// What the stance reader asks of single tokens: their lexicon entry, whether an operator
/// stands as a verb, whether a word names a subject or the lead act, and the phrasal operators
/// ("drive … away") that a word after a verb makes.
extension StanceReader {
    /// "yet" after a negation: "not yet" says what has not happened so far, not a refusal.
    static let yetKey = WordKey.of("yet")

    func info(_ k: Int) -> StanceWord? {
        guard k < doc.tokens.count, doc.tokens[k].kind == .word else { return nil }
        return lexicon.words[doc.keys[k]]
    }
    /// An operator reads as a verb after a modal, an auxiliary, a negation, an adverb or a frame
    /// word ("would destroy", "does not need", "the operation continues"), not after a
    /// determiner or preposition ("pay for the damage").
    func isAs(_ k: Int) -> Bool {
        let sp = doc.tokens[k].span
        let s = doc.text.scalars
        return sp.length == 2 && (s[sp.start] == "a" || s[sp.start] == "A") && s[sp.start + 1] == "s"
    }

    func isVerbPosition(_ k: Int) -> Bool {
        var i = k - 1
        var steps = 0
        // A quotation mark is no word ("denounced the sanctions as “illegal …”").
        while i >= 0, doc.tokens[i].kind == .quoteMark, !isApostrophe(i) { i -= 1 }
        // "a long-overdue victory": the first half of a compound is no word of its own.
        if i >= 1, doc.tokens[i].kind == .punctuation, doc.text.scalars[doc.tokens[i].span.start] == "-",
           doc.tokens[i - 1].span.end == doc.tokens[i].span.start { i -= 2 }
        while i >= 0, steps < 3, doc.tokens[i].kind == .word {
            let sp = doc.tokens[i].span
            let w = info(i)
            if let w, w.modality != nil || w.negates || w.grammar.contains(.gap) || w.frame >= 0 { return true }
            if let w, w.grammar.contains(.det) {
                // A predicate noun: "the lawsuit was the only way", "the tax is a disaster", or
                // a name given to a frame word ("called the decision “a disgrace”").
                var j = i - 1
                while j >= 0, doc.tokens[j].kind == .quoteMark, !isApostrophe(j) { j -= 1 }
                guard j >= 0, doc.tokens[j].kind == .word, let v = info(j) else { return false }
                // "praised the lawsuit as “the right call”": what "as" gives its object is a
                // predicate too.
                return v.grammar.contains(.copula) || (v.frame >= 0 && j < i - 1) || isAs(j)
            }
            if let w, w.grammar.contains(.prep) { return false }
            let s = doc.text.scalars
            if sp.length > 4, s[sp.end - 2] == "l", s[sp.end - 1] == "y" { i -= 1; steps += 1; continue }
            if let w, w.grammar.contains(.function) { i -= 1; steps += 1; continue }
            return w == nil && steps == 0
        }
        return false
    }

    /// "the decision", "its move": an event word names an event only as a noun.
    func afterDeterminer(_ k: Int) -> Bool {
        k > 0 && doc.tokens[k - 1].kind == .word && (info(k - 1)?.grammar.contains(.det) ?? false)
    }

    /// "its building plans", "their own plan": a word for whatever the article is about after
    /// a possessive (within two words) is the possessor's own, not the article's matter.
    func afterPossessive(_ k: Int) -> Bool {
        var i = k - 1
        while i >= 0, i >= k - 2, doc.tokens[i].kind == .word {
            if Self.possessives.contains(doc.text[doc.tokens[i].span].lowercased()) { return true }
            i -= 1
        }
        return false
    }

    static let possessives: Set<String> = ["its", "their", "our", "his", "her", "my", "your"]

    /// "no plans": a word for whatever the article is about right after a negation names no
    /// plan of it ("had no plans to change its travel advice").
    func afterNegation(_ k: Int) -> Bool {
        let i = k - 1
        return i >= 0 && doc.tokens[i].kind == .word && (info(i)?.negates ?? false)
    }

    /// A lower-case word no lexicon knows, no adverb in "-ly": a plain verb or noun. After a
    /// negation no operator took up, it is what the negation is about ("did not hire staff").
    func isPlainVerbOrNoun(_ k: Int) -> Bool {
        let sp = doc.tokens[k].span
        let s = doc.text.scalars
        guard CharClass.isLower(s[sp.start]) else { return false }
        return !(sp.length > 4 && s[sp.end - 2] == "l" && s[sp.end - 1] == "y")
    }

    /// A plain word that names something: capitalised past its clause's first word, or after a
    /// definite determiner ("the convention", "their plan"), not after "a", "an" ("a step").
    func namesASubject(_ k: Int, first: Bool) -> Bool {
        let s = doc.text.scalars
        if !first, CharClass.isUpper(s[doc.tokens[k].span.start]) { return true }
        guard k > 0, doc.tokens[k - 1].kind == .word, info(k - 1)?.grammar.contains(.det) ?? false else { return false }
        let d = doc.tokens[k - 1].span
        return !(d.length <= 2 && (s[d.start] == "a" || s[d.start] == "A"))
    }

    /// A quotation mark that may be an apostrophe ("drivers' jobs").
    func isApostrophe(_ k: Int) -> Bool {
        let sp = doc.tokens[k].span
        let u = doc.text.scalars[sp.start]
        return sp.length != 1 || u == "'" || u == "’"
    }

    func isItOrThey(_ k: Int) -> Bool {
        let sp = doc.tokens[k].span
        let s = doc.text.scalars
        if sp.length == 2 { return (s[sp.start] == "i" || s[sp.start] == "I") && s[sp.start + 1] == "t" }
        return sp.length == 4 && (s[sp.start] == "t" || s[sp.start] == "T") && s[sp.start + 2] == "e" && s[sp.start + 3] == "y"
    }

    /// A lower-case noun of the lead's stems as the subject of a verb ("the cap would stifle",
    /// "price caps would discourage"): the lead act. Nothing governs it yet.
    func namesLead(_ k: Int, governed: Bool) -> Bool {
        guard leadFrame >= 0, !governed, !leadStems.isEmpty, k + 1 < doc.tokens.count else { return false }
        let sp = doc.tokens[k].span
        guard sp.length > 2, CharClass.isLower(doc.text.scalars[sp.start]),
              afterDeterminer(k) || isAuxiliary(k + 1) || isOp(k + 1) else { return false }
        return leadStems.contains(LeadEvent.stemKey(doc.text.scalars, sp.start, sp.end))
    }

    /// The sign of a verb made an operator by a word after it: "paid for" (+), "drive … away"
    /// (-), "put … at risk" (-), "struck down" (-); nil when the word is not there.
    func phrasalSign(_ k: Int, _ g: StanceGrammar) -> Int8? {
        let s = doc.text.scalars
        // Words compared by their folded keys: no string is built.
        func key(_ i: Int) -> UInt64? { i < doc.tokens.count && doc.tokens[i].kind == .word ? doc.keys[i] : nil }
        if g.contains(.paysFor), key(k + 1) == Self.forKey { return 1 }
        if g.contains(.down) { return key(k + 1) == Self.downKey ? -1 : nil }
        let reach = g.contains(.away) ? 6 : 5
        var i = k + 1
        while i <= k + reach, i < doc.tokens.count {
            let t = doc.tokens[i]
            if t.kind == .punctuation, s[t.span.start] != "'", s[t.span.start] != "’" { break }
            if let w = key(i) {
                if g.contains(.away), Self.awayKeys.contains(w) { return -1 }
                if g.contains(.putsAt), Self.riskKeys.contains(w) { return -1 }
            }
            i += 1
        }
        return nil
    }

    static let forKey = WordKey.of("for"), downKey = WordKey.of("down")
    static let awayKeys: KeySet = KeySet(["away", "out", "off"].map { WordKey.of($0) })
    static let riskKeys: KeySet = KeySet(["risk", "danger", "jeopardy"].map { WordKey.of($0) })

    /// A verb right after a modal, an auxiliary, a negation or "to" (past "-ly" adverbs): "would
    /// close", "plans to shut", "has closed" — not "a close ally", "came close", "is close".
    func isAfterAuxiliary(_ k: Int) -> Bool {
        var i = k - 1
        let s = doc.text.scalars
        while i >= 0, doc.tokens[i].kind == .word {
            let sp = doc.tokens[i].span
            if sp.length > 4, s[sp.end - 2] == "l", s[sp.end - 1] == "y" { i -= 1; continue }
            if let w = info(i), w.modality != nil || w.negates || (w.grammar.contains(.gap) && !w.grammar.contains(.copula)) { return true }
            return sp.length == 2 && (s[sp.start] == "t" || s[sp.start] == "T") && s[sp.start + 1] == "o"
        }
        return false
    }

    /// "to keep the ward open", "must stay open": a verb that keeps a state among the four words
    /// before, itself after a modal, an auxiliary or "to" (not the subject "keeping the
    /// buildings open would mean …").
    func afterKeeping(_ k: Int) -> Bool {
        var i = k - 1
        while i >= 0, i >= k - 4, doc.tokens[i].kind == .word {
            if info(i)?.grammar.contains(.keeps) ?? false { return isAfterAuxiliary(i) }
            i -= 1
        }
        return false
    }

    /// "appealed for calm", "appeal to voters", "the appeal of the race": a plea or a charm, not
    /// a challenge, which is a verb after a modal, an auxiliary or "to" ("would appeal").
    func isPlea(_ k: Int) -> Bool {
        guard isAfterAuxiliary(k) else { return true }
        guard k + 1 < doc.tokens.count, doc.tokens[k + 1].kind == .word else { return false }
        let sp = doc.tokens[k + 1].span
        let w = doc.text[sp].lowercased()
        return w == "for" || w == "to" || w == "on"
    }

    /// "… and failed": right after "and" that follows no frame word ("the law and …" joins two
    /// subjects).
    func secondVerb(_ k: Int) -> Bool {
        guard k >= 2, doc.tokens[k - 1].kind == .word, doc.text[doc.tokens[k - 1].span].lowercased() == "and" else { return false }
        return (info(k - 2)?.frame ?? -1) < 0
    }

    func isOp(_ k: Int) -> Bool { (info(k)?.op ?? 0) != 0 }
    func isAuxiliary(_ k: Int) -> Bool { info(k).map { $0.grammar.contains(.gap) || $0.modality != nil } ?? false }
}
