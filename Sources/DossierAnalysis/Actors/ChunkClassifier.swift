/// Takes a capitalised run apart, left to right: known names and title words first (the
/// affiliation and the role), then the name. "UN Secretary-General Antonio Guterres" →
/// affiliation UN, role Secretary-General, person Antonio Guterres; "Russian Foreign Ministry"
/// → an organisation (its last word is an organisation cue); "Eastern Libyan" → a demonym.
struct ChunkClassifier {
    let w: ArticleWords
    let lex: ActorLexicon
    let chunker: NameChunker

    init(_ w: ArticleWords) { self.w = w; self.lex = w.lex; self.chunker = NameChunker(w) }

    func classify(_ r: Range<Int>) -> NameChunk? {
        guard !r.isEmpty else { return nil }
        if r.count >= 2, commonCapitalCue(r.lowerBound) { return namedAfterCommonCue(r) }
        if let e = entity(r) { return fromEntity(r, e) }
        if let c = personAfterTitleOfBody(r) { return c }
        var p = Parts()
        readPrefix(r, &p)
        splitAtInnerTitle(r, &p)
        let last = r.upperBound - 1
        let cueLast = w.has(last, .cue) && !(r.count == 1 && w.has(last, .firstName))
            && !(p.titleSeen && (lex.cueKinds[w.key[last]] == "place" || (p.nameStart.map { $0 < last } ?? false)))
        let cueOf = cueBeforeOf(r)
        if !cueLast, let c = personAfterBody(r) { return c }
        // Names ending in an organisation, place or event word ("Clinton Foundation", "Peace
        // Corps", "New York Times"), or with one before "of" ("University of Texas").
        if cueLast || cueOf != nil || (p.nameStart == nil && !p.titleSeen && r.contains(where: { w.has($0, .cue) })) {
            var cueWord = cueOf ?? (cueLast ? last : r.last { w.has($0, .cue) }!)
            // "Fraternal Order of Police": a body's word after the "of" outranks an event's before it.
            if let k = lex.cueKinds[w.key[cueWord]], k == "event" || k == "place",
               let later = r.last(where: { $0 > cueWord && w.has($0, .cue) && lex.cueKinds[w.key[$0]].map { $0 != "event" && $0 != "place" } == true }) {
                cueWord = later
            }
            let kind = lex.cueKinds[w.key[cueWord]] ?? "org"
            var c = NameChunk(range: r, name: r, kind: kind == "place" ? .place : kind == "event" ? .other : .organization)
            c.cueKind = kind
            c.weak = r.count == 1
            if let a = p.affiliation, a.lowerBound == r.lowerBound, a.upperBound < r.upperBound,
               let e = p.affiliationEntity, e.kind != .place {
                c.affiliation = a; c.affiliationEntity = e
            }
            return c
        }
        if let c = localBody(r, p) { return c }
        guard let n = p.nameStart else {
            if p.titleSeen {
                var c = NameChunk(range: r, name: r, kind: .title)
                c.role = roleText(p.roleTokens, before: r.upperBound)
                c.titleHead = p.titleHead
                c.affiliation = p.affiliation; c.affiliationEntity = p.affiliationEntity
                c.gender = p.gender
                return c
            }
            // Only modifiers and known names: the last known name decides ("Eastern Libya").
            if let a = p.affiliation, let e = p.affiliationEntity, a.upperBound == r.upperBound {
                var c = fromEntity(a, e)
                c.range = r
                // "Cuban Americans", "African Americans": qualifiers before a people's plural name them with it.
                if e.kind == .demonymPlural { c.name = r }
                return c
            }
            return NameChunk(range: r, name: r, kind: .modifier)
        }
        // "Minister for Consular Affairs": words after a title's "for"/"of" complete the title.
        if p.titleSeen, n > r.lowerBound, w.flags[n - 1].contains(.lower), w.has(n - 1, .connector), !w.has(n, .firstName) {
            var c = NameChunk(range: r, name: r, kind: .title)
            c.role = roleText(p.roleTokens + Array(n..<r.upperBound), before: r.upperBound)
            c.titleHead = p.titleHead
            c.affiliation = p.affiliation; c.affiliationEntity = p.affiliationEntity
            return c
        }
        let name = n..<r.upperBound
        // "Spanish-language", "Texas-based": an adjective, no name.
        if r.count == 1, Self.isHyphenAdjective(w.s, w.t(n).span) { return NameChunk(range: r, name: name, kind: .modifier) }
        if let people = hyphenatedPeople(r) { return people }
        if let o = bodyAfterQualifiers(r, name: n, p) { return o }
        if let tail = bodyNameTail(r, name: name, p) { return tail }
        var c = NameChunk(range: r, name: name, kind: .single)
        c.affiliation = p.affiliation; c.affiliationEntity = p.affiliationEntity
        let first = w.has(n, .firstName)
        if let common = commonNounsNoPerson(r, name: name, titled: p.titleSeen) { return common }
        if p.titleSeen {
            c.kind = .person
            c.role = roleText(p.roleTokens, before: n)
            c.titleHead = p.titleHead
        } else if name.count >= 2 {
            // "Make America Great", "Combine Clinton": a verb is no first name.
            // "Correct the Record": a verb, "the" and a noun name a group or campaign.
            if !first, chunker.isImperativeName(name) {
                var body = NameChunk(range: r, name: name, kind: .organization)
                body.weak = true
                return body
            }
            if w.has(n, .verb) && !first { return NameChunk(range: r, name: name, kind: .other) }
            // "Chicago-based AbbVie", "Dublin-based Shire": what is based somewhere is a firm.
            if let firm = basedFirm(r, name) { return firm }
            // "Insurgent Democratic candidates": a run ending in a qualifier names no one.
            if !first, w.has(name.upperBound - 1, .roleModifier), !w.has(name.upperBound - 1, [.firstName, .cue, .title]) {
                return NameChunk(range: r, name: name, kind: .modifier)
            }
            if !first, let body = namedForPlace(r, name) { return body }
            c.kind = .person
            let initial = name.contains { k in w.t(k).span.length == 2 && w.s[w.t(k).span.end - 1] == "." }
            c.weak = !first && !initial
        } else if w.flags[n].contains(.allCaps) && w.t(n).span.length <= 6 && !first {
            c.kind = .organization
            c.weak = true
        } else if !first && Self.looksLikeBrand(w.s, w.t(n).span) {
            // CrowdTangle, YouGov, Mic.com: a company or outlet, not a person, when it speaks.
            c.kind = .organization
            c.weak = true
        } else if w.has(n, .groupNoun) {
            c.kind = .people
            // "Senate Democrats", "Iowa Republicans": the body or place before the plural names
            // the group with it, not a second actor.
            if let a = p.affiliation, a.upperBound == n, name.count == 1 { c.name = a.lowerBound..<r.upperBound }
            // "joined Labour and the Liberal Democrats": capitalised qualifiers before a plural
            // for a party's people, in mid-sentence, name a party.
            if n > r.lowerBound, !w.flags[r.lowerBound].contains(.initial), p.affiliation == nil,
               (r.lowerBound..<n).allSatisfy({ w.has($0, .roleModifier) && !w.has($0, [.dropModifier, .title]) }) {
                var o = NameChunk(range: r, name: r, kind: .organization)
                o.cueKind = "party"
                return o
            }
        }
        if c.kind == .person || c.kind == .single {
            // A first name given to both ("Marty", "Leslie") says nothing of the pronoun.
            if p.gender == .unknown, name.count >= 2, first { p.gender = w.has(n, .female) ? .female : w.has(n, .male) ? .male : .unknown }
            c.gender = p.gender
        }
        return c
    }

    /// "Council on American-Islamic Relations Executive Director Nihad Awad": a body's name, a
    /// title and a first name: the person, with the body as affiliation and the title as role.
    private func personAfterBody(_ r: Range<Int>) -> NameChunk? {
        guard r.count >= 4, let t = r.last(where: { w.has($0, .title) && !w.has($0, [.firstName, .cue]) }),
              t + 2 <= r.upperBound, w.has(t + 1, .firstName) || r.upperBound - t >= 3 && !((t + 1)..<r.upperBound).contains(where: { w.has($0, [.cue, .title]) }),
              (r.lowerBound..<t).contains(where: { w.has($0, .cue) }) else { return nil }
        var roleStart = t
        while roleStart > r.lowerBound + 1 && w.has(roleStart - 1, [.roleModifier, .title]) && !w.has(roleStart - 1, [.firstName, .cue]) { roleStart -= 1 }
        guard roleStart > r.lowerBound, (r.lowerBound..<roleStart).contains(where: { w.has($0, .cue) }) else { return nil }
        var p = Parts()
        for k in roleStart...t {
            if w.has(k, [.title, .courtesy]) { takeTitle(k, &p) } else { p.roleTokens.append(k) }
        }
        var c = NameChunk(range: r, name: (t + 1)..<r.upperBound, kind: .person)
        c.affiliation = r.lowerBound..<roleStart
        c.affiliationEntity = entity(r.lowerBound..<roleStart)
        c.role = roleText(p.roleTokens, before: t + 1)
        c.titleHead = p.titleHead
        let unisex = w.has(t + 1, .firstName) && !w.has(t + 1, [.male, .female])
        c.gender = p.gender == .unknown ? (w.has(t + 1, .female) ? .female : unisex ? .unknown : .male) : p.gender
        return c
    }

    /// What the left-to-right reading of a run found before the name.
    struct Parts {
        var affiliation: Range<Int>?
        var affiliationEntity: ActorLexicon.Entity?
        var roleTokens: [Int] = []
        var titleSeen = false
        var titleHead: String?
        var gender: Mention.Gender = .unknown
        var nameStart: Int?
    }

    /// Known names, modifiers and titles before the first name word.
    private func readPrefix(_ r: Range<Int>, _ p: inout Parts) {
        var k = r.lowerBound
        while k < r.upperBound {
            // "Economist Sara Lind" at the start of a sentence: a noun for what she does, not
            // the newspaper.
            if w.flags[k].contains(.initial), w.has(k, [.personNoun, .title]), !w.has(k, .firstName), k + 1 < r.upperBound,
               w.has(k + 1, .firstName) {
                if w.has(k, [.title, .courtesy]) { takeTitle(k, &p) } else { p.titleSeen = true; p.roleTokens.append(k); p.titleHead = w.text(k).lowercased() }
                k += 1; continue
            }
            if let (end, e) = prefixEntity(at: k, limit: r.upperBound) {
                p.affiliation = k..<end; p.affiliationEntity = e; k = end; continue
            }
            let c = w.cls[k]
            if c.contains(.title) || c.contains(.courtesy) {
                takeTitle(k, &p); k += 1; continue
            }
            // "Committee to Protect Journalists": an organisation word before "to" names the body.
            if c.contains(.cue), !p.titleSeen, k + 1 < r.upperBound, w.flags[k + 1].contains(.lower), w.key[k + 1] == ActorWordKeys.toKey { break }
            if c.contains(.roleModifier) && !c.contains(.firstName) || (w.flags[k].contains(.lower) && c.contains(.connector)) {
                p.roleTokens.append(k); k += 1; continue
            }
            if c.contains(.cue) && !c.contains(.firstName) && !p.titleSeen {
                // "Year Barack Obama": an organisation word before a first name belongs to neither.
                if k + 1 < r.upperBound && w.has(k + 1, .firstName) && !w.has(k + 1, .cue) { k += 1; p.roleTokens = []; continue }
                break
            }
            if k == r.lowerBound, describesPerson(k, in: r) {
                p.titleSeen = true; p.roleTokens.append(k); p.titleHead = w.text(k).lowercased()
                k += 1; continue
            }
            p.nameStart = k
            break
        }
    }

    private func takeTitle(_ k: Int, _ p: inout Parts) {
        let c = w.cls[k]
        p.titleSeen = true
        p.roleTokens.append(k)
        if let t = lex.titles[w.key[k]] {
            if t.gender != .unknown { p.gender = t.gender }
            if let role = t.role { p.titleHead = role }
        } else {
            p.titleHead = w.text(k).lowercased()
            if c.contains(.male) { p.gender = .male } else if c.contains(.female) { p.gender = .female }
        }
    }

    /// A title inside what looked like the name ("Atlantic City Mayor Don Guardian", "Acme Corp.
    /// CEO John Smith", "Sirius XM Vice President"): the words before it are the affiliation.
    /// A name that starts with a first name keeps its titles ("Martin Luther King Jr.").
    private func splitAtInnerTitle(_ r: Range<Int>, _ p: inout Parts) {
        guard let n = p.nameStart, !w.has(n, .firstName) else { return }
        guard let t = (n..<r.upperBound).last(where: { w.has($0, .title) && !w.has($0, [.firstName, .cue]) }), t > n else { return }
        var roleStart = t
        while roleStart > n + 1 && w.has(roleStart - 1, [.roleModifier, .title]) && !w.has(roleStart - 1, .firstName) { roleStart -= 1 }
        let rest = (t + 1)..<r.upperBound
        guard rest.isEmpty || rest.contains(where: { !w.has($0, [.title, .roleModifier, .cue]) }) else { return }
        p.affiliation = n..<roleStart
        p.affiliationEntity = entity(n..<roleStart)
        p.roleTokens = []
        for k in roleStart...t {
            if w.has(k, [.title, .courtesy]) { takeTitle(k, &p) } else { p.roleTokens.append(k) }
        }
        // "High Commissioner for Refugees": a connector right after the title joins what follows
        // to the title, as in "Minister for Consular Affairs"; no name starts at "for".
        if rest.count >= 2, w.flags[rest.lowerBound].contains(.lower), w.has(rest.lowerBound, .connector) {
            p.roleTokens.append(rest.lowerBound)
            p.nameStart = rest.lowerBound + 1
            return
        }
        p.nameStart = rest.isEmpty ? nil : rest.lowerBound
    }

    /// A lexicon name covering the whole run, or an all-capital abbreviation.
    func entity(_ r: Range<Int>) -> ActorLexicon.Entity? {
        if r.count == 1 {
            if w.flags[r.lowerBound].contains(.allCaps) || w.t(r.lowerBound).span.length <= 4,
               let e = lex.abbreviations[w.exact[r.lowerBound]] { return e }
            return lex.entities[w.key[r.lowerBound]]
        }
        return lex.entities[w.phraseKey(r)] ?? lex.abbreviations[w.phraseKey(r, exactCase: true)]
    }

    /// A known name at `k` inside a run: the longest lexicon phrase, or one known word.
    private func prefixEntity(at k: Int, limit: Int) -> (Int, ActorLexicon.Entity)? {
        if let (end, e) = chunker.longestEntity(at: k, limit: limit) { return (end, e) }
        if let e = entity(k..<(k + 1)) { return (k + 1, e) }
        return nil
    }

    func fromEntity(_ r: Range<Int>, _ e: ActorLexicon.Entity) -> NameChunk {
        let kind: NameChunk.Kind
        switch e.kind {
        case .country: kind = .country
        case .demonym: kind = .demonym
        case .demonymPlural: kind = .people
        case .capital: kind = .capital
        case .seat: kind = .seat
        case .place: kind = .place
        case .org: kind = .organization
        }
        var c = NameChunk(range: r, name: r, kind: kind, entity: e)
        if e.kind == .org { c.cueKind = lex.organizations[Int(e.index)].kind }
        return c
    }

    /// An organisation word followed by "of"/"for" inside the run ("Ministry of Defense").
    private func cueBeforeOf(_ r: Range<Int>) -> Int? {
        for k in r where k + 1 < r.upperBound && w.has(k, .cue) && w.flags[k + 1].contains(.lower)
            && (w.key[k + 1] == ActorWordKeys.ofKey || w.key[k + 1] == ActorWordKeys.forKey || w.key[k + 1] == ActorWordKeys.onKey) {
            return k
        }
        return nil
    }

    /// Role words as written, skipping direction words ("Eastern") and anything before the
    /// affiliation; nil for courtesy titles alone ("Mr.").
    func roleText(_ tokens: [Int], before end: Int) -> String? {
        var parts: [String] = []
        var meaningful = false
        for k in tokens where k < end && !w.has(k, .dropModifier) {
            if w.has(k, .courtesy), lex.titles[w.key[k]]?.role == nil { continue }
            parts.append(w.text(k))
            meaningful = true
        }
        while let l = parts.last, ["of", "for", "the", "on"].contains(l) { parts.removeLast() }
        return meaningful && !parts.isEmpty ? parts.joined(separator: " ") : nil
    }
}
