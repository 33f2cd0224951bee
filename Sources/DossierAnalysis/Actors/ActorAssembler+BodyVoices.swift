/// "Pentagon officials said", "ICE officials said", "campaign officials said" after "the
/// campaign": unnamed officials of a body are the body speaking. Readers list the body once,
/// with its voice among its names, not a group of its own. A person's aides stay apart, and so
/// does a lone unnamed spokesperson or official ("a NATO official"), whom readers often list as
/// a person.
extension ActorAssembler {
    /// For each such voice among `actorDrafts` (a group known only by descriptions headed by a
    /// tag-`b` noun), the organisation draft among `actorDrafts` it joins: its owner, or else
    /// the one organisation whose head noun is the voice's only other word ("the campaign" for
    /// "campaign officials"; none when two bodies share that noun).
    func bodyVoiceTwins(_ actorDrafts: [(Int, ActorType)]) -> [Int: Int] {
        let ms = state.ms, drafts = state.drafts
        var bodies = Set<Int>()
        var voices: [Int] = []
        for (d, type) in actorDrafts {
            if type == .organization { bodies.insert(d); continue }
            guard type == .group, drafts[d].nameMentions == 0,
                  let h = drafts[d].head, state.lex.bodyVoices.contains(WordKey.folded(h)) else { continue }
            voices.append(d)
        }
        guard !voices.isEmpty, !bodies.isEmpty else { return [:] }
        var out: [Int: Int] = [:]
        var byHead: [UInt64: Int]?   // -1: two bodies share the noun
        for d in voices {
            if let o = ownerDraft(of: d) {
                if bodies.contains(o) { out[d] = o }
                continue
            }
            let words = drafts[d].bestName.spaceSeparatedWords
            guard words.count == 2 else { continue }
            if byHead == nil {
                var map: [UInt64: Int] = [:]
                func note(_ head: String?, _ b: Int) {
                    guard let head else { return }
                    let k = WordKey.folded(head)
                    if let e = map[k], e != b { map[k] = -1 } else { map[k] = b }
                }
                for b in bodies { note(drafts[b].head, b) }
                for i in ms.indices where ms[i].kind == .description {
                    if let b = state.draftOf[i], bodies.contains(b) { note(ms[i].head, b) }
                }
                byHead = map
            }
            if let b = byHead![WordKey.folded(String(words[0]))], b >= 0 { out[d] = b }
        }
        return out
    }

    /// The draft owning `d`: the resolver's owner, or that of a mention's owner ("ICE" in "ICE
    /// officials").
    private func ownerDraft(of d: Int) -> Int? {
        if let o = state.ownerOf[d] { return o }
        for i in state.drafts[d].mentions { if let o = state.ms[i].owner, let od = state.draftOf[o] { return od } }
        return nil
    }
}
