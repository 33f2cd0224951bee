/// Genders from pronouns, then descriptions and groups.
extension ResolverState {
    /// A "he" or "she" outside quotes whose sentence (or, failing that, the previous one) names
    /// exactly one person before it votes for that person's gender; the majority decides for
    /// persons whose gender no title or first name gave.
    mutating func voteGenders() {
        var votes: [Int: (m: Int, f: Int, n: Int)] = [:]
        var lastSentencePeople: Set<Int> = []
        var currentPeople: Set<Int> = []
        var current = -1
        for i in ms.indices {
            let s = sentenceOf[i]
            if s != current {
                lastSentencePeople = s == current + 1 ? currentPeople : []
                currentPeople = []
                current = s
            }
            if ms[i].kind == .pronoun {
                let g = ms[i].gender
                guard !ms[i].quoted, g == .male || g == .female || g == .neuter else { continue }
                let pool = currentPeople.isEmpty ? lastSentencePeople : currentPeople
                guard pool.count == 1, let d = pool.first else { continue }
                var v = votes[d] ?? (0, 0, 0)
                if g == .male { v.m += 1 } else if g == .female { v.f += 1 } else { v.n += 1 }
                votes[d] = v
            } else if let d = draftOf[i], !ms[i].modifier, !ms[i].quoted, drafts[d].type == .person || drafts[d].type == .other {
                // A capitalised word that shows no person by itself ("No.", "Austin", "Brexit")
                // takes a "he" or "she" only as the subject of its verb.
                if ms[i].acting || drafts[d].type == .person && drafts[d].strong { currentPeople.insert(d) }
            }
        }
        for (d, v) in votes {
            drafts[d].neuterVotes = v.n
            // "Athletics Kenya said it … Its chief executive", "Carrow said it … its offer": words
            // with no first name, title or he/she, that "it"/"its" refer to twice, name an organisation.
            if drafts[d].type == .person, !drafts[d].personShown, !drafts[d].titled, drafts[d].gender == .unknown,
               v.n >= 2, v.m + v.f == 0 {
                drafts[d].type = .organization
                continue
            }
            guard drafts[d].gender == .unknown else { continue }
            if v.m > v.f * 2 + v.n { drafts[d].gender = .male } else if v.f > v.m * 2 + v.n { drafts[d].gender = .female }
        }
    }

    /// Profiles of the drafts as they stand (names, roles, affiliation, kinds).
    func profile(of d: Int) -> ActorProfile {
        let draft = drafts[d]
        var p = draft.profile
        p.type = draft.type == .other && (draft.titled || draft.full) ? .person : draft.type
        p.gender = draft.gender
        p.orgKind = draft.orgKind
        p.head = draft.head
        p.memberCount = draft.memberCount
        for r in draft.roles { p.add(role: r, lexicon: lex) }
        for n in Set(draft.names) { p.add(name: n, lexicon: lex) }
        if let a = draft.affiliation { p.add(name: a, lexicon: lex) }
        return p
    }

    /// Groups whose listed members act through them (not "citizens from …").
    static let bodyHeads: Set<String> = ["governments", "countries", "nations", "states", "powers", "leaders", "ministers",
                                         "officials", "delegations", "allies", "members", "parties", "organizations",
                                         "groups", "companies", "authorities", "militaries", "armies"]

    static let armedHeads: Set<String> = ["forces", "force", "troops", "fighters", "militias", "militia", "militiamen",
                                          "soldiers", "army", "gunmen", "loyalists"]

    static func headClass(_ head: String) -> String { armedHeads.contains(head) ? "forces" : head }

    mutating func mergeDescriptions() {
        var index = DescriptionIndex()
        for d in drafts.indices { index.add(d, self) }
        var refs = namedRefs()
        let matcher = DescriptionMatcher(lex: lex)
        // Descriptions of a body that matched nothing and did not act, by head: a later one that
        // acts takes them ("the electoral commission" … "the commission announced").
        var unmatched: [String: Int] = [:]
        // Persons known only by a description that acted, by head noun, in text order.
        var describedPeople: [String: [Int]] = [:]
        // The person each epithet noun went to last ("nominee" → Trump).
        var epithetBearers: [UInt64: Int] = [:]
        // Appositions first: the roles they give ("Paul Manafort, the campaign chief") let a
        // description met before them ("Trump's newly installed campaign chief") find the person.
        let order = ms.indices.filter { ms[$0].kind == .description && ms[$0].appositive != nil }
            + ms.indices.filter { ms[$0].kind == .description && ms[$0].appositive == nil }
        for i in order {
            let possessiveOwner = possessiveDescription(before: i)
            let m = ms[i]
            let written = possessiveOwner.map { ownedDescriptionName(of: i, from: $0) } ?? m.name
            let head = m.head ?? ""
            var owner: Int?
            if let o = m.owner {
                owner = ms[o].kind == .pronoun ? antecedent(of: o, head: head, refs: refs) : draftOf[o]
            } else if let o = possessiveOwner {
                owner = draftOf[o]
            }
            let members = m.members.compactMap { draftOf[$0] }
            var target: Int?
            var ownedName: String?
            var selfNamed = false
            if let n = m.appositive, let d = draftOf[n] {
                // "Its chairman, Thomas Ekdahl": the name's person, with the role and the owner.
                target = d
                if drafts[d].type == .other { drafts[d].type = .person }
                if drafts[d].type == .person {
                    if let r = m.role, !drafts[d].roles.contains(r) { drafts[d].roles.append(r) }
                    drafts[d].titled = true
                }
                if drafts[d].affiliation == nil, let o = owner, drafts[o].type != .person && drafts[o].type != .other {
                    drafts[d].affiliation = drafts[o].bestName
                }
                if drafts[d].affiliation == nil { drafts[d].affiliation = m.affiliation }
                index.add(d, self)
            } else if let d = kinNamed(i, owner: owner) {
                // "Trump's daughter Ivanka": the relative the first name after the kin noun names.
                target = d
                index.add(d, self)
            } else if members.count >= 2 {
                target = draft(Self.key("m", head + "#" + members.map(String.init).joined(separator: ",")), .group)
                drafts[target!].memberCount = members.count
                drafts[target!].head = head
                // "the governments of France and Italy called…": the listed countries take the stance.
                if Self.bodyHeads.contains(head) && m.acting { for d in members { drafts[d].acting = true } }
            } else if let o = owner, m.type == .organization, drafts[o].type == .person || drafts[o].type == .other,
                      lex.tieNouns.contains(WordKey.folded(head)) {
                // "Clinton's alliance with Obama": a tie between people, no body that acts.
                continue
            } else if let o = owner, m.type == .organization, isNamedPerson(o), lex.heldNouns.contains(WordKey.folded(head)) {
                // "deposing Muammar Gaddafi's regime": the ruler, as readers count it.
                target = o
            } else if let o = owner, m.type == .organization, Self.executiveHeads.contains(head), !m.quoted,
                      let d = nearestOrganization(before: m.span.start, sentence: sentenceOf[i], refs: refs, within: 1, excluding: o, accept: { _ in true }) {
                // "A Commission spokeswoman said the EU executive would …": a body's executive is
                // the organisation just named, not a new one.
                target = d
            } else if let o = owner, m.type != .person, let named = namedBody(of: o, head: Self.staffHeads.contains(head) ? "campaign" : head)
                        ?? (Self.staffHeads.contains(head) ? byKey[Self.key("O", "campaign@" + String(o))] : nil) {
                // "her campaign" when the article names "the Clinton campaign"; "her staff" is it too.
                target = named
            } else if let o = owner, m.type == .organization, drafts[o].type == .organization, let k = drafts[o].orgKind,
                      k == lex.orgNounKinds[WordKey.folded(head)] {
                // "the Fox network" for Fox News: a body named by what it is.
                target = o
            } else if let o = owner, m.type == .organization, namesItself(i, owner: o) {
                // "The Future45 group … Future45 has been hitting Clinton": the name before a noun
                // of kind is the body's own name, not an owner of another body.
                target = o
                selfNamed = true
                drafts[o].type = .organization
                if drafts[o].orgKind == nil { drafts[o].orgKind = lex.orgNounKinds[WordKey.folded(head)] }
            } else if let o = owner, m.type == .group, let earlier = unownedGroup(head: head, before: i, index: &index, matcher: matcher) {
                // "advisers say … her advisers said": the advisers named before, now hers.
                target = earlier
                ownerOf[earlier] = o
            } else if let o = owner, m.type != .person {
                // "Clinton camp" and "Clinton's presidential campaign": one campaign.
                let body = lex.orgNounKinds[WordKey.folded(head)] == "campaign" ? "campaign" : Self.headClass(head)
                target = draft(Self.key(m.type == .group ? "G" : "O", body + "@" + String(o)), m.type)
                drafts[target!].head = Self.headClass(head)
                if drafts[target!].orgKind == nil { drafts[target!].orgKind = lex.orgNounKinds[WordKey.folded(head)] }
                ownerOf[target!] = o
                // "his campaign" of a person the article names: the "Sanders campaign", unless
                // a fuller name comes ("the Jeb Bush campaign").
                if m.type == .organization, !m.name.unicodeScalars.contains(where: CharClass.isUpper) { ownedName = ownedBodyName(owner: o, head: head) }
            } else {
                var q = matcher.query(text: m.name, head: head, count: m.count)
                q.partyMayBeUnstated = owner.map { drafts[$0].type == .person } ?? false
                let start = m.span.start
                var best: Int?
                // "the Obama administration … the White House … the administration": a person's
                // body first described by the same bare noun ("the Cruz campaign", "his
                // committee") is the one meant, before a nearer body that is only of the noun's
                // kind. Not a name that only ends in the noun ("the European Union … the
                // Dockworkers Association … the union"), nor an unowned body described by common
                // words ("a divided party", "the American central bank"). A person's party is
                // the party they belong to, which the article names otherwise ("his party … the
                // Republican Party … the party").
                let byOwnNoun = q.isOrg && q.qualifiers.isEmpty && lex.orgNounKinds[WordKey.folded(q.head)] != "party"
                var bestByNoun = false
                for d in index.candidates(q, lex: lex) where drafts[d].first < start && matcher.matches(q, index.profile(d, self)) {
                    let byNoun = byOwnNoun && drafts[d].head == q.head && ownerOf[d].map { drafts[$0].type == .person || drafts[$0].type == .other } == true
                    if best == nil || (byNoun && !bestByNoun) || byNoun == bestByNoun && (drafts[d].lastSentence > drafts[best!].lastSentence
                        || (drafts[d].lastSentence == drafts[best!].lastSentence && drafts[d].count > drafts[best!].count)) { best = d; bestByNoun = byNoun }
                }
                // "The European Union … The Pacific Dockworkers Association rejected it, and the
                // union said": a body of a kind the noun fits, named since, is nearer than one
                // whose name only ends in the noun.
                if let b = best, !bestByNoun, q.isOrg, m.owner == nil, !m.quoted, let kinds = fallbackKinds(head: head, span: m.span),
                   let near = nearestOrganization(before: start, sentence: sentenceOf[i], refs: refs, accept: { kinds.contains($0 ?? "") }),
                   drafts[near].lastSentence > drafts[b].lastSentence { best = near }
                // A person described in the lead before being named ("A federal judge on
                // Friday blocked … Judge Miriam Oduya said"): the first one it fits.
                if best == nil && q.isPerson && sentenceOf[i] <= 2 {
                    best = index.candidates(q, lex: lex).filter { drafts[$0].first > start && matcher.matches(q, index.profile($0, self)) }
                        .min { drafts[$0].first < drafts[$1].first }
                    // "A Ridgeport police officer was charged … Officer Kyle Brandt": where he
                    // serves is not in his title; the only one in the article with that role.
                    if best == nil && !q.qualifiers.isEmpty {
                        var bare = q
                        bare.qualifiers = []
                        let fits = Set(index.candidates(bare, lex: lex).filter { matcher.matches(bare, index.profile($0, self)) })
                        if fits.count == 1 { best = fits.first }
                    }
                }
                if best == nil && q.isPerson { best = personNamedAfterLead(i, owner: owner) }
                // "Nashville council backs arena deal … The Metro Nashville Council voted": a body
                // described in the headline or lead before it is named; the first that fits when
                // the words say which, else the only one.
                if best == nil && q.isOrg && sentenceOf[i] <= 2 && !m.quoted {
                    let fits = index.candidates(q, lex: lex).filter { drafts[$0].first > start && matcher.matches(q, index.profile($0, self)) }
                    if !q.qualifiers.isEmpty || Set(fits).count == 1 { best = fits.min { drafts[$0].first < drafts[$1].first } }
                }
                // "the company", "the French group": the nearest organisation of no known kind;
                // "the union", "the alliance", "the world body": the nearest one of a kind it fits.
                if best == nil && q.isOrg && m.owner == nil && !m.quoted, let kinds = fallbackKinds(head: head, span: m.span) {
                    best = nearestOrganization(before: start, sentence: sentenceOf[i], refs: refs) { kinds.contains($0 ?? "") }
                }
                // "the billionaire candidate", "his Democratic rival": a named person no role matched.
                if best == nil && q.isPerson {
                    let h = WordKey.folded(head)
                    best = epithetBearer(of: i, owner: owner, refs: refs, earlier: epithetBearers[h])
                    if let b = best { epithetBearers[h] = b }
                }
                // "an employee for Platte River Networks … the Platte River employee … the employee".
                if best == nil && q.isPerson {
                    best = describedEarlier(i, q, describedPeople[head] ?? [], index: &index) ?? describedOwned(i, owner: owner, describedPeople[head] ?? [])
                }
                if let b = best { target = b }
                else if m.acting {
                    target = draft(Self.key("d", written), m.type)
                    drafts[target!].head = head
                    if q.isPerson && describedPeople[head]?.last != target! { describedPeople[head, default: []].append(target!) }
                    if m.type == .organization { drafts[target!].orgKind = lex.orgNounKinds[WordKey.folded(head)] }
                    if let o = owner { ownerOf[target!] = o }
                    if let e = unmatched[head], m.type != .person, drafts[target!].mentions.isEmpty {
                        unmatched[head] = nil
                        assign(e, to: target!)
                        drafts[target!].names = [ms[e].name, m.name]
                        assign(i, to: target!)
                        index.add(target!, self)
                        insert(&refs, PronounResolver.Ref(span: m.span, actor: Int32(target!), sentence: Int32(sentenceOf[i]), quoted: m.quoted, modifier: false))
                        continue
                    }
                } else if m.type != .person && m.owner == nil && !m.quoted {
                    // The fullest of them names the body ("electoral commission").
                    if let e = unmatched[head], ms[e].name.spaceSeparatedWords.count >= m.name.spaceSeparatedWords.count {} else { unmatched[head] = i }
                }
            }
            guard let d = target else { continue }
            let wasEmpty = drafts[d].mentions.isEmpty
            let affiliation = drafts[d].affiliation
            assign(i, to: d)
            // The body's own name is no affiliation of it.
            if selfNamed { drafts[d].affiliation = affiliation }
            if wasEmpty {
                drafts[d].names.append(written)
                index.add(d, self)
            }
            if let n = ownedName, !drafts[d].names.contains(n) { drafts[d].names.append(n) }
            insert(&refs, PronounResolver.Ref(span: m.span, actor: Int32(d), sentence: Int32(sentenceOf[i]), quoted: m.quoted, modifier: false))
        }
    }

    /// Named mentions as pronoun antecedents, in text order.
    func namedRefs() -> [PronounResolver.Ref] {
        var refs: [PronounResolver.Ref] = []
        for i in ms.indices where ms[i].kind != .pronoun {
            guard let d = draftOf[i] else { continue }
            refs.append(PronounResolver.Ref(span: ms[i].span, actor: Int32(d), sentence: Int32(sentenceOf[i]), quoted: ms[i].quoted, modifier: ms[i].modifier))
        }
        return refs
    }

    private func insert(_ refs: inout [PronounResolver.Ref], _ r: PronounResolver.Ref) {
        // Descriptions come in text order, mostly after the named mentions near them: insert by
        // binary search.
        var lo = 0, hi = refs.count
        while lo < hi { let mid = (lo + hi) / 2; if refs[mid].span < r.span { lo = mid + 1 } else { hi = mid } }
        refs.insert(r, at: lo)
    }

    /// The person a possessive pronoun in a description points to ("his troops"): a person who
    /// already has a group of that kind, or a body of that noun named after them, wins, else
    /// the usual antecedent.
    private func antecedent(of p: Int, head: String, refs: [PronounResolver.Ref]) -> Int? {
        let m = ms[p]
        let cls = Self.headClass(head)
        let owners = Set(ownerOf.filter { drafts[$0.key].head == cls }.map(\.value))
        var bodied: [Int: Bool] = [:]
        return PronounResolver.antecedent(before: m.span.start, sentence: sentenceOf[p], quoted: m.quoted, refs: refs) { d in
            let type = drafts[d].type == .other && (drafts[d].titled || drafts[d].full) ? .person : drafts[d].type
            let isPerson = type == .person || (drafts[d].type == .other && !drafts[d].locative)
            switch m.gender {
            case .male, .female:
                guard isPerson, Self.compatible(m.gender, drafts[d].gender) else { return 0 }
                // "his campaign" after "Campaign for Trump": the one whose campaign is named.
                if bodied[d] == nil { bodied[d] = !bodiesByOwner.isEmpty && namedBody(of: d, head: head) != nil }
                return owners.contains(d) || bodied[d] == true ? 3 : drafts[d].gender == m.gender ? 2 : 1
            case .plural:
                // "According to the Post, Bush campaign officials asked if their candidate …":
                // people before a body.
                return type == .group ? 2 : type == .organization || type == .country ? 1 : 0
            default:
                return type == .organization || type == .country ? 1 : 0
            }
        }
    }
}
