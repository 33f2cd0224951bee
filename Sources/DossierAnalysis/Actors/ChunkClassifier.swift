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
        if let e = entity(r) { return fromEntity(r, e) }
        // Prefix: known names, modifiers and titles before the first name word.
        var affiliation: Range<Int>?
        var affiliationEntity: ActorLexicon.Entity?
        var roleTokens: [Int] = []
        var titleSeen = false
        var titleHead: String?
        var gender: Mention.Gender = .unknown
        var nameStart: Int?
        var k = r.lowerBound
        while k < r.upperBound {
            if let (end, e) = prefixEntity(at: k, limit: r.upperBound) {
                affiliation = k..<end; affiliationEntity = e; k = end; continue
            }
            let c = w.cls[k]
            if c.contains(.title) || c.contains(.courtesy) {
                titleSeen = true
                roleTokens.append(k)
                if let t = lex.titles[w.key[k]] {
                    if t.gender != .unknown { gender = t.gender }
                    if let role = t.role { titleHead = role }
                } else {
                    titleHead = w.text(k).lowercased()
                    if c.contains(.male) { gender = .male } else if c.contains(.female) { gender = .female }
                }
                k += 1; continue
            }
            if c.contains(.roleModifier) && !c.contains(.firstName) || (w.flags[k].contains(.lower) && c.contains(.connector)) {
                roleTokens.append(k); k += 1; continue
            }
            if c.contains(.cue) && !c.contains(.firstName) && nameStart == nil && !titleSeen { break }
            nameStart = k
            break
        }
        let last = r.upperBound - 1
        let lastIsCue = w.has(last, .cue) && !(r.count == 1 && w.has(last, .firstName))
            && (!titleSeen || lex.cueKinds[w.key[last]] != "place")
        let cueOf = cueBeforeOf(r)
        // Names ending in an organisation, place or event word ("Clinton Foundation", "Peace
        // Corps", "New York Times"), or with one before "of" ("University of Texas").
        if lastIsCue || cueOf != nil || (nameStart == nil && !titleSeen && r.contains(where: { w.has($0, .cue) })) {
            let cueWord = cueOf ?? (lastIsCue ? r.upperBound - 1 : r.last { w.has($0, .cue) }!)
            let kind = lex.cueKinds[w.key[cueWord]] ?? "org"
            var c = NameChunk(range: r, name: r, kind: kind == "place" ? .place : kind == "event" ? .other : .organization)
            c.cueKind = kind
            if let a = affiliation, a.lowerBound == r.lowerBound, a.upperBound < r.upperBound,
               let e = affiliationEntity, e.kind != .place {
                c.affiliation = a; c.affiliationEntity = affiliationEntity
            }
            return c
        }
        guard let n = nameStart else {
            if titleSeen {
                var c = NameChunk(range: r, name: r, kind: .title)
                c.role = roleText(roleTokens, before: r.upperBound)
                c.titleHead = titleHead
                c.affiliation = affiliation; c.affiliationEntity = affiliationEntity
                c.gender = gender
                return c
            }
            // Only modifiers and known names: the last known name decides ("Eastern Libya").
            if let a = affiliation, let e = affiliationEntity, a.upperBound == r.upperBound {
                var c = fromEntity(a, e)
                c.range = r
                return c
            }
            return NameChunk(range: r, name: r, kind: .modifier)
        }
        let name = n..<r.upperBound
        var c = NameChunk(range: r, name: name, kind: .single)
        c.affiliation = affiliation; c.affiliationEntity = affiliationEntity
        if titleSeen {
            c.kind = .person
            c.role = roleText(roleTokens, before: n)
            c.titleHead = titleHead
        } else if name.count >= 2 {
            c.kind = .person
        } else if w.flags[n].contains(.allCaps) && w.t(n).span.length <= 6 && !w.has(n, .firstName) {
            c.kind = .organization
        } else if w.has(n, .groupNoun) {
            c.kind = .people
        }
        if c.kind == .person || c.kind == .single {
            if gender == .unknown, name.count >= 2, w.has(n, .firstName) { gender = w.has(n, .female) ? .female : .male }
            c.gender = gender
        }
        return c
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

    private func fromEntity(_ r: Range<Int>, _ e: ActorLexicon.Entity) -> NameChunk {
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
            && (w.key[k + 1] == NameChunker.ofKey || w.key[k + 1] == NameChunker.forKey || w.key[k + 1] == NameChunker.onKey) {
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
