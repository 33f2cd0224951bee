/// Capitalised words before a name that change what the name is: qualifiers or a demonym before
/// one plain word make a body or a thing ("Western Journalism", "Latino Decisions", "Star Wars"),
/// and a descriptive word before a first name and a surname is the person's role ("DJ Beverly
/// Bond", "Crooked Hillary Clinton"), not part of the name.
extension ChunkClassifier {
    /// The body or place named by the whole run `r`, when its name part is one plain word at
    /// `n` after capitalised qualifiers; nil otherwise. A surname the article gives with a first
    /// name stays a person's ("Republican Cruz"), and so does a word after a role ("longtime
    /// aide Human Abedin"); a country's name before it may be a first name or a slogan's word
    /// ("America Ferrera", "Make America Great").
    func bodyAfterQualifiers(_ r: Range<Int>, name n: Int, _ p: Parts) -> NameChunk? {
        guard r.upperBound - n == 1, !p.titleSeen, n > r.lowerBound, !w.has(n, [.firstName, .groupNoun, .cue]),
              !w.surnameSeen.contains(w.key[n]), (r.lowerBound..<n).allSatisfy({ w.flags[$0].contains(.cap) }),
              !(r.lowerBound > 0 && w.lowerWord(r.lowerBound - 1, [.personNoun, .title])),
              p.affiliationEntity?.kind != .country else { return nil }
        // After direction words only ("West Yorkshire"): a place, a body only when it acts.
        let directed = (r.lowerBound..<n).allSatisfy { w.has($0, .dropModifier) }
        var o = NameChunk(range: r, name: r, kind: directed ? .place : .organization)
        o.weak = true
        return o
    }

    /// A local branch of a known kind of body, named by the place or words before it ("Harlow
    /// Chamber of Commerce", "Ohio Chamber of Commerce"): an organisation of its own under the
    /// whole run, not a person called "Harlow Chamber" nor the national body the lexicon names.
    func localBody(_ r: Range<Int>, _ p: Parts) -> NameChunk? {
        guard !p.titleSeen, let n = p.nameStart, r.upperBound - n >= 3, !w.has(n, [.firstName, .title, .courtesy]) else { return nil }
        for k in (n + 1)..<(r.upperBound - 1) {
            guard let (end, e) = chunker.longestEntity(at: k, limit: r.upperBound) else { continue }
            guard end == r.upperBound, e.kind == .org else { return nil }
            var o = NameChunk(range: r, name: r, kind: .organization)
            o.cueKind = lex.organizations[Int(e.index)].kind
            return o
        }
        return nil
    }

    /// Whether the word at `k`, first of the run `r`, says what the person named after it is:
    /// a word no lexicon knows, in capitals or written in lower case elsewhere in the article,
    /// before a first name and a surname (an unknown word alone may be a first name the list
    /// lacks: "Jamie Lee Curtis"; an initial is part of the name: "J. Edgar Hoover").
    func describesPerson(_ k: Int, in r: Range<Int>) -> Bool {
        guard r.upperBound - k >= 3, w.cls[k].isEmpty, w.flags[k].contains(.allCaps) || w.lowerSeen.contains(w.key[k]),
              w.has(k + 1, .firstName), w.flags[k + 1].contains(.cap), !w.has(k + 2, [.cue, .title]) else { return false }
        let sp = w.t(k).span
        return sp.length >= 2 && w.s[sp.end - 1] != "."
    }

    /// "Cuban-Americans", "Mexican-Americans": one word whose part after a hyphen is a people's
    /// plural name is a group, named as "Cuban Americans" is.
    func hyphenatedPeople(_ r: Range<Int>) -> NameChunk? {
        guard r.count == 1 else { return nil }
        let sp = w.t(r.lowerBound).span
        var h = sp.end - 1
        while h > sp.start && w.s[h] != "-" { h -= 1 }
        guard h > sp.start, h + 1 < sp.end, CharClass.isUpper(w.s[h + 1]),
              lex.entities[WordKey.folded(w.s, (h + 1)..<sp.end)]?.kind == .demonymPlural else { return nil }
        return NameChunk(range: r, name: r, kind: .people)
    }
}

extension ChunkClassifier {
    /// "Priorities USA", "Working America", "Southeast Manchester": capitalised words without a
    /// first name that end in a known place's name are no person (a person's surname is seldom
    /// a place without a first name before it): a part of the place when the words before it
    /// are words for parts ("southeast", "midtown"), else a body named for it.
    func namedForPlace(_ r: Range<Int>, _ name: Range<Int>) -> NameChunk? {
        let last = name.upperBound - 1
        guard let e = lex.entities[w.key[last]], e.kind == .place || e.kind == .country,
              !name.contains(where: { w.has($0, [.kin, .title, .courtesy, .firstName, .personNoun]) }) else { return nil }
        let part = (name.lowerBound..<last).allSatisfy { w.has($0, [.placeNoun, .dropModifier]) }
        var c = NameChunk(range: r, name: name, kind: part ? .place : .organization)
        c.weak = true
        return c
    }
}
