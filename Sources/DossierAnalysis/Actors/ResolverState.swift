/// The working state of `ActorResolver`: drafts, the draft of each mention, and the indices
/// that merging looks names up in (full name, surname, first name, acronym, shortened name).
struct ResolverState {
    let doc: Document
    let ms: [Mention]
    let lex: ActorLexicon
    var sentenceOf: [Int]
    var drafts: [ActorDraft] = []
    var draftOf: [Int?]
    var byKey = KeyMap<Int>(capacity: 64)
    var bySurname = KeyMap<[Int]>(capacity: 32)
    var byFirst = KeyMap<[Int]>(capacity: 32)
    var byAcronym: [String: Int] = [:]
    var bySuffix = KeyMap<Int>(capacity: 32)
    /// Names of three words and more by their last two ("peña nieto"); a key seen is -1 until drafted.
    var byCompoundSurname: [UInt64: Int] = [:]
    var byPrefix = KeyMap<Int>(capacity: 16)
    /// Organisation drafts by folded name, for names typed as persons that an organisation bears.
    var orgByName = KeyMap<Int>(capacity: 32)
    /// The draft a description-made draft belongs to ("forces loyal to Haftar" → Haftar).
    var ownerOf: [Int: Int] = [:]
    /// Named bodies by their owner's surname and noun ("Clinton campaign"): `mergeOwnedBodies`.
    var bodiesByOwner: [UInt64: Int] = [:]
    /// Each person mention's name taken apart once.
    var personNames: [PersonName?]
    /// An organisation draft's name as first written (for its initials).
    var writtenName: [Int: String] = [:]
    /// The first name and surname of each person named in full, as written, for misspellings.
    var spellings: [Spelling] = []

    init(doc: Document, mentions: [Mention], lexicon: ActorLexicon) {
        self.doc = doc
        ms = mentions
        lex = lexicon
        draftOf = [Int?](repeating: nil, count: mentions.count)
        sentenceOf = Self.sentences(of: mentions, in: doc)
        personNames = mentions.indices.map { i in
            mentions[i].kind != .pronoun && mentions[i].kind != .description && (mentions[i].type == .person || mentions[i].type == .other)
                ? PersonName(mentions[i].name, lexicon: lexicon) : nil
        }
    }

    /// A draft key: a kind letter ("p" person, "o" organisation, "c" country, "l" place, "g"
    /// group, "s" lone name, "d" description, "m" listed group) and the folded name. An
    /// organisation's key ignores a plural "s" ending a word: "the Federal Elections Commission"
    /// is the Federal Election Commission, misspelt.
    static func key(_ kind: Unicode.Scalar, _ name: String) -> UInt64 {
        var h = WordKey.mix(WordKey.seed, kind.value)
        h = WordKey.mix(h, 58)
        let plural = kind == "o"
        var it = name.unicodeScalars.makeIterator()
        var previous: Unicode.Scalar = " "
        var pending: Unicode.Scalar? = it.next()
        while let u = pending {
            pending = it.next()
            if plural, u == "s", previous != "s", CharClass.isLower(previous), pending == nil || pending == " " { previous = u; continue }
            h = WordKey.mix(h, WordKey.fold(u))
            previous = u
        }
        return h
    }

    static func personKey(_ n: PersonName) -> UInt64 { WordKey.mix(n.key, 112) }

    static func hasSpace(_ s: String) -> Bool { s.utf8.contains(32) }

    mutating func draft(_ key: UInt64, _ type: ActorType) -> Int {
        if let d = byKey[key] { return d }
        drafts.append(ActorDraft(type: type, key: key))
        byKey[key] = drafts.count - 1
        return drafts.count - 1
    }

    mutating func assign(_ i: Int, to d: Int) {
        draftOf[i] = d
        drafts[d].add(i, of: ms, sentence: sentenceOf[i])
    }

    // MARK: names

    mutating func mergeNames() {
        registerFullNamesAndOrganizations()
        // "his wife, Ghazala Khan": a gendered description in apposition gives the name its
        // gender before "Mrs. Khan" and "Mr. Khan" choose between two Khans.
        var apposedGender: [Int: Mention.Gender] = [:]
        for i in ms.indices where ms[i].kind == .description && (ms[i].gender == .male || ms[i].gender == .female) {
            if let n = ms[i].appositive { apposedGender[n] = ms[i].gender }
        }
        let shadows = surnameShadows()
        for i in ms.indices where ms[i].kind != .pronoun && ms[i].kind != .description {
            // (The fields it needs, not a copy of the whole mention.)
            let name = ms[i].name, type = ms[i].type, weak = ms[i].weak, gender = ms[i].gender, kind = ms[i].kind
            switch type {
            case .person, .other:
                let n = personNames[i]!
                // One word: its folded key is the name's first-word hash.
                let f = n.isFull ? WordKey.folded(name) : n.first
                if (!n.isFull || weak || type == .other), let d = orgByName[f] {
                    // "Maison Albret declined": named before as an organisation.
                    assign(i, to: d)
                }
                else if n.isFull && type == .person, let d = nameVariantOwner(i) {
                    // "Crazy Bernie" for Bernie Sanders, "Peña Nieto" for Enrique Peña Nieto; a
                    // nickname never names the actor.
                    assign(i, to: d)
                    if isNickname(i), drafts[d].names.contains(where: { $0 != name }) { drafts[d].names.removeAll { $0 == name } }
                }
                else if n.isFull && type == .person {
                    let d = draft(Self.personKey(n), .person)
                    assign(i, to: d)
                    if drafts[d].gender == .unknown, let g = apposedGender[i] { drafts[d].gender = g }
                }
                else if !n.isFull, gender == .unknown, let g = shadows[f] {
                    // "President Obama" where "Mr. Obama" is not the Michelle Obama named in full:
                    // the surname alone names the other Obama.
                    assign(i, to: draft(Self.key(g == .female ? "f" : "s", name), .other))
                }
                else if let d = person(named: f, gender: gender, at: i) {
                    // Named again by the surname alone: a person the article follows.
                    if bySurname[f]?.contains(d) == true { drafts[d].strong = true }
                    assign(i, to: d)
                }
                else if !n.isFull, let d = byPrefix[f], d >= 0 {
                    // "Halvorsen" for "Halvorsen Group".
                    assign(i, to: d)
                }
                else if !n.isFull, let d = misspelt(surname: name, key: f) {
                    // "Keidis" in an article about Anthony Kiedis.
                    assign(i, to: d)
                }
                else if !n.isFull, let d = initialsWrittenAsWord(name) {
                    // "The Rhcp offered" after "Red Hot Chili Peppers".
                    assign(i, to: d)
                }
                else {
                    let d = draft(Self.key(gender == .female ? "f" : "s", name), .other)
                    if !Self.hasSpace(name), lex.wordClass(f).contains(.firstName) { drafts[d].firstNameOnly = true }
                    assign(i, to: d)
                }
            case .organization:
                if kind != .acronym, !Self.hasSpace(name), let d = person(named: WordKey.folded(name), gender: .unknown, at: i) {
                    assign(i, to: d)
                } else {
                    assign(i, to: organization(for: ms[i]))
                }
            case .country:
                assign(i, to: draft(Self.key("c", name), .country))
            case .place:
                if !Self.hasSpace(name), let d = person(named: WordKey.folded(name), gender: .unknown, at: i) { assign(i, to: d) }
                else { assign(i, to: draft(Self.key("l", name), .place)) }
            case .group:
                assign(i, to: draft(Self.key("g", name), .group))
            }
        }
    }

    /// "Republicans" and "Democrats" in an article that names the party ("the GOP", "the
    /// Democratic Party"): the party's people are the party, one actor.
    mutating func mergePartyPeople() {
        for d in drafts.indices where drafts[d].type == .group && !drafts[d].mentions.isEmpty {
            guard let name = drafts[d].names.first, name.hasSuffix("s"), !Self.hasSpace(name) else { continue }
            let singular = String(name.dropLast())
            var party: Int?
            for n in [singular + " Party", singular + "ic Party"] {
                if let o = byKey[Self.key("o", n)], drafts[o].type == .organization, !drafts[o].mentions.isEmpty { party = o; break }
            }
            guard let p = party else { continue }
            let moved = drafts[d].mentions
            drafts[d].mentions = []
            drafts[d].nameMentions = 0
            drafts[d].names = []
            for i in moved { assign(i, to: p) }
        }
    }

    /// Surnames that a title of gender ("Mr. Obama") gives to someone other than every person
    /// named in full with it ("Michelle Obama"): two people share the surname, and when the
    /// article calls that other one by it more often than the one named in full ("Mr. Obama"
    /// five times, "Mrs. Obama" once; not "Mrs. Trump" beside many "Mr. Trump"), the surname
    /// alone is the other's. The gender of that other person, by surname key.
    private func surnameShadows() -> [UInt64: Mention.Gender] {
        var votes: [UInt64: (other: Int, named: Int, gender: Mention.Gender)] = [:]
        for i in ms.indices where ms[i].type == .person && ms[i].kind != .pronoun && ms[i].kind != .description {
            let g = ms[i].gender
            guard g == .male || g == .female, let n = personNames[i], !n.isFull, let namesakes = bySurname[n.first],
                  !namesakes.isEmpty else { continue }
            var v = votes[n.first] ?? (0, 0, .unknown)
            if namesakes.contains(where: { Self.compatible(g, drafts[$0].gender) }) { v.named += 1 }
            else if v.gender == .unknown || v.gender == g { v.other += 1; v.gender = g }
            votes[n.first] = v
        }
        var out: [UInt64: Mention.Gender] = [:]
        for (k, v) in votes where v.other > v.named { out[k] = v.gender }
        return out
    }

    private mutating func organization(for m: Mention) -> Int {
        let key = Self.key("o", m.name)
        let f = WordKey.folded(m.name)
        // "the Harbour Authority" after "the Port Carrick Harbour Authority": the same body;
        // not a name the lexicon knows ("Democratic Party" is not the "New York Democratic Party").
        if lex.entities[f] == nil, let d = bySuffix[f], d >= 0 { return d }
        if lex.entities[f] != nil, let d = placedBody(for: m) { return d }
        if let d = bodyAfterSurname(m) { return d }
        if let d = byKey[key] { return d }
        if let d = bySuffix[f], d >= 0 { return d }
        if m.kind == .acronym, let d = byAcronym[Self.normalizedAcronym(m.name)] { return d }
        let d = draft(key, .organization)
        if drafts[d].orgKind == nil { drafts[d].orgKind = m.head }
        return d
    }

    /// The person a lone name refers to: among those with that surname (or else first name) and
    /// a compatible gender, the only one mentioned before, or the one mentioned in the last two
    /// sentences, or the most mentioned; one mentioned later if none came before.
    private func person(named word: UInt64, gender: Mention.Gender, at i: Int) -> Int? {
        guard let cands = bySurname[word] ?? byFirst[word] ?? byFormalFirst(word), !cands.isEmpty else { return nil }
        var pool = cands.filter { Self.compatible(gender, drafts[$0].gender) }
        guard !pool.isEmpty else { return nil }
        // "Mrs. Khan" between Khizr Khan and his wife: the one known to be a woman.
        if gender == .male || gender == .female, pool.count > 1 {
            let same = pool.filter { drafts[$0].gender == gender }
            if !same.isEmpty { pool = same }
        }
        let start = ms[i].span.start
        let before = pool.filter { drafts[$0].first < start }
        if before.isEmpty { return pool.min { drafts[$0].first < drafts[$1].first } }
        if before.count == 1 { return before[0] }
        let s = sentenceOf[i]
        return before.max { a, b in
            let sa = drafts[a].count + (drafts[a].lastSentence >= s - 1 ? 3 : 0)
            let sb = drafts[b].count + (drafts[b].lastSentence >= s - 1 ? 3 : 0)
            return sa != sb ? sa < sb : drafts[a].lastSentence < drafts[b].lastSentence
        }
    }

    /// Sentence of each mention, walking mentions and sentences together (both in text order).
    static func sentences(of ms: [Mention], in doc: Document) -> [Int] {
        var out = [Int](repeating: 0, count: ms.count)
        var s = 0
        for i in ms.indices {
            let start = ms[i].span.start
            if s < doc.sentences.count, start < doc.sentences[s].span.start {
                out[i] = doc.sentenceIndex(at: start) ?? 0   // not in order: search
                continue
            }
            while s + 1 < doc.sentences.count && doc.sentences[s].span.end <= start { s += 1 }
            out[i] = s
        }
        return out
    }

    static func compatible(_ a: Mention.Gender, _ b: Mention.Gender) -> Bool {
        a == .unknown || b == .unknown || a == b
    }

    /// The word ending at `space` is a lower-case connector ("of" in "Library of Congress"):
    /// what follows is not a shortened name of the whole.
    static func afterConnector(_ s: [Unicode.Scalar], _ space: Int) -> Bool {
        var a = space
        while a > 0 && s[a - 1] != " " { a -= 1 }
        guard a < space, CharClass.isLower(s[a]) else { return false }
        return connectorKeys.contains(WordKey.exact(s, a..<space))
    }

    static let connectorKeys: KeySet = KeySet(["of", "for", "on", "and", "the", "de", "du", "des", "la", "le"].map { WordKey.exact($0) })

    /// Initials of the capitalised words ("Agence France-Presse" → AFP), two letters or more.
    static func acronym(of name: String) -> String? {
        // The first scalar of each part between spaces and hyphens, read in one pass over the
        // scalars: splitting into substrings cost more than the rest of the registry.
        var out = String.UnicodeScalarView()
        var atStart = true
        for u in name.unicodeScalars {
            if u == " " || u == "-" { atStart = true; continue }
            if atStart, CharClass.isUpper(u) { out.append(u) }
            atStart = false
        }
        return out.count >= 2 ? String(out) : nil
    }

    static func normalizedAcronym(_ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.filter { $0 != "." }))
    }
}
