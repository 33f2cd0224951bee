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
        for sentence in w.doc.sentences {
            let range = sentence.tokenRange
            guard !range.isEmpty else { continue }
            var sc = SentenceChunks(chunker.chunks(in: range), range: range)
            readRoles(&sc, roles: roles, end: range.upperBound)
            var found: [PhraseReader.Phrase] = []
            for k in range where phrases.isHead(k, end: range.upperBound, sc: sc) {
                let p = phrases.read(head: k, in: sc, sentence: range)
                if keeps(p, w: w, sc: sc) {
                    found.append(p)
                    for ci in p.modifierChunks { sc.chunks[ci].consumed = true }
                }
            }
            let emitter = MentionEmitter(w: w, ctx: ctx, sentence: range)
            emitter.emitChunks(&sc, into: &out)
            let pronouns = emitter.emitPronouns(into: &out)
            for p in found { emitter.emit(p, sc: sc, pronouns: pronouns, into: &out) }
        }
        return Self.sorted(out)
    }

    private func readRoles(_ sc: inout SentenceChunks, roles: RoleReader, end: Int) {
        for ci in sc.chunks.indices where sc.chunks[ci].kind == .person || sc.chunks[ci].kind == .single {
            var f = roles.before(ci, in: &sc)
            if f == nil { f = roles.after(ci, in: &sc, end: end) }
            guard let found = f else { continue }
            var c = sc.chunks[ci]
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

    /// A phrase is kept when it acts or speaks, when it is a definite description of a person or
    /// organisation (the resolver matches it to an actor), when it lists its members, or when it
    /// belongs to a named actor ("Haftar’s force", "forces loyal to X", "the Trump campaign").
    private func keeps(_ p: PhraseReader.Phrase, w: ArticleWords, sc: SentenceChunks) -> Bool {
        if p.acting || p.members.count >= 2 { return true }
        let owned = p.ownerChunk != nil || p.objectChunk != nil || p.ownerPronoun != nil
        if w.has(p.head, .orgNoun) && owned && Self.speakingBodies.contains(w.key[p.head]) { return true }
        if w.has(p.head, .groupNoun) && owned && Self.armed.contains(w.key[p.head]) { return true }
        if p.definite && w.has(p.head, [.personNoun, .orgNoun]) && !w.has(p.head, .groupNoun) { return true }
        if p.definite && p.count != nil { return true }
        return false
    }

    /// Organisations that speak for their owner ("the Trump campaign", "his office").
    static let speakingBodies: Set<UInt64> = Set(["campaign", "office", "administration", "government", "team", "staff", "camp",
                                                  "foundation", "company", "firm", "embassy", "ministry", "army", "military",
                                                  "force", "militia", "newspaper", "network", "spokesman", "spokeswoman",
                                                  "lawyers", "attorneys", "aides", "advisers"].map(WordKey.folded))

    static let armed: Set<UInt64> = Set(["forces", "troops", "fighters", "militias", "militiamen", "soldiers", "rebels",
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
            return m
        }
    }
}
