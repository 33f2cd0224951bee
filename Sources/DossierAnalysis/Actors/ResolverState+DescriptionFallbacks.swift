/// Where a description no role or name matched may still go: the nearest body of a kind its
/// noun fits ("the union", "the campaign"), a body's executive, a group described before by the
/// same noun ("advisers say … her advisers said").
extension ResolverState {
    /// The organisation named last within `within` sentences before `start` whose kind
    /// `accept`s (a name without an organisation word, "StayWell", has none).
    func nearestOrganization(before start: Int, sentence: Int, refs: [PronounResolver.Ref], within: Int = 3,
                                     excluding: Int? = nil, accept: (String?) -> Bool) -> Int? {
        var lo = 0, hi = refs.count
        while lo < hi { let mid = (lo + hi) / 2; if refs[mid].span.start < start { lo = mid + 1 } else { hi = mid } }
        var i = lo - 1
        while i >= 0 && lo - i <= 60 && refs[i].sentence >= sentence - within {
            let d = Int(refs[i].actor)
            i -= 1
            guard !refs[i + 1].described, drafts[d].type == .organization, d != excluding else { continue }
            if accept(drafts[d].orgKind) { return d }
        }
        return nil
    }

    /// Nouns for the people who run someone's campaign ("her staff").
    static let staffHeads: Set<String> = ["staff", "team"]

    /// A group described earlier by the bare noun ("advisers", not "Democratic voters"), owned
    /// by no one, that acted.
    func unownedGroup(head: String, before i: Int, index: inout DescriptionIndex, matcher: DescriptionMatcher) -> Int? {
        let q = matcher.query(text: head, head: head, count: nil)
        guard q.isGroup else { return nil }
        return index.candidates(q, lex: lex).last { d in
            ownerOf[d] == nil && drafts[d].first < ms[i].span.start && drafts[d].memberCount == 0 && drafts[d].acting
                && drafts[d].mentions.allSatisfy { ms[$0].kind == .description && ms[$0].owner == nil && ms[$0].name == head }
        }
    }

    /// Heads of a body's executive arm ("the EU executive").
    static let executiveHeads: Set<String> = ["executive"]

    /// The organisation kinds a definite description may stand for when no organisation of its
    /// own kind was named ("" for a name of no known kind): "the company" a firm or a bare name,
    /// "the union" a union or an association, "the alliance" a party or a military alliance.
    /// "The editorial board writes" is the voice of a newspaper (`span` shows "editorial" before
    /// the noun, which the description leaves out): a news outlet.
    func fallbackKinds(head: String, span: Span? = nil) -> Set<String>? {
        if head == "board", let sp = span, precededByEditorial(sp) { return ["news"] }
        switch head {
        case "campaign", "camp": return ["campaign"]
        case "union": return ["union", "ngo"]
        case "federation", "association": return ["", "ngo", "union"]
        case "alliance", "coalition": return ["party", "military", "international"]
        case "bloc": return ["international", "party"]
        case "body": return ["", "company", "international", "agency", "council", "ngo"]
        case "agency": return ["agency", "government", "international"]
        default:
            let want = lex.orgNounKinds[WordKey.folded(head)]
            return want == "company" || want == "any" ? ["", "company"] : nil
        }
    }
}

extension ResolverState {
    /// Whether description `i` ("The Future45 group") is its owner's own name with a noun saying
    /// what kind of body it is (tag `k` in org_nouns.txt): the owner is written right before the
    /// noun, not as a possessive, and is no person the article names (a person's name before
    /// "group" or "company" owns the body: "the Trump company"), nor a country or place. Such a
    /// name is one actor, not a body and another one owning it. The bare name must also stand
    /// alone somewhere in the article.
    func namesItself(_ i: Int, owner o: Int) -> Bool {
        let m = ms[i]
        guard let head = m.head, lex.kindNouns.contains(WordKey.folded(head)), let n = m.owner, ms[n].kind == .name,
              ms[n].span.start >= m.span.start, ms[n].span.end <= m.span.end else { return false }
        let t = drafts[o].type
        guard t == .organization || t == .other && !isNamedPerson(o) else { return false }
        // Right before the head noun: nothing but a space between them, so no possessive.
        let s = doc.text.scalars
        let e = ms[n].span.end
        guard e + 1 + head.unicodeScalars.count == m.span.end, e < s.count, s[e] == " " else { return false }
        // The article names the body by the bare name too ("Future45 has been hitting …"); a
        // word met only before the noun ("the four-member Green group on the council") is a
        // qualifier, and the group keeps its noun.
        let headLength = head.unicodeScalars.count
        return drafts[o].mentions.contains { j in
            guard j != n, ms[j].kind == .name else { return false }
            let end = ms[j].span.end
            return !(end + 1 + headLength <= s.count && s[end] == " " && WordKey.folded(s, (end + 1)..<(end + 1 + headLength)) == WordKey.folded(head))
        }
    }
}

extension ResolverState {
    /// A person description opened by "the" ("the Platte River employee", "the employee") that
    /// matched no one, as the person an earlier description with the same head noun introduced
    /// ("an employee for Platte River Networks"): the latest of `earlier` (drafts made from person
    /// descriptions that acted, in text order) whose words hold every qualifier of the query.
    /// News writing introduces an unnamed person once and then refers back with the definite
    /// article; "another employee" or "a second aide" is someone else, and never opens with "the".
    func describedEarlier(_ i: Int, _ q: DescriptionMatcher.Query, _ earlier: [Int], index: inout DescriptionIndex) -> Int? {
        let m = ms[i]
        guard !earlier.isEmpty, m.owner == nil, m.members.isEmpty, startsWithThe(m.span) else { return nil }
        for d in earlier.reversed() where drafts[d].first < m.span.start && drafts[d].type == .person {
            let p = index.profile(d, self)
            if q.qualifiers.allSatisfy({ p.words.contains($0) }) { return d }
        }
        return nil
    }

    /// The description that owns description `i` though the mentions do not say so: "the prime
    /// minister's spokesman" is read as "minister's spokesman", overlapping "the prime minister"
    /// before it, which ends with the possessive. The mention before `i` when it does.
    func possessiveDescription(before i: Int) -> Int? {
        guard i > 0, ms[i].owner == nil else { return nil }
        let j = i - 1, o = ms[j]
        guard o.kind == .description, o.span.start < ms[i].span.start, o.span.end > ms[i].span.start, o.span.end < ms[i].span.end else { return nil }
        let s = doc.text.scalars
        guard o.span.end + 1 < s.count, s[o.span.end] == "'" || s[o.span.end] == "’", s[o.span.end + 1] == "s" else { return nil }
        return j
    }

    /// The words of mention `i` from the start of the description `o` that owns it: "the former
    /// vice president's spokeswoman", as written, not "president's spokeswoman", names the actor.
    func ownedDescriptionName(of i: Int, from o: Int) -> String {
        String(String.UnicodeScalarView(doc.text.scalars[ms[o].span.start..<ms[i].span.end]))
    }

    /// A person described by what they are to someone that matched no one ("the prime
    /// minister's spokesman" after "Cameron's spokesman", the owner one person by two names):
    /// the latest of `earlier` with the same owner. One person has one spokesman, lawyer or
    /// aide of a kind in a news story; a second is told apart ("another aide", a name).
    func describedOwned(_ i: Int, owner: Int?, _ earlier: [Int]) -> Int? {
        guard let o = owner, ms[i].members.isEmpty else { return nil }
        return earlier.last { drafts[$0].first < ms[i].span.start && drafts[$0].type == .person && ownerOf[$0] == o }
    }
}

extension ResolverState {
    /// The word right before `span` is "editorial".
    func precededByEditorial(_ span: Span) -> Bool {
        let s = doc.text.scalars
        var b = span.start
        while b > 0 && s[b - 1] == " " { b -= 1 }
        var a = b
        while a > 0 && s[a - 1] != " " { a -= 1 }
        return a < b && WordKey.folded(s, a..<b) == Self.editorialKey
    }

    static let editorialKey = WordKey.folded("editorial")
}
