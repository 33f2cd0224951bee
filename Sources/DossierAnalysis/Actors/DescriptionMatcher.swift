/// Decides whether a description ("the UN chief", "the Kremlin spokesman", "the senator", "the
/// newspaper", "the five governments") fits an actor's profile: the head noun must match one of
/// its role heads (a generic "chief"/"head"/"leader" matches any head-of-something role), its
/// organisation kind or its group noun, and every qualifying word must be among its words.
struct DescriptionMatcher {
    let lex: ActorLexicon

    static let genericLeaders: Set<String> = ["chief", "head", "leader", "boss", "top official"]

    /// Words before a head that do not say which one ("the former minister", "a federal judge").
    static let unqualifying: Set<String> = ["former", "then", "top", "senior", "new", "current", "also",
                                            "national", "federal", "local", "regional"]

    struct Query {
        var head: String
        var qualifiers: [UInt64]
        var count: Int?
        var isPerson: Bool
        var isOrg: Bool
        var isGroup: Bool
        /// Owned by another person ("his Democratic rival"): a party word need not be among
        /// the person's words, only not the other party.
        var partyMayBeUnstated = false
    }

    /// Builds the query from a description's text: the words before the head that say which
    /// one ("United Nations", "Kremlin", "Republican"), minus determiners, numbers and direction
    /// words.
    func query(text: String, head: String, count: Int?) -> Query {
        let headWord = lex.titles[WordKey.folded(head)]?.role ?? head
        let headKey = WordKey.folded(head), headWordKey = WordKey.folded(headWord)
        let hc = lex.wordClass(headKey)
        let isPerson = hc.contains(.personNoun) || hc.contains(.title) || hc.contains(.courtesy)
        var quals: [UInt64] = []
        var ownerWords: [UInt64] = []
        var afterHead = false
        for word in text.spaceSeparatedWords {
            let scalars = word.unicodeScalars
            guard let first = scalars.first else { continue }
            var k = WordKey.seed
            for u in scalars { k = WordKey.mix(k, WordKey.fold(u)) }
            if k == headKey || k == headWordKey { afterHead = true; continue }
            if afterHead && Self.afterHeadLinks.contains(k) { continue }
            // "Donald J. Trump's newly installed campaign chief": the words up to a possessive
            // name the person's owner, not the person; they stay only when nothing else says
            // which one ("Mr. Obama's chief").
            let possessive = Self.endsInPossessive(scalars)
            if isPerson && possessive { ownerWords = quals + [k]; quals = []; continue }
            if possessive && scalars.count == 2 { continue }
            let c = lex.wordClass(k)
            if c.contains(.det) || c.contains(.poss) || c.contains(.quant) || c.contains(.dropModifier) || CharClass.isDigit(first) { continue }
            if Self.unqualifyingKeys.contains(k) { continue }
            // A lower-case word no lexicon knows ("newly", "installed") describes a person; it
            // does not say which one (a body's "gun group" it does).
            if isPerson, c.isEmpty, CharClass.isLower(first) { continue }
            if let role = lex.titles[k]?.role { quals.append(WordKey.folded(role)) } else { quals.append(k) }
        }
        if quals.isEmpty { quals = ownerWords }
        return Query(head: headWord, qualifiers: quals, count: count,
                     isPerson: isPerson,
                     isOrg: hc.contains(.orgNoun) && !hc.contains(.personNoun),
                     isGroup: hc.contains(.groupNoun))
    }

    /// Words between a head and what qualifies it after ("chief of staff", "the head of the UN").
    static let afterHeadLinks = Set(["of", "for", "the", "on", "at", "in"].map(WordKey.folded))
    static let unqualifyingKeys = Set(unqualifying.map(WordKey.folded))

    /// The word ends in "'s" or "’s".
    static func endsInPossessive(_ s: Substring.UnicodeScalarView) -> Bool {
        guard s.count >= 2, s.last == "s" || s.last == "S" else { return false }
        let apostrophe = s[s.index(s.endIndex, offsetBy: -2)]
        return apostrophe == "'" || apostrophe == "’"
    }

    func matches(_ q: Query, _ p: ActorProfile) -> Bool {
        if q.isGroup {
            guard p.type == .group, p.head == q.head || p.head == nil && q.head == "governments" && p.memberCount > 0 else { return false }
            if let n = q.count, p.memberCount > 0, n != p.memberCount { return false }
        } else if q.isPerson {
            guard p.type == .person else { return false }
            let fits = p.roleHeads.contains(q.head) || (Self.genericLeaders.contains(q.head) && p.leader)
            guard fits else { return false }
        } else if q.isOrg {
            guard p.type == .organization, let want = lex.orgNounKinds[WordKey.folded(q.head)] else { return false }
            // An organisation known only by a description is matched by the same noun ("the
            // panel", not "the council", for "a panel of three scientists").
            if let h = p.head, h != q.head { return false }
            guard want == "any" || p.orgKind == want || p.roleHeads.contains(q.head) || p.words.contains(ActorProfile.lastWordKey(WordKey.folded(q.head)))
                    || (want == "agency" && p.orgKind == "government") || (want == "company" && p.orgKind == "bank") else { return false }
        } else {
            return false
        }
        for w in q.qualifiers where !p.words.contains(w) {
            // "the Vermont senator" for a senator whose state the article does not give, "the
            // Mexican president" for a president whose country it does not give: a place word
            // or a country's adjective counts against only another place.
            if q.isPerson, !p.placeKnown, let e = lex.entities[w], e.kind == .place || e.kind == .country || e.kind == .capital || e.kind == .demonym { continue }
            // "his Democratic rival" for a person the article gives no party: a party word
            // counts against only the other party.
            guard let party = ResolverState.partyWords[w], q.isPerson, q.partyMayBeUnstated,
                  !ResolverState.partyWords.contains(where: { $0.value != party && p.words.contains($0.key) }) else { return false }
        }
        return true
    }
}
