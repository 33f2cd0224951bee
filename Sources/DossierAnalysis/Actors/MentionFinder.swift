/// Finds every span that may name an actor, sentence by sentence: capitalised names (taken apart
/// into title, affiliation and name), roles around them, descriptions and unnamed groups, and
/// pronouns; each with what its context says (acting, located, owned by another mention).
/// One pass over the tokens; lookups in hash tables built once.
public struct MentionFinder: Sendable {
    public init() {}

    public func find(_ doc: Document) -> [Mention] {
        find(ArticleWords(doc))
    }

    func find(_ w: ArticleWords) -> [Mention] {
        var out: [Mention] = []
        let chunker = NameChunker(w)
        let ctx = ActorContext(w: w)
        let roles = RoleReader(w: w)
        let phrases = PhraseReader(w: w, ctx: ctx)
        var sc = SentenceChunks(tokenCount: w.count)
        for sentence in w.doc.sentences {
            let range = sentence.tokenRange
            guard !range.isEmpty else { continue }
            if let m = Self.handleLine(range, sentence: sentence, w: w) { out.append(m); continue }
            sc.reset(chunker.chunks(in: range), range: range)
            readKinds(&sc, w: w)
            readRoles(&sc, roles: roles, end: range.upperBound, w: w)
            var found: [PhraseReader.Phrase] = []
            var coveredUntil = range.lowerBound
            for k in range where k >= coveredUntil && phrases.isHead(k, end: range.upperBound, sc: sc) && !sc.inChunk(k) {
                let p = phrases.read(head: k, in: sc, sentence: range)
                if keeps(p, w: w, sc: sc, end: range.upperBound) {
                    found.append(p)
                    // A head inside the phrase's object ("department" in "officials from the
                    // planning department") heads no phrase of its own.
                    if p.objectChunk == nil { coveredUntil = p.range.upperBound }
                    for ci in p.modifierChunks { sc.chunks[ci].consumed = true }
                    for ci in p.locatedChunks { sc.chunks[ci].located = true }
                }
            }
            for i in found.indices where found[i].members.isEmpty && w.has(found[i].head, [.personNoun, .title, .orgNoun]) && !w.has(found[i].head, .groupNoun) {
                let a = apposedName(after: found[i].range.upperBound, sc: sc, end: range.upperBound, w: w)
                // "its own vaccine committee, STIKO,": a body's noun takes only a body's name.
                if let a, w.has(found[i].head, [.personNoun, .title]) || sc.chunks[a].kind == .organization { found[i].apposed = a }
                // "Rick Wiley, the campaign's new political director,": the name before it.
                if found[i].apposed == nil, w.has(found[i].head, [.personNoun, .title]) {
                    found[i].apposed = nameBefore(found[i], sc: sc, end: range.upperBound, w: w)
                }
                if found[i].apposed == nil, w.has(found[i].head, [.personNoun, .title]) {
                    found[i].apposed = titledNameJoined(after: found[i], sc: sc, end: range.upperBound, w: w)
                }
            }
            for ci in sc.chunks.indices where sc.chunks[ci].kind == .title {
                sc.chunks[ci].apposed = apposedName(after: sc.chunks[ci].range.upperBound, sc: sc, end: range.upperBound, w: w)
            }
            let emitter = MentionEmitter(w: w, ctx: ctx, sentence: range)
            emitter.emitChunks(&sc, into: &out)
            let pronouns = emitter.emitPronouns(into: &out)
            for p in found { emitter.emit(p, sc: sc, pronouns: pronouns, into: &out) }
        }
        // "Members of the Dunmore Chamber of Commerce disagreed": a body whose people act is
        // named as more than part of a phrase.
        for i in out.indices where out[i].acting { if let o = out[i].owner, o < out.count { out[o].governed = false } }
        return CreditLines.dropCredited(Self.sorted(out), in: w)
    }

    /// "the campaign group Friends of Kestrel Bay", "rental platform StayWell", "rail operator
    /// Deutsche Bahn": a name right after a noun for an organisation is that organisation,
    /// whatever its words look like; the noun says its kind and heads no phrase of its own.
    private func readKinds(_ sc: inout SentenceChunks, w: ArticleWords) {
        for ci in sc.chunks.indices {
            let c = sc.chunks[ci]
            let k = c.range.lowerBound - 1
            guard k >= sc.start, [.person, .single, .place, .organization].contains(c.kind), c.role == nil, c.affiliation == nil,
                  w.flags[k].contains(.lower), w.has(k, .orgNoun), !w.has(k, [.personNoun, .title, .groupNoun, .det, .poss]),
                  !w.has(c.name.lowerBound, .firstName), !Self.peopleBodies.contains(w.key[k]),
                  !(k > sc.start && w.lowerWord(k - 1, .prep)),
                  // "could force Mrs. Clinton to spend": a verb, and a person by her title.
                  !w.has(c.range.lowerBound, .courtesy), !Self.readsAsVerb(k, sentenceStart: sc.start, w: w) else { continue }
            // "a company Trump owns": a relative clause, not a name in apposition.
            var d = k
            while d > sc.start && w.flags[d - 1].contains(.lower) && w.has(d - 1, [.orgNoun, .roleModifier]) { d -= 1 }
            if d > sc.start, w.lowerWord(d - 1, .det), c.range.upperBound < w.count,
               w.lowerWord(c.range.upperBound, .verb), !w.has(c.range.upperBound, .speech) { continue }
            sc.chunks[ci].kind = .organization
            sc.chunks[ci].weak = false
            let kind = w.lex.orgNounKinds[w.key[k]]
            sc.chunks[ci].cueKind = kind == "any" ? nil : kind
            var j = k
            while j >= sc.start && w.flags[j].contains(.lower) && w.has(j, [.orgNoun, .roleModifier]) && !w.has(j, [.det, .poss]) {
                sc.use(j); j -= 1
            }
        }
    }

    private func readRoles(_ sc: inout SentenceChunks, roles: RoleReader, end: Int, w: ArticleWords) {
        for ci in sc.chunks.indices where sc.chunks[ci].kind == .person || sc.chunks[ci].kind == .single {
            // "Sen. Dana Whitfield, D-Calif.,": a party-state tag shows a politician and names
            // the party.
            let e = sc.chunks[ci].range.upperBound
            if e + 1 < end, w.flags[e].contains(.comma) || w.flags[e].contains(.openParen), let party = w.partyTag(e + 1) {
                sc.chunks[ci].party = party
                sc.chunks[ci].weak = false
                sc.chunks[ci].kind = .person
            }
            // "Democrat Kim Myers, who is the daughter of …": "who" takes a person, so two
            // capitalised words the name lists do not know are one.
            else if sc.chunks[ci].kind == .person, sc.chunks[ci].weak, sc.chunks[ci].name.count >= 2, e + 1 < end,
                    w.flags[e].contains(.comma), w.key[e + 1] == ActorWordKeys.whoKey, w.flags[e + 1].contains(.lower) {
                sc.chunks[ci].weak = false
            }
            var f = roles.before(ci, in: &sc)
            if f == nil { f = roles.after(ci, in: &sc, end: end) }
            var c = sc.chunks[ci]
            if f == nil || f?.affiliation == nil,
               let (of, tail) = roles.of(ci, in: &sc, end: end, titled: f?.role != nil || c.role != nil) {
                if f == nil { f = of } else { f?.affiliation = of.affiliation }
                c.tail = tail
                c.weak = false
                if c.kind == .single { c.kind = .person }
            }
            guard let found = f else { sc.chunks[ci] = c; continue }
            if let r = found.role {
                c.role = c.role.map { r + " " + $0 } ?? r
                if c.titleHead == nil { c.titleHead = found.titleHead }
            }
            if let a = found.affiliation, c.affiliation == nil {
                c.affiliation = sc.chunks[a].name
                c.affiliationEntity = sc.chunks[a].entity
            }
            if c.gender == .unknown { c.gender = found.gender }
            if c.kind == .single && c.role != nil { c.kind = .person }
            sc.chunks[ci] = c
        }
    }

    /// The person named right after a description and a comma, the name closing the apposition
    /// (", the Foreign Minister of Ostrava, Lena Marchetti, condemned", "Its chairman, Thomas
    /// Ekdahl, said", "Her spokesman, James Whitfield." ).
    private func apposedName(after b: Int, sc: SentenceChunks, end: Int, w: ArticleWords) -> Int? {
        guard b + 1 < end, w.flags[b].contains(.comma), let ci = sc.starting(at: b + 1) ?? titledNameStart(b + 1, sc: sc, end: end, w: w) else { return nil }
        let c = sc.chunks[ci]
        // A person's name, or an organisation's ("The airport's owner, Hallam Holdings, welcomed").
        guard c.kind == .person || c.kind == .single || c.kind == .organization, !c.consumed,
              c.name.count >= 2 || c.kind != .single else { return nil }
        let e = c.range.upperBound
        guard e >= end || w.flags[e].contains(.comma) || w.flags[e].contains(.period) || w.t(e).kind == .quoteMark
                || w.flags[e].contains(.closeParen) || w.lowerWord(e, .verb) && !w.flags[e].contains(.possessive) else { return nil }
        return ci
    }

    /// "Former prosecutor and New York City Mayor Rudy Giuliani said": a bare role with no
    /// article, joined by "and" to a titled name, is one more role of that person, not someone
    /// else. The titled person's chunk right after "and" (a place may open it).
    private func titledNameJoined(after p: PhraseReader.Phrase, sc: SentenceChunks, end: Int, w: ArticleWords) -> Int? {
        let b = p.range.upperBound
        guard p.ownerChunk == nil, p.ownerPronoun == nil, !p.definite, p.count == nil, b + 1 < end,
              !w.lowerWord(p.range.lowerBound, .det), w.lowerWord(b, .stop), w.key[b] == ActorWordKeys.andKey else { return nil }
        var j = b + 1
        while j < end && j - b <= 4, let ci = sc.starting(at: j) {
            let c = sc.chunks[ci]
            if c.kind == .person { return c.role != nil && !c.consumed ? ci : nil }
            guard c.kind == .place || c.kind == .country || c.kind == .capital || c.kind == .demonym else { return nil }
            j = c.range.upperBound
        }
        return nil
    }

    /// The person's name after a lower-case title and the place it is held for ("a onetime
    /// Republican opponent, former Texas governor Rick Perry,"): the words from `k` are role
    /// words (at least one a person noun or title) and place or country names, up to the name.
    private func titledNameStart(_ k: Int, sc: SentenceChunks, end: Int, w: ArticleWords) -> Int? {
        var j = k, titled = false
        while j < end && j - k < 6 {
            if let ci = sc.starting(at: j) {
                let kind = sc.chunks[ci].kind
                if kind == .person && titled { return ci }
                guard kind == .place || kind == .country || kind == .demonym else { return nil }
                j = sc.chunks[ci].range.upperBound
                continue
            }
            if w.lowerWord(j, [.personNoun, .title]) { titled = true } else if !w.lowerWord(j, .roleModifier) { return nil }
            j += 1
        }
        return nil
    }

    /// The person named right before a description and a comma, the description closing the
    /// apposition ("Rick Wiley, the campaign's new political director, said", "Senator Ted
    /// Cruz of Texas, Mr. Trump's most formidable remaining Republican opponent,").
    private func nameBefore(_ p: PhraseReader.Phrase, sc: SentenceChunks, end: Int, w: ArticleWords) -> Int? {
        var a = p.range.lowerBound
        let e = p.range.upperBound
        // ", the Clinton campaign's communications director,": the owner's article.
        if a - 1 >= sc.start, w.lowerWord(a - 1, .det) { a -= 1 }
        // An apposition starts with "the", "a" or "an", not "that" or "this".
        if w.lowerWord(a, .det), !Self.articleKeys.contains(w.key[a]) { return nil }
        if let ci = copulaSubject(p, sc: sc, end: end, w: w) { return ci }
        // "Sen. Ted Cruz of Texas, now a GOP presidential contender,": an adverb of time
        // before the article.
        if a - 2 >= sc.start, w.lowerWord(a, .det), w.lowerWord(a - 1, .adverb), w.flags[a - 2].contains(.comma) { a -= 1 }
        // "Nefzi, a chemistry professor and a member of the mosque's board,": a second one.
        if a - 1 > sc.start, w.lowerWord(a - 1, .stop), w.key[a - 1] == ActorWordKeys.andKey {
            var k = a - 2
            while k > sc.start && a - k <= 8 && w.flags[k].contains(.lower) && !w.has(k, [.verb, .pronoun]) { k -= 1 }
            guard k > sc.start, w.flags[k].contains(.comma), w.lowerWord(k + 1, .det) else { return nil }
            a = k + 1
        }
        guard a - 2 >= sc.start, w.flags[a - 1].contains(.comma), var ci = sc.ending(at: a - 2) else { return nil }
        // "Ted Cruz of Texas,": where the person is from closes the name.
        if [.place, .country, .single].contains(sc.chunks[ci].kind), sc.chunks[ci].kind != .single || sc.chunks[ci].located {
            let k = sc.chunks[ci].range.lowerBound - 1
            guard k - 1 >= sc.start, w.lowerWord(k, .prep), w.key[k] == ActorWordKeys.ofKey, let pi = sc.ending(at: k - 1) else { return nil }
            ci = pi
        }
        let c = sc.chunks[ci]
        guard c.kind == .person || c.kind == .single, !c.consumed else { return nil }
        // The apposition closes: a comma, the sentence's end, a quote, a dash opening an aside
        // ("Rob Dane, founder of Fix the Roads — a road lobby — said") or a verb.
        guard e >= end || w.flags[e].contains(.comma) || w.flags[e].contains(.period) || w.t(e).kind == .quoteMark
                || w.isPunct(e, "—") || w.isPunct(e, "–")
                || w.flags[e].contains(.closeParen) || w.lowerWord(e, .verb) && !w.flags[e].contains(.possessive) else { return nil }
        return ci
    }

    /// "Robert Mercer is a longtime donor who backs Cruz": the person named right before "is" or
    /// "was" and a person noun with its article, when the phrase ends the clause or opens a
    /// "who": what a person is, said of them.
    private func copulaSubject(_ p: PhraseReader.Phrase, sc: SentenceChunks, end: Int, w: ArticleWords) -> Int? {
        var a = p.range.lowerBound
        let e = p.range.upperBound
        if a - 1 >= sc.start, w.lowerWord(a - 1, .det) { a -= 1 }
        // Outside quotes: "Terry is a friend" is what a speaker thinks of Terry.
        guard a - 2 >= sc.start, !w.flags[a].contains(.quoted), w.lowerWord(a, .det), Self.articleKeys.contains(w.key[a]), w.has(p.head, .personNoun),
              Self.copulaKeys.contains(w.key[a - 1]), let ci = sc.ending(at: a - 2),
              sc.chunks[ci].kind == .person || sc.chunks[ci].kind == .single, !sc.chunks[ci].consumed else { return nil }
        // "whether he would back Trump if Trump is the GOP nominee": a supposition says nothing.
        let n = sc.chunks[ci].range.lowerBound
        if n - 1 >= sc.start, Self.suppositionKeys.contains(w.key[n - 1]) { return nil }
        return e >= end || w.flags[e].contains(.comma) || w.flags[e].contains(.period) || w.key[e] == ActorWordKeys.whoKey ? ci : nil
    }

    static let articleKeys: KeySet = KeySet(["the", "a", "an"].map(WordKey.folded))
    static let copulaKeys: KeySet = KeySet(["is", "was"].map(WordKey.folded))
    static let suppositionKeys: KeySet = KeySet(["if", "whether", "unless", "when", "once"].map(WordKey.folded))

    /// A phrase is kept when it acts or speaks, when it is a definite description of a person or
    /// organisation (the resolver matches it to an actor), when it lists its members, or when it
    /// belongs to a named actor ("Haftar’s force", "forces loyal to X", "the Trump campaign").
    private func keeps(_ p: PhraseReader.Phrase, w: ArticleWords, sc: SentenceChunks, end: Int) -> Bool {
        if p.acting || p.members.count >= 2 || copulaSubject(p, sc: sc, end: end, w: w) != nil { return true }
        let owned = p.ownerChunk != nil || p.objectChunk != nil || p.ownerPronoun != nil
        // "an NBA expansion team": one of a kind, not the body that speaks for its owner.
        let indefinite = !p.definite && p.range.lowerBound < p.nameStart && w.lowerWord(p.range.lowerBound, .det)
        if w.has(p.head, .orgNoun) && owned && !indefinite && Self.speakingBodies.contains(w.key[p.head]) { return true }
        if w.has(p.head, .groupNoun) && owned && Self.armed.contains(w.key[p.head]) && !joinsForces(p, w) { return true }
        if p.definite && w.has(p.head, [.personNoun, .orgNoun]) && !w.has(p.head, .groupNoun) { return true }
        if p.definite && p.count != nil { return true }
        return false
    }

    /// "Kessler joined forces with Brant": the idiom names no armed group.
    private func joinsForces(_ p: PhraseReader.Phrase, _ w: ArticleWords) -> Bool {
        let k = p.range.lowerBound
        return k == p.head && k > 0 && w.key[k] == Self.forcesKey && Self.joinKeys.contains(w.key[k - 1])
    }

    static let forcesKey = WordKey.folded("forces")
    static let joinKeys: KeySet = KeySet(["join", "joins", "joined", "joining", "combine", "combined", "combining",
                                            "unite", "united", "uniting"].map(WordKey.folded))

    /// Organisations that speak for their owner ("the Trump campaign", "his office").
    static let speakingBodies: KeySet = KeySet(["campaign", "office", "administration", "government", "team", "staff", "camp",
                                                  "foundation", "company", "firm", "embassy", "ministry", "army", "military",
                                                  "force", "militia", "newspaper", "network", "spokesman", "spokeswoman",
                                                  "lawyers", "attorneys", "aides", "advisers"].map(WordKey.folded))

    /// Organisation nouns that stand before a person's name ("chief of staff Cheryl Mills",
    /// "campaign Trump"): no organisation name after them.
    static let peopleBodies: KeySet = KeySet(["staff", "team", "campaign", "office", "administration", "family", "camp",
                                                "government", "cabinet", "committee"].map(WordKey.folded))

    static let armed: KeySet = KeySet(["forces", "troops", "fighters", "militias", "militiamen", "soldiers", "rebels",
                                          "militants", "supporters", "loyalists", "gunmen"].map(WordKey.folded))

    /// Mentions in text order, with `owner` and `members` indices remapped.
    static func sorted(_ ms: [Mention]) -> [Mention] {
        let order = ms.indices.sorted { ms[$0].span < ms[$1].span || (ms[$0].span == ms[$1].span && $0 < $1) }
        var newIndex = [Int](repeating: 0, count: ms.count)
        for (n, o) in order.enumerated() { newIndex[o] = n }
        return order.map { o in
            var m = ms[o]
            m.owner = m.owner.map { newIndex[$0] }
            m.members = m.members.map { newIndex[$0] }
            m.appositive = m.appositive.map { newIndex[$0] }
            return m
        }
    }
}
