/// Turns the chunks and phrases read in one sentence into `Mention` values, with the context
/// flags the resolver needs (acting, located, quoted, modifier).
struct MentionEmitter {
    let w: ArticleWords
    let ctx: ActorContext
    let sentence: Range<Int>
    var lex: ActorLexicon { w.lex }

    static let bodyOrPersonHeads: KeySet = KeySet(["executive", "leadership"].map(WordKey.folded))

    static let ministryKey = WordKey.folded("ministry")
    static let otherKey = WordKey.folded("other")
    static let pollKey = WordKey.folded("poll")
    static let foreignKey = WordKey.folded("foreign")

    static let governmentHeads: KeySet = KeySet(["government", "administration", "regime", "authorities", "leadership", "cabinet"].map(WordKey.folded))

    func emitChunks(_ sc: inout SentenceChunks, into out: inout [Mention]) {
        for ci in sc.chunks.indices {
            let c = sc.chunks[ci]
            guard var m = mention(for: c) else { continue }
            if let full = sharedSurnameName(ci, sc: sc) { m.name = full; m.type = .person; m.weak = false }
            if c.consumed {
                guard [.person, .single, .organization, .country, .capital, .seat, .place].contains(c.kind) else { continue }
                m.modifier = true
                m.acting = false
            }
            // "travelled from Manchester and Leeds cheered": a lone name joined by "and" or a
            // comma to a place is another place, not the subject of the verb after it.
            if c.kind == .single, ci > 0, let pm = sc.chunks[ci - 1].mention, out[pm].locative,
               sc.chunks[ci - 1].range.upperBound + 1 == c.range.lowerBound,
               w.key[c.range.lowerBound - 1] == ActorWordKeys.andKey || w.flags[c.range.lowerBound - 1].contains(.comma) {
                m.locative = true
                m.acting = false
            }
            // "the Brexit vote", "the Trans-Pacific Partnership free-trade deal": a name between
            // an article and a noun qualifies the noun.
            if !m.acting, qualifiesNoun(c) || c.kind == .organization && bodyQualifiesNoun(c) { m.modifier = true; m.qualifiesThing = true }
            if m.type == .organization, let country = foreignMinistryCountry(c, sc: sc) {
                // "Russia's Foreign Ministry said", "the Chinese Foreign Ministry": the country's voice.
                m.type = .country; m.name = country; m.head = "government"
            }
            sc.chunks[ci].mention = out.count
            out.append(m)
        }
        for ci in sc.chunks.indices {
            guard let a = sc.chunks[ci].apposed, let i = sc.chunks[ci].mention, let n = sc.chunks[a].mention else { continue }
            out[i].appositive = n
            // "Foreign Minister of Ostrava": the role, and the place or body it serves.
            if let r = out[i].role, let cut = r.range(of: " of ") ?? r.range(of: " for ") {
                let after = r[cut.upperBound...]
                if after.first?.isUppercase == true {
                    out[i].role = String(r[..<cut.lowerBound])
                    out[i].affiliation = out[i].affiliation ?? String(after)
                }
            }
        }
    }

    private func mention(for c: NameChunk) -> Mention? {
        let start = sentence.lowerBound, end = sentence.upperBound
        if c.kind != .title, MarketNames.names(c, in: w) || isPluralAbbreviation(c) { return nil }
        let span = w.span(c.name)
        let quoted = w.flags[c.range.lowerBound].contains(.quoted)
        let a = ctx.partitiveStart(c.range.lowerBound, start: start, body: c.kind == .organization)
        let acting = ctx.canBeSubject(a, start: start) && ctx.actsAfter(c.tail ?? c.range.upperBound, end: end, plural: c.kind == .people)
            || ctx.actsBefore(a, start: start) || ctx.ownsActorAfter(c.range.upperBound, end: end)
        let text = w.text(c.name)
        var m = Mention(span: span, kind: .name, type: .other, name: text, acting: acting && !c.located, quoted: quoted)
        m.locative = c.located
        m.governed = !acting && ctx.isGoverned(a, start: start)
        m.role = c.role
        m.affiliation = affiliationName(c) ?? c.party
        m.gender = c.gender
        m.weak = c.weak
        switch c.kind {
        case .person:
            m.type = .person
        case .single, .place where c.entity == nil:
            // "Trump's Islamaphobia", "his Islamaphobia": a thing someone has, no actor.
            if c.kind == .single, ctx.isOwnedThing(c.range.lowerBound, start: start), !w.has(c.name.lowerBound, .firstName) { return nil }
            if !c.located, ctx.isMunicipality(c.range.lowerBound, start: start, acting: acting) {
                m.type = .organization
                m.head = "government"
                m.gender = .neuter
                m.acting = acting || ctx.actsBefore(c.range.lowerBound, start: start)
            } else if c.kind == .place, !c.located, !ctx.isLocative(c.range.lowerBound, start: start), ctx.canBeSubject(c.range.lowerBound, start: start),
                      ctx.actsAfter(c.range.upperBound, end: end) {
                // "Vigo County, Indiana, has only miscalculated twice since 1888": a place with a
                // place word in its name that acts is its people or its government.
                m.type = .place
                m.acting = true
                m.gender = .neuter
            } else if c.kind == .single, namesTownOfState(c) {
                // "the Austin, Texas, event": a town and its state.
                m.type = .place; m.locative = true; m.acting = false
            } else {
                m.locative = c.located || ctx.isLocative(c.range.lowerBound, start: start)
                if c.kind == .place { m.type = .place; m.locative = true }
            }
        case .organization:
            m.type = .organization
            if c.name.count == 1 && w.flags[c.name.lowerBound].contains(.allCaps) {
                m.kind = .acronym
                if isCommonNounInCapitals(c) { return nil }
                if spelledOutInLowerCase(c) { m.spelledOutCommon = true; m.acting = false }
            }
            if let e = c.entity, e.kind == .org { m.name = lex.organizations[Int(e.index)].name }
            // "the Suffolk University Poll": the poll's maker speaks, not the poll.
            else if c.name.count >= 2, w.key[c.name.upperBound - 1] == Self.pollKey { m.name = w.text(c.name.lowerBound..<(c.name.upperBound - 1)) }
            m.head = c.cueKind
            m.gender = .neuter
            m.locative = !m.acting && ctx.isVenue(c.range.lowerBound, start: start)
            // "enters Ohio Senate race", "a House seat": the body names a contest, it does not act.
            // "nearly 140 House members blasted", "his White House bid", "GOP candidates said":
            // the body names whose members or candidates act (tag m), not itself.
            let next = c.range.upperBound
            if next < end, !m.acting && w.lowerWord(next, .contest) || w.lowerWord(next, .bodyPeople) { m.modifier = true }
        case .country:
            m.type = .country
            m.name = countryName(c.entity) ?? text
            if w.flags[c.name.lowerBound].contains(.allCaps) { m.kind = .acronym }
            m.gender = .neuter
        case .capital, .seat:
            if (acting && !c.located) || c.consumed {
                m.type = .country
                m.name = countryName(c.entity) ?? text
                m.head = text
            } else {
                m.type = .place
                m.locative = true
            }
            m.gender = .neuter
        case .place:
            m.type = .place
            m.locative = true
        case .people:
            m.type = .group
            // "Machinists at Carrow Aerospace voted": the verb comes after where they are from.
            if !m.acting, !c.located, ctx.canBeSubject(c.range.lowerBound, start: start) {
                var k = c.range.upperBound
                if k < end, w.lowerWord(k, .prep) {
                    k += 1
                    if k < end, w.lowerWord(k, .det) { k += 1 }
                    let from = k
                    while k < end, w.isWord(k), w.flags[k].contains(.cap) || w.flags[k].contains(.allCaps) { k += 1 }
                    if k > from, ctx.actsAfter(k, end: end, plural: true) { m.acting = true }
                }
            }
            m.kind = c.entity?.kind == .demonymPlural ? .demonym : .name
            // "Cuban-Americans" is the group "Cuban Americans" names.
            if c.range.count == 1, c.entity == nil, text.contains("-") { m.name = text.replacingOccurrences(of: "-", with: " ") }
            m.head = text.lowercased()
            m.gender = .plural
            if let e = c.entity, e.kind == .demonymPlural { m.affiliation = countryName(e) }
        case .title:
            m.type = .person
            m.kind = .description
            m.span = w.span(c.range)
            m.name = w.text(c.range)
            m.head = c.titleHead
        case .modifier:
            // "Labour would scrap the plan": a word that qualifies roles ("labour minister"),
            // written with a capital in mid-sentence too, acting alone is a party or body.
            guard c.range.count == 1, !c.consumed, !w.has(c.name.lowerBound, .dropModifier), w.capSeen.contains(w.key[c.name.lowerBound]),
                  ctx.canBeSubject(c.range.lowerBound, start: start), ctx.actsAfter(c.range.upperBound, end: end, plural: false) else { return nil }
            // "renewed Republican calls for …", "the Democratic attempts": after another word, a
            // qualifier before an "-s" word qualifies that noun.
            let a = c.range.lowerBound, b = c.range.upperBound
            if a > start, w.flags[a - 1].contains(.lower), w.key[a - 1] != ActorWordKeys.andKey,
               b < end, w.flags[b].contains(.lower), w.s[w.t(b).span.end - 1] == "s" { return nil }
            m.type = .organization
            m.gender = .neuter
        case .demonym, .other:
            return nil
        }
        return m
    }

    /// Personal pronouns that may refer to actors; returns (token, mention index) pairs.
    func emitPronouns(into out: inout [Mention]) -> [(token: Int, mention: Int)] {
        var map: [(token: Int, mention: Int)] = []
        for k in sentence where w.has(k, .pronoun) && w.flags[k].contains(.word) {
            guard let p = lex.pronouns[w.key[k]], p.form == .subject || p.form == .possessive || p.form == .object else { continue }
            let f = w.flags[k]
            guard f.contains(.lower) || f.contains(.initial) else { continue }
            let acting = p.form == .subject && ctx.actsAfter(k + 1, end: sentence.upperBound, plural: p.gender == .plural)
            map.append((k, out.count))
            out.append(Mention(span: w.t(k).span, kind: .pronoun, type: .other, name: w.text(k).lowercased(),
                               gender: p.gender, acting: acting, quoted: f.contains(.quoted)))
        }
        return map
    }

    func emit(_ p: PhraseReader.Phrase, sc: SentenceChunks, pronouns: [(token: Int, mention: Int)], into out: inout [Mention]) {
        let head = w.text(p.head).lowercased()
        var type: ActorType = w.has(p.head, .groupNoun) || ResolverState.armedHeads.contains(head) || head == "family" ? .group
            : w.has(p.head, .orgNoun) ? .organization : .person
        // "a group of younger members": people, not an organisation.
        if type == .organization, lex.orgNounKinds[w.key[p.head]] == "any", p.objectStart != nil, p.objectChunk == nil,
           w.has(p.range.upperBound - 1, .groupNoun) { type = .group }
        // "the EU executive", "the union's executive": a body's executive with no role word
        // before it ("chief executive") is the body that runs it, not a person.
        if type == .person, Self.bodyOrPersonHeads.contains(w.key[p.head]), p.definite, p.ownerChunk != nil || p.roleStart != nil,
           p.head > p.nameStart, !w.has(p.head - 1, [.roleModifier, .title, .personNoun]) || w.flags[p.head - 1].contains(.possessive) {
            type = .organization
        }
        var m = Mention(span: w.span(p.range), kind: .description, type: type, name: name(of: p, sc: sc), head: head,
                        acting: p.acting, quoted: w.flags[p.range.lowerBound].contains(.quoted))
        m.count = p.count
        if type == .organization && !p.acting { m.governed = bodyGoverned(p) }
        m.gender = type == .group ? .plural : type == .organization ? .neuter : .unknown
        if w.has(p.head, .male) { m.gender = .male } else if w.has(p.head, .female) { m.gender = .female }
        // Where a group is ("candidates in Florida") does not own it.
        let placeObject = p.objectChunk.map { sc.chunks[$0].kind == .place || sc.chunks[$0].mention.map { out[$0].type == .place } == true } ?? false
        let ownerChunk = p.members.isEmpty ? p.ownerChunk ?? (placeObject ? nil : p.objectChunk) : nil
        if let ci = ownerChunk {
            m.owner = sc.chunks[ci].mention
            let a = w.text(sc.chunks[ci].name)
            m.affiliation = a.isEmpty ? nil : a
        }
        else if let k = p.ownerPronoun { m.owner = pronouns.first { $0.token == k }?.mention }
        m.members = p.members.compactMap { sc.chunks[$0].mention }
        m.appositive = p.apposed.flatMap { sc.chunks[$0].mention }
        // "the Russian government", "the US administration": the country itself.
        // "the Chinese foreign ministry" speaks for China, like its government.
        let foreignMinistry = w.key[p.head] == Self.ministryKey && p.head > p.nameStart && w.key[p.head - 1] == Self.foreignKey
        if Self.governmentHeads.contains(w.key[p.head]) || foreignMinistry {
            let country = (p.modifierChunks + (p.ownerChunk.map { [$0] } ?? [])).lazy
                .compactMap { sc.chunks[$0].entity }.first { $0.kind == .country || $0.kind == .demonym || $0.kind == .capital }
            if let e = country, let n = countryName(e) {
                type = .country
                m.type = .country; m.kind = .name; m.name = n; m.head = head; m.gender = .neuter
            }
        }
        if type == .person || type == .organization {
            var role = w.text(max(p.nameStart, p.roleStart ?? p.nameStart)..<(p.head + 1))
            // In apposition to a name, the role leaves out the name of its body ("spokeswoman"
            // for "a Commission spokeswoman"); the body is the affiliation.
            if m.appositive != nil, let ci = p.ownerChunk, sc.chunks[ci].range.upperBound <= p.head {
                let r = sc.chunks[ci].range
                let before = p.nameStart < r.lowerBound ? w.text(p.nameStart..<r.lowerBound) : ""
                // ("Twitter's director": the possessive goes with the body, not the role.)
                var from = r.upperBound
                while from < p.head, w.flags[from].contains(.possessive) { from += 1 }
                let after = w.text(from..<(p.head + 1))
                role = before.isEmpty ? after : before + " " + after
            }
            m.role = role.isEmpty ? nil : role
        }
        out.append(m)
    }

    /// The phrase without its determiner, with the object's role words left out ("forces loyal
    /// to Khalifa Haftar" for "forces loyal to eastern commander Khalifa Haftar").
    private func name(of p: PhraseReader.Phrase, sc: SentenceChunks) -> String {
        var skip: Range<Int> = 0..<0
        var objectName: Range<Int>?
        if let ci = p.objectChunk, var os = p.objectStart, p.members.isEmpty {
            let c = sc.chunks[ci]
            if os < c.range.lowerBound, w.key[os] == ActorWordKeys.theKey { os += 1 }   // keep "the"
            skip = os..<c.range.lowerBound
            if c.kind == .person { objectName = c.name }
        }
        var out = ""
        var k = p.nameStart
        // "the four-member Green group", "the 27-nation bloc": the size is no part of the name.
        while k < p.head, Self.isSizeWord(w.text(k)) { k += 1 }
        // "about 200 protesters", "roughly 340 officers": the crowd without its size.
        if let n = (k..<p.head).last(where: { w.t($0).kind == .number }) { k = n + 1 }
        // "many British voters", "some people": a group without how much of it.
        while k < p.head, w.lowerWord(k, .quant), PhraseReader.numbers[w.key[k]] == nil, w.key[k] != Self.otherKey { k += 1 }
        while k < p.range.upperBound {
            if skip.contains(k) { k += 1; continue }
            if let on = objectName, let ci = p.objectChunk, k == sc.chunks[ci].range.lowerBound {
                appendText(on, to: &out); k = sc.chunks[ci].range.upperBound; continue
            }
            appendText(k..<(k + 1), to: &out)
            k += 1
        }
        return out
    }

    /// "four-member", "27-nation", "two-year": a number joined to a noun by a hyphen.
    static func isSizeWord(_ t: String) -> Bool {
        guard let dash = t.firstIndex(of: "-") else { return false }
        let first = t[..<dash].lowercased()
        return first.allSatisfy(\.isNumber) && !first.isEmpty || PhraseReader.numbers[WordKey.folded(String(first))] != nil
    }

    private func appendText(_ r: Range<Int>, to out: inout String) {
        if !out.isEmpty && w.flags[r.lowerBound].contains(.spaceBefore) { out += " " }
        out += w.text(r)
    }
}
