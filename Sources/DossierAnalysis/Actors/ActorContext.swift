/// Reads the words around a mention to tell whether it speaks or acts ("Russia called for…",
/// "…,” said Obama", "according to officials", "by forces loyal to X", "Russia’s foreign
/// ministry"), or is a location ("in Washington", "the city of Benghazi").
struct ActorContext {
    let w: ArticleWords

    /// Whether the words from `k` on are the verb of a subject ending just before `k`: after
    /// adverbs ("also", "on Friday"), a coordinated name ("and China"), or an aside between
    /// commas, a speech or action verb in the past or present, or an auxiliary. A plural subject
    /// also takes a base form of a speech verb ("officials say").
    func actsAfter(_ k: Int, end: Int, plural: Bool = false) -> Bool {
        var k = k
        var steps = 0
        while k < end && steps < 12 {
            steps += 1
            let f = w.flags[k]
            if f.contains(.lower) && (w.has(k, .adverb) || Self.looksLikeAdverb(w, k)) { k += 1; continue }
            if w.has(k, .day) || w.has(k, .month) || w.t(k).kind == .number { k += 1; continue }
            // "… in Europe (OSCE) said", "Gov. Terry McAuliffe (D) tried": an acronym or a party's
            // letter in brackets.
            if f.contains(.openParen), k + 2 < end, w.flags[k + 1].contains(.allCaps) || w.flags[k + 1].contains(.cap) && w.t(k + 1).span.length == 1,
               w.flags[k + 2].contains(.closeParen) { k += 3; continue }
            if f.contains(.lower) && w.key[k] == ActorWordKeys.onKey && k + 1 < end && (w.has(k + 1, .day) || w.has(k + 1, .month)) { k += 2; continue }
            if f.contains(.lower) && (w.key[k] == ActorWordKeys.andKey || w.key[k] == ActorWordKeys.orKey), k + 1 < end, w.flags[k + 1].contains(.cap) {
                k += 1
                while k < end && (w.flags[k].contains(.cap) || w.flags[k].contains(.allCaps) || w.lowerWord(k, .det)) { k += 1 }
                continue
            }
            // "both the candidate and her staff are …": a second subject after "and".
            if f.contains(.lower) && w.key[k] == ActorWordKeys.andKey, k + 2 < end, w.lowerWord(k + 1, [.det, .poss]) {
                var j = k + 2
                while j < end && j - k <= 4 && w.flags[j].contains(.lower) && !w.has(j, [.verb, .prep, .det, .poss, .pronoun, .stop]) { j += 1 }
                guard j > k + 2 else { break }
                k = j
                continue
            }
            if f.contains(.comma), k + 1 < end, w.flags[k + 1].contains(.lower), w.has(k + 1, .speech), w.has(k + 1, [.past, .third]) {
                // "Her counterpart, Olivier Marchand, said …": the name closes an apposition.
                return true
            }
            // "the lower courts, which have ruled against …": the relative clause's verb is the
            // phrase's act (not a passive one: ", who were killed").
            if f.contains(.comma), k + 2 < end, w.lex.pronouns[w.key[k + 1]]?.form == .relative, !Self.beKeys.contains(w.key[k + 2]) {
                var j = k + 2
                while j < end, w.lowerWord(j, .adverb) || Self.looksLikeAdverb(w, j) { j += 1 }
                if j < end, w.flags[j].contains(.lower), w.has(j, [.speech, .action]) && w.has(j, [.past, .third]) || w.has(j, .aux) || Self.looksLikePast(w, j) {
                    return true
                }
            }
            if f.contains(.comma) {
                // An aside: ", the Kremlin spokesman," or ", who was honored with an award," —
                // look past the next comma.
                var j = k + 1
                while j < end && j - k < 12 && !w.flags[j].contains(.comma) && !w.flags[j].contains(.period) { j += 1 }
                guard j < end, w.flags[j].contains(.comma), j > k + 1 else { return false }
                k = j + 1
                continue
            }
            if f.contains(.dash) {
                // "35 state legislatures - only three shy of the number - had approved it": an
                // aside between dashes.
                var j = k + 1
                while j < end && j - k < 16 && !w.flags[j].contains(.dash) && !w.flags[j].contains(.period) { j += 1 }
                guard j < end, w.flags[j].contains(.dash), j > k + 1 else { return false }
                k = j + 1
                continue
            }
            break
        }
        guard k < end, w.flags[k].contains(.lower) else { return false }
        var c = w.cls[k]
        // "four Americans were killed", "the reporter was arrested": what others did to them.
        if Self.beKeys.contains(w.key[k]) {
            var j = k + 1
            while j < end, w.flags[j].contains(.lower), w.lowerWord(j, .adverb) || Self.looksLikeAdverb(w, j) || w.key[j] == ActorWordKeys.beenKey { j += 1 }
            if j < end, w.flags[j].contains(.lower), w.lex.harmParticiples.contains(w.key[j]) { return false }
        }
        // "Democratic strategists are more skeptical", "candidates did no better": people
        // are what the sentence says of them.
        if plural && c.contains(.aux) { return !Self.beKeys.contains(w.key[k]) || !undergoes(after: k, end: end) }
        if c.contains(.aux) {
            // "has said", "will not attend", "was quoted": an auxiliary counts with a verb after it.
            var j = k + 1
            while j < end, w.flags[j].contains(.lower), w.has(j, [.aux, .adverb]) || Self.looksLikeAdverb(w, j) || w.key[j] == ActorWordKeys.beenKey { j += 1 }
            guard j < end, w.flags[j].contains(.lower) else { return false }
            return w.has(j, [.speech, .action]) || Self.looksLikePast(w, j)
        }
        if c.isEmpty && Self.looksLikePast(w, k) { return true }
        c.remove(.aux)
        guard c.contains(.speech) || c.contains(.action) else { return false }
        if c.contains(.past) || c.contains(.third) { return true }
        return plural && c.contains(.speech) && c.contains(.base)
    }

    /// A word the lexicons do not know, ending in "-ly" ("openly", "sharply").
    static func looksLikeAdverb(_ w: ArticleWords, _ k: Int) -> Bool {
        let sp = w.t(k).span
        return w.cls[k].isEmpty && sp.length >= 5 && w.s[sp.end - 1] == "y" && w.s[sp.end - 2] == "l"
    }

    /// A word the lexicons do not know, ending in "-ed" ("defied", "annexed"): most likely a verb
    /// in the past.
    static func looksLikePast(_ w: ArticleWords, _ k: Int) -> Bool {
        let sp = w.t(k).span
        return w.cls[k].isEmpty && sp.length >= 5 && w.s[sp.end - 1] == "d" && w.s[sp.end - 2] == "e"
    }

    /// Where a part of a group starts, when the group's phrase at `a` follows one and "of" ("A
    /// third of independents, 33%, say", "62% of Democrats", "most of the delegates"): the part
    /// speaks and acts for the group. `a` itself otherwise.
    /// `body`: the phrase names an organisation, whose members ("members of the Dunmore Chamber
    /// of Commerce disagreed") act for it, as the families of victims do not for the victims.
    func partitiveStart(_ a: Int, start: Int, body: Bool = false) -> Int {
        var k = a - 1
        guard k - 1 >= start, w.lowerWord(k, .prep), w.key[k] == ActorWordKeys.ofKey else { return a }
        k -= 1
        // "most of the delegates said", "members of the Dunmore Chamber of Commerce disagreed":
        // an amount or the people of a body, acting for it.
        guard isQuantity(k) || body && w.has(k, .groupNoun) && (w.flags[k].contains(.lower) || k == start) else { return a }
        while k - 1 >= start, isQuantity(k - 1) || w.lowerWord(k - 1, [.det, .adverb]) || Self.looksLikeAdverb(w, k - 1)
                || w.lowerWord(k - 1, .stop) && k - 2 >= start && isQuantity(k - 2) || k - 1 == start && w.has(k - 1, .det) { k -= 1 }
        // Only where a subject or an agent stands: "rescued dozens of people" is an object.
        if k - 1 >= start, w.flags[k - 1].contains(.lower), !w.has(k - 1, [.stop, .speech, .agent]) { return a }
        return k
    }

    /// A word for an amount of people: "most", "third", "62", "%".
    private func isQuantity(_ k: Int) -> Bool {
        w.has(k, [.quant, .share]) || w.t(k).kind == .number || w.isPunct(k, "%")
    }

    /// Whether the phrase starting at `a` can be a subject: not the object of a preposition
    /// ("towards Tripoli will continue" is not Tripoli acting).
    func canBeSubject(_ a: Int, start: Int) -> Bool {
        var k = a - 1
        while k >= start, w.flags[k].contains(.lower) && w.has(k, [.det, .quant]) { k -= 1 }
        // "Of the three candidates tested, …": a preposition opening the sentence.
        if k == start, w.flags[k].contains(.initial), w.has(k, [.prep, .loc, .agent]), !w.has(k, [.det, .quant]) { return false }
        guard k >= start, w.flags[k].contains(.lower) else { return true }
        // "Even as supporters of the amendment tried to revive it": "as" opening a clause.
        if w.key[k] == Self.asKey, k == start || w.flags[k - 1].contains(.comma) || Self.asOpeners.contains(w.key[k - 1]) { return true }
        // "lines considering a move to Port Carrick would not wait": right before a name, "to" is
        // a preposition (a verb after an infinitive's "to" is no capitalised name).
        if w.key[k] == ActorWordKeys.toKey, k == a - 1, w.flags[a].contains(.cap) { return false }
        return !w.has(k, [.prep, .loc, .agent]) || w.key[k] == ActorWordKeys.andKey
    }

    /// After a preposition that makes no agent (not "by", "from", "with", "according to"),
    /// possibly with a determiner or quantity between: the object of "of", "in", "to", "for", ….
    func isGoverned(_ a: Int, start: Int) -> Bool {
        var k = a - 1
        // "director of University of Virginia's Center for Politics": a name owned by another
        // name is governed as its owner is.
        if k - 1 >= start, w.flags[k].contains(.possessive), !w.flags[k - 1].contains(.lower) {
            k -= 1
            while k >= start, w.isWord(k), !w.flags[k].contains(.lower) { k -= 1 }
        }
        while k >= start, w.flags[k].contains(.lower) && w.has(k, [.det, .quant]) { k -= 1 }
        guard k >= start, w.flags[k].contains(.lower) else { return false }
        if Self.governingKeys.contains(w.key[k]) { return true }
        return w.has(k, [.prep, .loc]) && !w.has(k, .agent) && !Self.agentPrepositions.contains(w.key[k])
    }

    static let governingKeys: KeySet = KeySet(["to", "against", "among", "about", "over", "under", "between", "without"].map(WordKey.folded))
    static let agentPrepositions: KeySet = KeySet(["from", "with", "close", "loyal", "familiar", "allied", "linked", "affiliated"].map(WordKey.folded))

    static let asKey = WordKey.folded("as")
    static let asOpeners: KeySet = KeySet(["even", "just"].map(WordKey.folded))

    /// "according to X", "by X" (passive agent), "…,” said X" (inverted attribution), possibly
    /// with a determiner before X.
    func actsBefore(_ a: Int, start: Int) -> Bool {
        var k = a - 1
        if k >= start, w.lowerWord(k, .det) { k -= 1 }
        // "support from all major Democrats in the state": quantities and qualifiers before a name.
        while k >= start && a - k <= 3 && w.lowerWord(k, [.quant, .roleModifier]) && !w.has(k, [.prep, .agent]) { k -= 1 }
        if k >= start, k < a - 1, w.lowerWord(k, .det) { k -= 1 }
        guard k >= start else { return false }
        if w.flags[k].contains(.lower) {
            if w.key[k] == ActorWordKeys.byKey { return true }
            // "criticism from fellow GOP presidential hopefuls", "cheers from the crowd".
            if w.key[k] == Self.fromKey, k - 1 >= start, w.lowerWord(k - 1, .actNoun) { return true }
            // "outspent by his Democratic rival and groups supporting her", "detained by Britain
            // and Sweden": a second agent ("published by Henry Holt and Company": a body's noun
            // ends the first name, no agent of its own).
            if w.key[k] == ActorWordKeys.andKey, w.flags[a].contains(.lower) || !w.has(a, .orgNoun) {
                var j = k - 1
                while j >= start && k - j <= 6 && !w.flags[j].contains(.comma) && !w.flags[j].contains(.period) && !w.lowerWord(j, .verb) {
                    if w.lowerWord(j, .agent) && w.key[j] == ActorWordKeys.byKey { return true }
                    j -= 1
                }
            }
            if w.key[k] == ActorWordKeys.toKey, k - 1 >= start, w.key[k - 1] == ActorWordKeys.accordingKey { return true }
            if w.has(k, .speech), w.has(k, [.past, .third]), k - 1 >= start {
                let p = w.flags[k - 1]
                if p.contains(.comma) || p.contains(.closeQuote) || w.t(k - 1).kind == .quoteMark { return true }
            }
        }
        return false
    }

    /// "X’s foreign ministry", "X’s President …": a possessive before a person, group or
    /// organisation noun (not "X’s capital"). `b` is the token after the name.
    func ownsActorAfter(_ b: Int, end: Int) -> Bool {
        guard b < end, w.flags[b].contains(.possessive) else { return false }
        var k = b + 1
        var steps = 0
        while k < end && steps < 5 {
            steps += 1
            let c = w.cls[k]
            if c.contains(.placeNoun) && w.flags[k].contains(.lower) { return false }
            // "Britain's emotionally charged uprising", "Trump's proposal": an act is its owner's.
            if c.contains(.actNoun) && w.flags[k].contains(.lower) { return true }
            if c.contains(.personNoun) || c.contains(.groupNoun) || c.contains(.orgNoun) || c.contains(.title) {
                // A modifier noun ("foreign ministry"): keep going to the head.
                if k + 1 < end, w.flags[k + 1].contains(.lower), w.has(k + 1, [.personNoun, .groupNoun, .orgNoun]) { k += 1; continue }
                return true
            }
            // "emotionally charged": qualifiers and participles before the noun.
            if c.contains(.roleModifier) || (w.flags[k].contains(.lower) && (c.isEmpty || c.contains(.past))) { k += 1; continue }
            return false
        }
        return false
    }

    /// "in Tripoli", "at Benghazi", "near X", "the city of X", "Libya’s capital Tripoli".
    /// "blocked the city of Marlow from …", "the town of Strasbourg opened shelters": a town
    /// named after "the city of" as the subject or the object of a verb is its council, a
    /// litigant or a body that acts; after a preposition ("in the city of X") it is a place.
    func isMunicipality(_ a: Int, start: Int, acting: Bool) -> Bool {
        let k = a - 1
        guard k - 2 >= start, w.flags[k].contains(.lower), w.key[k] == ActorWordKeys.ofKey, Self.townNouns.contains(w.key[k - 1]),
              w.lowerWord(k - 2, .det) else { return false }
        let b = k - 3
        if b < start || !w.flags[b].contains(.lower) { return acting }
        if w.has(b, [.prep, .loc, .agent]) { return false }
        return acting || w.has(b, .verb) || Self.looksLikePast(w, b)
    }

    /// "in the White House", "at the National Press Club", "on Twitter", "the floor of the
    /// House": a body named as where something happens, not as one that acts.
    /// Not after a noun for people ("researchers at the University of Copenhagen", "a fellow at
    /// the Brookings Institution"): there the body is whom they work for.
    func isVenue(_ a: Int, start: Int) -> Bool {
        var k = a - 1
        if k >= start, w.lowerWord(k, .det) { k -= 1 }
        // "On Twitter, …" at the start of a sentence.
        guard k >= start, w.flags[k].contains(.lower) || k == start && w.flags[k].contains(.initial) else { return false }
        if w.has(k, .loc) || w.key[k] == ActorWordKeys.onKey { return !(k - 1 >= start && w.lowerWord(k - 1, [.groupNoun, .personNoun])) }
        // "hold the White House", "taking back the Senate", "control of the Senate": a prize.
        if w.has(k, .prizeVerb) || w.key[k] == Self.backKey && k - 1 >= start && w.lowerWord(k - 1, .prizeVerb) { return true }
        return w.key[k] == ActorWordKeys.ofKey && k - 1 >= start && w.lowerWord(k - 1, [.placeNoun, .prizeNoun])
    }

    static let backKey = WordKey.folded("back")
    static let beKeys: KeySet = KeySet(["is", "are", "was", "were", "be", "been", "being"].map(WordKey.folded))
    static let fromKey = WordKey.folded("from")

    /// "Trump's Islamaphobia", "his Islamaphobia": a possessive right before the word at `a`.
    func isOwnedThing(_ a: Int, start: Int) -> Bool {
        let k = a - 1
        guard k >= start else { return false }
        return w.flags[k].contains(.possessive) || w.lowerWord(k, .poss)
    }

    static let townNouns: KeySet = KeySet(["city", "town", "village", "municipality", "borough"].map(WordKey.folded))

    func isLocative(_ a: Int, start: Int) -> Bool {
        var k = a - 1
        if k >= start, w.lowerWord(k, .det) { k -= 1 }
        guard k >= start else { return false }
        if w.lowerWord(k, .loc) { return true }
        if w.lowerWord(k, .placeNoun) { return true }
        if w.flags[k].contains(.lower), w.key[k] == ActorWordKeys.ofKey, k - 1 >= start, w.lowerWord(k - 1, .placeNoun) { return true }
        return false
    }
}
