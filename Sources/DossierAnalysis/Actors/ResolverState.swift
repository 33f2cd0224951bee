/// The working state of `ActorResolver`: drafts, the draft of each mention, and the indices
/// that merging looks names up in (full name, surname, first name, acronym, shortened name).
struct ResolverState {
    let doc: Document
    let ms: [Mention]
    let lex: ActorLexicon
    var sentenceOf: [Int]
    var drafts: [ActorDraft] = []
    var draftOf: [Int?]
    var byKey: [String: Int] = [:]
    var bySurname: [String: [Int]] = [:]
    var byFirst: [String: [Int]] = [:]
    var byAcronym: [String: Int] = [:]
    var bySuffix: [String: Int] = [:]
    /// The draft a description-made draft belongs to ("forces loyal to Haftar" → Haftar).
    var ownerOf: [Int: Int] = [:]

    init(doc: Document, mentions: [Mention], lexicon: ActorLexicon) {
        self.doc = doc
        ms = mentions
        lex = lexicon
        draftOf = [Int?](repeating: nil, count: mentions.count)
        sentenceOf = mentions.map { doc.sentenceIndex(at: $0.span.start) ?? 0 }
    }

    mutating func draft(_ key: String, _ type: ActorType) -> Int {
        if let d = byKey[key] { return d }
        drafts.append(ActorDraft(type: type, key: key))
        byKey[key] = drafts.count - 1
        return drafts.count - 1
    }

    mutating func assign(_ i: Int, to d: Int) {
        draftOf[i] = d
        drafts[d].add(i, ms[i], sentence: sentenceOf[i])
    }

    // MARK: names

    mutating func mergeNames() {
        registerFullNamesAndOrganizations()
        for (i, m) in ms.enumerated() where m.kind != .pronoun && m.kind != .description {
            switch m.type {
            case .person, .other:
                let n = PersonName(m.name)
                if n.isFull && m.type == .person { assign(i, to: byKey["p:" + n.key]!) }
                else if let d = person(named: m.name.lowercased(), gender: m.gender, at: i) { assign(i, to: d) }
                else {
                    let d = draft("s:" + m.name.lowercased() + (m.gender == .female ? "/f" : ""), .other)
                    if !m.name.contains(" "), lex.wordClass(WordKey.folded(m.name)).contains(.firstName) { drafts[d].firstNameOnly = true }
                    assign(i, to: d)
                }
            case .organization:
                if m.kind != .acronym, !m.name.contains(" "), let d = person(named: m.name.lowercased(), gender: .unknown, at: i) {
                    assign(i, to: d)
                } else {
                    assign(i, to: organization(for: m))
                }
            case .country:
                assign(i, to: draft("c:" + m.name, .country))
            case .place:
                if !m.name.contains(" "), let d = person(named: m.name.lowercased(), gender: .unknown, at: i) { assign(i, to: d) }
                else { assign(i, to: draft("l:" + m.name.lowercased(), .place)) }
            case .group:
                assign(i, to: draft("g:" + m.name.lowercased(), .group))
            }
        }
    }

    /// Drafts for every full person name and organisation name, so that a surname or an
    /// acronym met before the full name still finds it.
    private mutating func registerFullNamesAndOrganizations() {
        for m in ms where m.kind != .pronoun && m.kind != .description {
            if m.type == .person {
                let n = PersonName(m.name)
                guard n.isFull else { continue }
                let key = "p:" + n.key
                let isNew = byKey[key] == nil
                let d = draft(key, .person)
                drafts[d].full = true
                if drafts[d].gender == .unknown, m.gender == .male || m.gender == .female { drafts[d].gender = m.gender }
                if isNew {
                    bySurname[n.surname, default: []].append(d)
                    byFirst[n.first, default: []].append(d)
                }
            } else if m.type == .organization && m.kind != .acronym {
                let d = draft("o:" + m.name.lowercased(), .organization)
                if drafts[d].orgKind == nil { drafts[d].orgKind = m.head }
                if lex.entities[WordKey.folded(m.name)] != nil { drafts[d].canonical = m.name }
            }
        }
        // Acronyms of multi-word organisation names, and their shortened forms ("Security Council").
        for (d, draft) in drafts.enumerated() where draft.type == .organization {
            let name = String(draft.key.dropFirst(2))
            let original = ms.first { $0.type == .organization && $0.name.lowercased() == name }?.name ?? name
            if let a = Self.acronym(of: original), byAcronym[a] == nil { byAcronym[a] = d }
            if let e = lex.entities[WordKey.folded(original)], e.kind == .org {
                for alias in lex.organizations[Int(e.index)].aliases { byAcronym[Self.normalizedAcronym(alias)] = d }
            }
            let words = name.split(separator: " ")
            if words.count >= 2 {
                for k in 1..<words.count {
                    let suffix = words[k...].joined(separator: " ")
                    bySuffix[suffix] = bySuffix[suffix] == nil ? d : -1
                }
            }
        }
    }

    private mutating func organization(for m: Mention) -> Int {
        let lower = m.name.lowercased()
        if let d = byKey["o:" + lower] { return d }
        if m.kind == .acronym, let d = byAcronym[Self.normalizedAcronym(m.name)] { return d }
        if let d = bySuffix[lower], d >= 0 { return d }
        let d = draft("o:" + lower, .organization)
        if drafts[d].orgKind == nil { drafts[d].orgKind = m.head }
        return d
    }

    /// The person a lone name refers to: among those with that surname (or else first name) and
    /// a compatible gender, the only one mentioned before, or the one mentioned in the last two
    /// sentences, or the most mentioned; one mentioned later if none came before.
    private func person(named word: String, gender: Mention.Gender, at i: Int) -> Int? {
        guard let cands = bySurname[word] ?? byFirst[word], !cands.isEmpty else { return nil }
        let pool = cands.filter { Self.compatible(gender, drafts[$0].gender) }
        guard !pool.isEmpty else { return nil }
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

    static func compatible(_ a: Mention.Gender, _ b: Mention.Gender) -> Bool {
        a == .unknown || b == .unknown || a == b
    }

    /// Initials of the capitalised words ("Agence France-Presse" → AFP), two letters or more.
    static func acronym(of name: String) -> String? {
        var out = ""
        for word in name.split(separator: " ") {
            for part in word.split(separator: "-") {
                guard let f = part.unicodeScalars.first, CharClass.isUpper(f) else { continue }
                out.unicodeScalars.append(f)
            }
        }
        return out.count >= 2 ? out : nil
    }

    static func normalizedAcronym(_ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.filter { $0 != "." }))
    }
}
