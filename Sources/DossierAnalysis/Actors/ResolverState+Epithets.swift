/// Descriptions of a person the article names, that no role of theirs matches: news writing
/// refers back to the public figures it follows by what they are in the story ("the billionaire
/// candidate", "the front-runner", "the real estate mogul"), and to their family by the tie
/// ("her husband" for Bill Clinton in a story on Hillary Clinton). Such a description is no new
/// actor.
extension ResolverState {
    /// How many sentences back (besides its own), among those that name someone outside quotes,
    /// a description looks for the person it stands for.
    static let epithetWindow = 2

    /// The named person that the person description `i` refers to, or nil. "The" and an
    /// epithet noun (tag `e` in person_nouns.txt) as the subject of its verb: the person the
    /// article mentions most among those named in its sentence and the two before, whose words
    /// do not contradict the description's ("the Russian leader" is no American; "the
    /// Democratic front-runner" no Republican), one whose words hold its party first. A kin noun (tag `k`) owned by a named person:
    /// the person of the owner's surname named there.
    /// `earlier`: the person an epithet of the same noun went to before ("the Republican
    /// presidential nominee … the GOP presidential nominee"), who fits it better than others.
    func epithetBearer(of i: Int, owner: Int?, refs: [PronounResolver.Ref], earlier: Int? = nil) -> Int? {
        let m = ms[i]
        guard m.kind == .description, m.type == .person, !m.quoted, m.appositive == nil, let head = m.head else { return nil }
        let c = lex.wordClass(WordKey.folded(head))
        if c.contains(.kin) {
            guard let o = owner, o < drafts.count, isNamedPerson(o) else { return nil }
            let surname = surnameKey(of: o)
            // The only other person of that surname the article names in full, wherever.
            let kin = (bySurname[surname] ?? []).filter { $0 != o && Self.compatible(m.gender, drafts[$0].gender) && isNamedPerson($0) }
            if kin.count == 1 { return kin[0] }
            return salientPerson(before: i, refs: refs) { d in d != o && surnameKey(of: d) == surname ? 0 : nil }
        }
        guard c.contains(.epithet) else { return nil }
        // "Bush campaign officials … their candidate": the candidate of a body or group that
        // belongs to a named person is that person.
        if !c.contains(.office), let o = owner, o < drafts.count, let p = ownerOf[o], p < drafts.count, isNamedPerson(p) { return p }
        // Only as the subject of its verb: "to the radio talk show host", "the German leader's
        // plan" are more often someone else than the person the sentence is about; unless the
        // noun went to someone before ("the prime minister stood by … the prime minister's
        // spokesman said"): then to that person alone.
        let subject = m.acting && !followedByPossessive(m.span)
        guard m.owner == nil || ownedByParty(m), subject || earlier != nil, startsWithThe(m.span) else { return nil }
        // An office held for a place ("the longtime senator"): no one the article gives only
        // other roles ("his campaign manager Jeff Weaver … after the senator spoke"), and a
        // place in it ("the Texas senator") one the article tied to them: news writing names
        // many people of such a rank, and the place is what tells them apart.
        let office = c.contains(.office)
        let qualifiers = identifyingQualifiers(m.name, head: head, capitalised: office)
        if let p = principalOfVoice(before: i, refs: refs), subject || p == earlier, Self.compatible(m.gender, drafts[p].gender),
           let f = fit(qualifiers, p), f >= 0 { return p }
        return salientPerson(before: i, refs: refs) { d in
            guard subject || d == earlier else { return nil }
            guard !(office && !drafts[d].roles.isEmpty && holdsOtherOffice(d, head)), let f = fit(qualifiers, d) else { return nil }
            return d == earlier && f >= 0 ? f + 1 : f
        }
    }

    /// "the GOP presidential nominee": a party before the noun says which side the person is
    /// on, as "Republican" does; it owns no one.
    private func ownedByParty(_ m: Mention) -> Bool {
        guard let o = m.owner else { return false }
        return Self.partyWords[WordKey.folded(doc.text.scalars, ms[o].span.start..<ms[o].span.end)] != nil
    }

    /// Whether person `d` holds a role other than `head` that is more than what they are in the
    /// story: "candidate" or "nominee" (tag `e`) and "rival" (tag `r`) go with any office ("the
    /// Vermont senator" running for president against "her chief rival"); "campaign manager"
    /// or another office ("governor") does not.
    private func holdsOtherOffice(_ d: Int, _ head: String) -> Bool {
        let heads = profile(of: d).roleHeads
        guard !heads.contains(head.lowercased()) else { return false }
        return heads.contains { h in
            let k = WordKey.folded(h)
            let c = lex.wordClass(k)
            return !(c.contains(.epithet) && !c.contains(.office) || lex.contestRoles.contains(k))
        }
    }

    /// Whether the mention at `span` is the subject of its verb.
    private func acting(at span: Span) -> Bool {
        var lo = 0, hi = ms.count
        while lo < hi { let mid = (lo + hi) / 2; if ms[mid].span.start < span.start { lo = mid + 1 } else { hi = mid } }
        while lo < ms.count && ms[lo].span.start == span.start {
            if ms[lo].span == span { return ms[lo].acting }
            lo += 1
        }
        return false
    }

    /// A draft made from a person's name (not only from descriptions).
    func isNamedPerson(_ d: Int) -> Bool {
        let t = drafts[d].type
        let person = t == .person || t == .other && (drafts[d].titled || drafts[d].full || drafts[d].gender == .male || drafts[d].gender == .female)
        return person && drafts[d].nameMentions > 0
    }

    /// Among the named persons mentioned outside quotes in the window before mention `i`, of a
    /// gender compatible with it and that `fit` accepts (nil: not at all, 1: better than 0),
    /// the best fitting, then the most mentioned in the article.
    private func salientPerson(before i: Int, refs: [PronounResolver.Ref], fit: (Int) -> Int?) -> Int? {
        let m = ms[i]
        let s = sentenceOf[i]
        var lo = 0, hi = refs.count
        while lo < hi { let mid = (lo + hi) / 2; if refs[mid].span.start < m.span.start { lo = mid + 1 } else { hi = mid } }
        // "Mr. Manafort … said the candidate could …": who speaks is not whom he speaks of.
        let speaker = speakerOfVerb(before: m.span.start, sentence: s, refs: refs, below: lo)
        var best: (d: Int, fit: Int)?
        var others = false
        var k = lo - 1
        // The window counts sentences that name someone outside quotes: a quote of several
        // sentences between "Trump said" and "the billionaire candidate" does not move it away.
        var sentences = 0, last = -1
        while k >= 0 && lo - k <= 80 {
            let r = refs[k]
            k -= 1
            guard !r.quoted else { continue }
            if Int(r.sentence) != last {
                last = Int(r.sentence)
                sentences += last == s ? 0 : 1
                if sentences > Self.epithetWindow { break }
            }
            let d = Int(r.actor)
            guard d < drafts.count, d != speaker, Self.compatible(m.gender, drafts[d].gender), isNamedPerson(d), let f = fit(d) else { continue }
            // A place the article never gives them: only someone who is the subject of a verb
            // there ("Bush went after Trump … the former Florida governor said"), or opens a
            // sentence as a subject does ("Sanders may have his best chance").
            if f == Self.untiedPlace && !acting(at: r.span) && doc.sentences[Int(r.sentence)].span.start != r.span.start { continue }
            if let b = best, b.d != d { others = true }
            if let b = best, f < b.fit || f == b.fit && drafts[d].count <= drafts[b.d].count { continue }
            best = (d, f)
        }
        if let b = best, b.fit == Self.untiedPlace, others { return nil }
        return best?.d
    }

    /// Words of a description that say whose it is: countries and their adjectives, and parties;
    /// with `capitalised`, any other capitalised word too ("Vermont" in "the Vermont senator"),
    /// a place of two words as one ("New Jersey").
    private func identifyingQualifiers(_ name: String, head: String, capitalised: Bool) -> [UInt64] {
        let words = name.spaceSeparatedWords
        var out: [UInt64] = []
        var i = 0
        while i < words.count {
            let word = words[i]
            i += 1
            let k = WordKey.folded(String(word))
            if Self.partyWords[k] != nil { out.append(k); continue }
            if let e = lex.entities[k] ?? lex.abbreviations[WordKey.exact(String(word))], e.kind == .country || e.kind == .demonym { out.append(k); continue }
            guard capitalised, word.first?.isUppercase == true else { continue }
            if i < words.count, words[i].first?.isUppercase == true {
                let pair = WordKey.folded(word + " " + words[i])
                if lex.entities[pair]?.kind == .place { out.append(pair); i += 1; continue }
            }
            out.append(k)
        }
        return out
    }

    /// Whether person `d` may bear a description with these qualifiers: a country or its
    /// adjective must be among its words (else nil), a party must not be the other one (else
    /// nil); 1 when its words hold the party or the place, 0 when they say none. A state or
    /// other place (not a country) the article ties to no place of theirs at all does not count
    /// against them ("the Vermont senator" for Bernie Sanders in a story that never says where
    /// he sits): news writing names the place of a known figure's office as a back-reference,
    /// and one tied to another place is still someone else.
    /// The fit of a person whose place the article never gives: taken only when no one else in
    /// the window may bear the description.
    static let untiedPlace = -1

    private func fit(_ qualifiers: [UInt64], _ d: Int) -> Int? {
        guard !qualifiers.isEmpty else { return 0 }
        let p = profile(of: d)
        var affirmed = 0
        for q in qualifiers {
            if let party = Self.partyWords[q] {
                if Self.partyWords.contains(where: { $0.value != party && p.words.contains($0.key) }) { return nil }
                if Self.partyWords.contains(where: { $0.value == party && p.words.contains($0.key) }) { affirmed = 1 }
            } else if p.words.contains(q) {
                if lex.entities[q]?.kind == .place { affirmed = 1 }
            } else if p.placeKnown || lex.entities[q]?.kind != .place {
                return nil
            } else {
                affirmed = min(affirmed, Self.untiedPlace)
            }
        }
        return affirmed
    }

    /// Party words and the party they name.
    static let partyWords: [UInt64: Int] = [
        WordKey.folded("democratic"): 0, WordKey.folded("democrat"): 0,
        WordKey.folded("republican"): 1, WordKey.folded("gop"): 1,
    ]

    /// When a speech verb in the past or third person ("said", "tweeted that") comes right
    /// before `start`, the person it follows: the nearest person named outside quotes before it
    /// in the sentence, not as a possessive ("CNBC's Becky Quick said the billionaire
    /// front-runner …"). `below` is the first ref at or after `start`.
    private func speakerOfVerb(before start: Int, sentence: Int, refs: [PronounResolver.Ref], below: Int) -> Int? {
        guard let v = speechVerb(before: start) else { return nil }
        let tokens = doc.tokens
        let text = doc.text.scalars
        var k = below - 1
        while k >= 0 && Int(refs[k].sentence) == sentence {
            let r = refs[k]
            k -= 1
            guard r.span.end <= tokens[v].span.start, !r.quoted, Int(r.actor) < drafts.count, isNamedPerson(Int(r.actor)) else { continue }
            if r.span.end < text.count, text[r.span.end] == "'" || text[r.span.end] == "’" { continue }
            return Int(r.actor)
        }
        return nil
    }

    /// The token of a speech verb in the past or third person right before `start` ("said",
    /// "told donors that"), or nil.
    func speechVerb(before start: Int) -> Int? {
        let tokens = doc.tokens
        let text = doc.text.scalars
        var lo = 0, hi = tokens.count
        while lo < hi { let mid = (lo + hi) / 2; if tokens[mid].span.start < start { lo = mid + 1 } else { hi = mid } }
        var v = lo - 1
        var that = false
        if v >= 0, WordKey.folded(text, tokens[v].span.start..<tokens[v].span.end) == Self.thatKey { v -= 1; that = true }
        guard v >= 0, tokens[v].kind == .word else { return nil }
        var c = lex.wordClass(WordKey.folded(text, tokens[v].span.start..<tokens[v].span.end))
        // "Manafort told friends that the nominee …": the verb's object stands before "that".
        var o = v
        while that && !c.contains(.speech) && o > 0 && v - o < 3 {
            o -= 1
            guard tokens[o].kind == .word else { break }
            c = lex.wordClass(WordKey.folded(text, tokens[o].span.start..<tokens[o].span.end))
            if c.contains(.speech) { v = o }
        }
        guard c.contains(.speech), !c.isDisjoint(with: [.past, .third]) else { return nil }
        return v
    }

    static let thatKey = WordKey.folded("that")

    /// The folded surname of a name.
    static func surnameKey(_ name: String) -> UInt64 { WordKey.folded(surnameWord(name)) }

    /// The folded surname of a person draft: of the full name it was made from, else of its name.
    func surnameKey(of d: Int) -> UInt64 { drafts[d].surname ?? Self.surnameKey(drafts[d].bestName) }

    /// A possessive follows the span ("the candidate's style").
    private func followedByPossessive(_ span: Span) -> Bool {
        let s = doc.text.scalars
        guard span.end + 1 < s.count, s[span.end] == "'" || s[span.end] == "’" else { return false }
        return s[span.end + 1] == "s" || s[span.end + 1] == " "
    }

    /// The span starts with the definite article.
    func startsWithThe(_ span: Span) -> Bool {
        let s = doc.text.scalars
        guard span.end - span.start > 4 else { return false }
        return WordKey.fold(s[span.start]) == 116 && WordKey.fold(s[span.start + 1]) == 104 && WordKey.fold(s[span.start + 2]) == 101
            && s[span.start + 3] == " "
    }
}
