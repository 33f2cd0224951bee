/// One news outlet under its name and its name with a noun for an outlet ("POLITICO" and
/// "POLITICO Magazine", "NBC" and "NBC News Channel"): the article names the same newsroom
/// either way, and it is one actor.
extension ResolverState {
    mutating func mergeOutletNames() {
        for d in drafts.indices where drafts[d].type == .organization && !drafts[d].mentions.isEmpty {
            for name in drafts[d].names {
                var words = name.spaceSeparatedWords
                guard words.count >= 2, let last = words.last, lex.orgNounKinds[WordKey.folded(String(last))] == "news" else { continue }
                words.removeLast()
                let bare = words.joined(separator: " ")
                guard let e = byKey[Self.key("o", bare)], e != d, drafts[e].type == .organization, !drafts[e].mentions.isEmpty else { continue }
                join(d, into: e)
                break
            }
        }
    }
}
