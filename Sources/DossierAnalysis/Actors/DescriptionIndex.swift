/// The drafts a description can match, indexed by what it would match on (role head, leader
/// role, organisation kind, group noun), so that resolving a description looks at a handful of
/// candidates instead of every actor; profiles are built only for those candidates.
struct DescriptionIndex {
    private var byRoleHead: [String: [Int]] = [:]
    private var leaders: [Int] = []
    private var byOrgKind: [String: [Int]] = [:]
    private var organizations: [Int] = []
    private var byLastWord: [UInt64: [Int]] = [:]
    private var groupsByHead: [String: [Int]] = [:]
    private var profiles: [Int: ActorProfile] = [:]

    mutating func add(_ d: Int, _ state: ResolverState) {
        // (The draft's fields are read in place: most drafts are people never titled, and
        // copying each whole draft cost more than the rest.)
        if !profiles.isEmpty { profiles.removeValue(forKey: d) }
        if state.drafts[d].titled {
            let p = profile(d, state)
            for h in p.roleHeads { byRoleHead[h, default: []].append(d) }
            if p.leader { leaders.append(d) }
        }
        switch state.drafts[d].type {
        case .organization:
            byOrgKind[state.drafts[d].orgKind ?? "", default: []].append(d)
            for n in state.drafts[d].names {
                var h = WordKey.seed
                for u in n.unicodeScalars { h = u == " " ? WordKey.seed : WordKey.mix(h, WordKey.fold(u)) }
                if byLastWord[h]?.last != d { byLastWord[h, default: []].append(d) }
            }
            organizations.append(d)
        case .group:
            let head = state.drafts[d].head
            if let h = head { groupsByHead[h, default: []].append(d) }
            if state.drafts[d].memberCount > 0 && head != "governments" { groupsByHead["governments", default: []].append(d) }
        default:
            break
        }
    }

    mutating func profile(_ d: Int, _ state: ResolverState) -> ActorProfile {
        if let p = profiles[d] { return p }
        let p = state.profile(of: d)
        profiles[d] = p
        return p
    }

    func candidates(_ q: DescriptionMatcher.Query, lex: ActorLexicon) -> [Int] {
        if q.isGroup { return groupsByHead[q.head] ?? [] }
        if q.isPerson {
            let byHead = byRoleHead[q.head] ?? []
            return DescriptionMatcher.genericLeaders.contains(q.head) ? byHead + leaders : byHead
        }
        if q.isOrg {
            guard let want = lex.orgNounKinds[WordKey.folded(q.head)] else { return [] }
            if want == "any" { return organizations }
            var out = byOrgKind[want] ?? []
            if want == "agency" { out += byOrgKind["government"] ?? [] }
            if want == "company" { out += byOrgKind["bank"] ?? [] }
            // "the committee" for the National Republican Senatorial Committee, whatever its kind.
            return out + (byRoleHead[q.head] ?? []) + (byLastWord[WordKey.folded(q.head)] ?? [])
        }
        return []
    }
}
