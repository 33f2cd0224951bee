/// Reads noun phrases that stand for unnamed actors or name one by what it is: "sources on both
/// sides", "a unity government source", "forces loyal to eastern commander Khalifa Haftar",
/// "Haftar’s force", "the governments of the UAE, France and the US", "the five governments",
/// "the United Nations chief", "the Trump campaign", "his troops".
struct PhraseReader {
    let w: ArticleWords
    let ctx: ActorContext

    struct Phrase {
        var range: Range<Int>
        var head: Int
        /// Where the name starts (after a determiner or possessive pronoun).
        var nameStart: Int
        var definite = false
        var count: Int?
        /// A name chunk that owns or qualifies the phrase ("Haftar" in "forces loyal to Haftar").
        var ownerChunk: Int?
        /// A possessive pronoun that owns it ("his troops").
        var ownerPronoun: Int?
        /// A named chunk in the object of the preposition, whose name replaces the role words
        /// before it in the phrase's name.
        var objectChunk: Int?
        /// First token after the preposition.
        var objectStart: Int?
        var members: [Int] = []
        var modifierChunks: [Int] = []
        /// Further places of a locating object ("Amsterdam" in "traders in London and Amsterdam").
        var locatedChunks: [Int] = []
        /// A name in apposition right after it (", Elena Sorensen,").
        var apposed: Int?
        /// Where the role words start when a body owns the phrase ("chairman" in "the
        /// commission's chairman").
        var roleStart: Int?
        var acting = false
        /// The count is written in digits ("200 protesters").
        var digitCount = false
        /// Where the verb a group acts by may start, past a place or circumstance left out of its
        /// name ("voters in the state | have favored").
        var tail: Int?
    }

    static let numbers: [UInt64: Int] = {
        var d: [UInt64: Int] = [:]
        for (i, n) in ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"].enumerated() {
            d[WordKey.folded(n)] = i + 1
        }
        return d
    }()
    static let bondKeys: KeySet = KeySet(["close", "loyal", "familiar", "allied", "linked", "affiliated", "aligned", "opposed",
                                            "briefed", "involved", "knowledgeable"].map(WordKey.folded))
    /// Prepositions that give a circumstance (a call, an equipment) rather than a belonging.
    static let armedKeys: KeySet = KeySet(ResolverState.armedHeads.map(WordKey.folded))
    static let circumstanceKeys: KeySet = KeySet(["on", "with"].map(WordKey.folded))
    static let bondPreps: KeySet = KeySet(["to", "with", "on", "in", "about"].map(WordKey.folded))

    /// Whether token `k` can head such a phrase: a lower-case person, group or organisation noun
    /// not followed by another one ("government source" is headed by "source").
    func isHead(_ k: Int, end: Int, sc: SentenceChunks) -> Bool {
        guard w.flags[k].contains(.lower) || w.flags[k].contains(.initial) && sc.starting(at: k) == nil,
              w.has(k, [.personNoun, .groupNoun, .orgNoun]), !sc.used(k),
              !w.has(k, [.det, .poss, .prep]) else { return false }
        // "a majority of likely voters": the group after "of" heads it.
        if w.has(k, .share), k + 1 < end, w.key[k + 1] == ActorWordKeys.ofKey { return false }
        // "the rising opposition to its policy": a noun of people that is also an act names the act.
        if w.has(k, .actNoun), k + 1 < end, w.key[k + 1] == ActorWordKeys.toKey || w.key[k + 1] == ActorWordKeys.againstKey { return false }
        if k + 1 < end, w.flags[k + 1].contains(.lower), !w.has(k + 1, [.verb, .prep, .det, .poss, .pronoun, .adverb, .stop]),
           !Self.bondKeys.contains(w.key[k + 1]), !ActorContext.looksLikePast(w, k + 1), !ActorContext.looksLikeAdverb(w, k + 1),
           // "keep Sanders' campaign going": an owned noun before a verb in "-ing".
           !(k > 0 && w.flags[k - 1].contains(.possessive) && Self.looksLikeGerund(w, k + 1)) {
            // Another noun follows: the head is further on ("government source", "military position").
            return false
        }
        return true
    }

    func read(head h: Int, in sc: SentenceChunks, sentence: Range<Int>) -> Phrase {
        var p = Phrase(range: h..<(h + 1), head: h, nameStart: h)
        readBefore(&p, sc: sc, start: sentence.lowerBound)
        // "the city's roughly 340 officers", "200,000 people": a number of someone's people, or
        // of people at all, counts no crowd of its own.
        if p.digitCount, p.definite || p.ownerChunk != nil || p.ownerPronoun != nil || p.roleStart != nil
            || Self.plainPeople.contains(w.key[h])
            || p.range.lowerBound > sentence.lowerBound && w.flags[p.range.lowerBound - 1].contains(.possessive) { p.count = nil; p.digitCount = false }
        readAfter(&p, sc: sc, end: sentence.upperBound)
        let a = ctx.partitiveStart(p.range.lowerBound, start: sentence.lowerBound)
        p.acting = ctx.canBeSubject(a, start: sentence.lowerBound)
            && (ctx.actsAfter(p.range.upperBound, end: sentence.upperBound, plural: w.has(h, .groupNoun))
                || p.tail.map { ctx.actsAfter($0, end: sentence.upperBound, plural: w.has(h, .groupNoun)) } == true)
            || ctx.actsBefore(a, start: sentence.lowerBound)
        return p
    }

    private func readBefore(_ p: inout Phrase, sc: SentenceChunks, start: Int) {
        var k = p.head - 1
        var modifiers = 0
        while k >= start {
            let f = w.flags[k]
            if (f.contains(.lower) || f.contains(.initial)) && w.has(k, .det) { p.range = k..<p.range.upperBound; p.definite = !isIndefinite(k); p.nameStart = k + 1; return }
            if (f.contains(.lower) || f.contains(.initial)) && w.has(k, .poss) { p.range = k..<p.range.upperBound; p.definite = true; p.ownerPronoun = k; p.nameStart = k + 1; return }
            if let n = Self.numbers[w.key[k]], f.contains(.lower) { p.count = n; p.range = k..<p.range.upperBound; p.nameStart = k; k -= 1; continue }
            // "about 200 protesters marched": a counted crowd.
            if p.count == nil, w.t(k).kind == .number, let n = Self.count(w.text(k)) {
                p.count = n; p.digitCount = true; p.range = k..<p.range.upperBound; p.nameStart = k; k -= 1; continue
            }
            if f.contains(.lower) && w.has(k, .quant) {
                p.range = k..<p.range.upperBound; p.nameStart = k; k -= 1
                if k >= start, Self.endsBeforeQuantifier(k, w) { return }   // "for decades some critics"
                continue
            }
            // "the 71-year-old diplomat": see `ageBefore`.
            if let next = ageBefore(&p, at: k, modifiers: &modifiers, start: start) { k = next; continue }
            if f.contains(.possessive), let ci = sc.ending(at: k - 1), ownerKinds.contains(sc.chunks[ci].kind) {
                p.ownerChunk = ci; p.definite = true
                let r = sc.chunks[ci].range
                p.range = r.lowerBound..<p.range.upperBound; p.nameStart = r.lowerBound
                return
            }
            // "the council's own officers", "the city's own advisers": a body (or the town standing
            // for its government) named by a common noun owns the phrase.
            if f.contains(.possessive), k - 1 >= start, w.lowerWord(k - 1, [.orgNoun, .personNoun, .placeNoun]), sc.ending(at: k - 1) == nil {
                var a = k - 1
                if a - 1 >= start, w.lowerWord(a - 1, .det) { a -= 1 }
                p.range = a..<p.range.upperBound; p.nameStart = a < k - 1 ? a + 1 : a; p.definite = true
                p.roleStart = k + 1
                return
            }
            // "Western and Russian diplomats": qualifiers joined by "and".
            // "Latino and black voters": the same, with a lower-case qualifier after "and".
            let lastJoins = p.modifierChunks.last.map { sc.chunks[$0].range.lowerBound == k + 1 && [.modifier, .demonym].contains(sc.chunks[$0].kind) }
                ?? (p.range.lowerBound == k + 1 && p.nameStart == k + 1 && k + 1 < p.head && w.flags[k + 1].contains(.lower))
            if w.lowerWord(k, .stop), w.key[k] == ActorWordKeys.andKey, lastJoins, let ci = sc.ending(at: k - 1),
               [.modifier, .demonym].contains(sc.chunks[ci].kind) {
                k -= 1
                continue
            }
            if let ci = sc.ending(at: k) {
                let c = sc.chunks[ci]
                // "the New York businessman", "Iowa voters": a place before the head says where
                // they are from, as a demonym does.
                if [.modifier, .demonym, .title, .place].contains(c.kind) { p.modifierChunks.append(ci) }
                else if ownerKinds.contains(c.kind) {
                    // A name before the head only qualifies it ("the Trump campaign", "US officials").
                    if p.ownerChunk == nil { p.ownerChunk = ci }
                    p.modifierChunks.append(ci)
                }
                else { return }
                p.range = c.range.lowerBound..<p.range.upperBound; p.nameStart = c.range.lowerBound
                k = c.range.lowerBound - 1
                continue
            }
            // A capitalised first word of the sentence that no name took ("Local growers",
            // "Opposition councillors") qualifies the head like a lower-case one.
            let lowerOrInitial = f.contains(.lower)
                || f.contains(.initial) && (k == start || !w.flags[k - 1].contains(.word)) && sc.starting(at: k) == nil
            // "the more liberal backers": a degree word before a qualifier already taken.
            let degree = w.lowerWord(k, .degree) && k + 1 < p.head && modifiers > 0
            // "both Democratic candidates enjoyed strong majority support": a word in "-ed" after a
            // noun for people is their verb, not a qualifier of the head.
            if ActorContext.looksLikePast(w, k), k - 1 >= start,
               w.lowerWord(k - 1, [.groupNoun, .personNoun]) || sc.ending(at: k - 1).map({ ownerKinds.contains(sc.chunks[$0].kind) }) == true { return }
            if Self.opensClause(k, w) { return }   // "the reason people left"
            if lowerOrInitial, modifiers < 4, !w.has(k, [.verb, .stop, .prep, .pronoun, .adverb]) || w.has(k, [.roleModifier, .personNoun, .orgNoun]) || degree {
                modifiers += 1
                p.range = k..<p.range.upperBound; p.nameStart = k
                k -= 1; continue
            }
            return
        }
    }

    static let plainPeople: KeySet = KeySet(["people", "persons", "others"].map(WordKey.folded))

    static let placeKinds: [NameChunk.Kind] = [.place, .capital, .seat, .country, .single]

    private var ownerKinds: [NameChunk.Kind] { [.person, .single, .organization, .country, .capital, .seat, .people] }

    private func isIndefinite(_ k: Int) -> Bool {
        let t = w.text(k).lowercased()
        return t == "a" || t == "an" || t == "another"
    }

    /// One prepositional phrase after the head: "on both sides", "from his self-proclaimed
    /// Libyan National Army", "loyal to eastern commander Khalifa Haftar", "of Haftar’s force",
    /// or a list of countries after "of".
    private func readAfter(_ p: inout Phrase, sc: SentenceChunks, end: Int) {
        var k = p.head + 1
        guard k < end, w.flags[k].contains(.lower) else { return }
        if Self.bondKeys.contains(w.key[k]) {
            guard k + 1 < end, Self.bondPreps.contains(w.key[k + 1]) else { return }
            k += 2
        } else if w.has(k, .prep) {
            // "officials in Washington", but not "the campaign in its entertainment section".
            if w.has(k, .loc) && !w.has(p.head, .groupNoun) { return }
            k += 1
        } else { return }
        let prep = Self.bondKeys.contains(w.key[p.head + 1]) ? nil : k - 1
        p.objectStart = k
        if k < end, w.flags[k].contains(.lower), w.has(k, [.det, .poss, .quant]) { k += 1 }
        // Role words before a name ("eastern commander Khalifa Haftar").
        var j = k
        while j < end && j - k < 4 && w.flags[j].contains(.lower) && w.has(j, [.roleModifier, .title, .personNoun, .dropModifier])
                && sc.starting(at: j) == nil && !w.has(j, .verb) { j += 1 }
        if let ci = sc.starting(at: j) ?? sc.starting(at: k) {
            let c = sc.chunks[ci]
            // "the families of the Benghazi victims": a place qualifying the object's noun.
            let placeBeforeNoun = c.kind == .place && c.range.upperBound < end && w.lowerWord(c.range.upperBound, [.groupNoun, .personNoun])
            // "Insurgent Democratic candidates in Florida did no better": where a group is stays
            // in its name, and it acts past it.
            // Not "machinists at its Kansas plants": the place then qualifies a noun.
            let after = c.range.upperBound
            let groupsPlace = c.kind == .place && w.has(p.head, .groupNoun) && prep.map { w.has($0, .loc) } == true
                && (after >= end || !w.flags[after].contains(.lower) || w.has(after, [.verb, .prep, .det, .stop]) || ActorContext.looksLikePast(w, after))
            guard ownerKinds.contains(c.kind) || c.kind == .modifier || c.kind == .demonym || placeBeforeNoun || groupsPlace else { return }
            var stop = c.range.upperBound
            if c.kind == .modifier || c.kind == .demonym {
                // "his self-proclaimed Libyan National Army" reached through modifiers only.
                guard let next = sc.starting(at: stop), ownerKinds.contains(sc.chunks[next].kind) else { return }
                p.objectChunk = next; stop = sc.chunks[next].range.upperBound
            } else {
                p.objectChunk = ci
            }
            // "the families of the Benghazi victims": the name qualifies the noun after it.
            if stop < end, w.lowerWord(stop, [.groupNoun, .personNoun]), !w.flags[stop].contains(.possessive) { stop += 1 }
            // "of Haftar’s force": the chunk owns a noun.
            if stop + 1 < end, w.flags[stop].contains(.possessive), w.flags[stop + 1].contains(.lower),
               w.has(stop + 1, [.groupNoun, .orgNoun, .personNoun]) {
                stop += 2
            }
            // "the governments of the UAE, France, Italy, UK and the US".
            if w.has(p.head, .groupNoun), let first = p.objectChunk, [.country, .organization].contains(sc.chunks[first].kind) {
                var members = [first]
                var m = stop
                while m < end {
                    var n = m
                    guard w.flags[n].contains(.comma) || w.text(n) == "and" else { break }
                    n += 1
                    if n < end, w.text(n) == "and" { n += 1 }
                    if n < end, w.lowerWord(n, .det) { n += 1 }
                    guard let ci = sc.starting(at: n), [.country, .organization].contains(sc.chunks[ci].kind) else { break }
                    members.append(ci)
                    m = sc.chunks[ci].range.upperBound
                }
                if members.count >= 2 { p.members = members; stop = m }
            }
            // "traders in London and Amsterdam": more places after the first only locate it.
            if p.members.isEmpty, let first = p.objectChunk, Self.placeKinds.contains(sc.chunks[first].kind) {
                var m = stop
                while m + 1 < end, w.flags[m].contains(.comma) || w.key[m] == ActorWordKeys.andKey {
                    var n = m + 1
                    if n < end, w.key[n] == ActorWordKeys.andKey { n += 1 }
                    guard let ci = sc.starting(at: n), Self.placeKinds.contains(sc.chunks[ci].kind) else { break }
                    p.locatedChunks.append(ci)
                    m = sc.chunks[ci].range.upperBound
                }
                if !p.locatedChunks.isEmpty { stop = m }
            }
            p.range = p.range.lowerBound..<stop
            return
        }
        // "voters in the state", "analysts on a conference call", "its army with helicopters":
        // where a group is or what it has says nothing of which group it is; the name stops at
        // its noun ("sources on both sides", "doctors at three hospitals" keep their count).
        if let prep, w.has(prep, .loc) || Self.circumstanceKeys.contains(w.key[prep]),
           w.has(p.head, .groupNoun) || Self.armedKeys.contains(w.key[p.head]),
           let o = p.objectStart, o < end, !(w.flags[o].contains(.lower) && w.has(o, .quant)), w.t(o).kind != .number {
            // The group still acts past it ("voters in the state have favored …").
            var n = o
            while n < end && n - o < 5 && w.flags[n].contains(.lower) && (n == o || !w.has(n, [.verb, .prep, .stop, .pronoun]))
                    && !ActorContext.looksLikePast(w, n) { n += 1 }
            p.tail = n
            return
        }
        // "the Green group on the council": a body already named by a capitalised word before
        // its noun is not renamed by where it sits.
        if let prep, w.has(prep, .loc) || Self.circumstanceKeys.contains(w.key[prep]), !p.modifierChunks.isEmpty,
           let o = p.objectStart, o < end, w.flags[o].contains(.lower) { return }
        // A common noun object: "on both sides", "familiar with the matter", "of the plan",
        // "from the county's planning department". A word right after a determiner or a
        // possessive is a noun even when it can be a verb ("the plan"); elsewhere a verb or
        // a gerund ends the object ("the majority of ignoring …"). Role words that led to no
        // name are part of it ("backers of her party").
        let o = k
        var n = o
        while n < end && n - o < 5 && (w.flags[n].contains(.possessive) && n > o
                || w.flags[n].contains(.lower) && !w.has(n, [.prep, .det, .poss, .stop, .pronoun])) {
            let nounSlot = n > 0 && (w.flags[n - 1].contains(.possessive) || w.lowerWord(n - 1, .det) || w.lowerWord(n - 1, .poss)
                                     || n > o && (w.has(n - 1, .adverb) || ActorContext.looksLikeAdverb(w, n - 1)))
            if !nounSlot && (w.has(n, [.verb, .ing]) || ActorContext.looksLikePast(w, n) || Self.looksLikeGerund(w, n)) { break }
            n += 1
        }
        if let prep, Self.purposeOnly(prep, object: o..<n, w) { return }
        if n > o {
            // "… at three hospitals in West Yorkshire": places after the object only locate it.
            while n + 1 < end, w.lowerWord(n, .loc), let ci = sc.starting(at: n + 1), Self.placeKinds.contains(sc.chunks[ci].kind) {
                p.locatedChunks.append(ci)
                n = sc.chunks[ci].range.upperBound
            }
            p.range = p.range.lowerBound..<n
        }
    }
}
