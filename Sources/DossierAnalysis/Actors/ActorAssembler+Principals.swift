/// "Dog Andres, a spokesman for House Speaker Paul Ryan, said …", "a spokeswoman for Senator
/// Voss said": a spokesperson's words are the stance of whom they speak for, so that person
/// takes a stance in the article, even when named only in the spokesperson's phrase (where the
/// name is otherwise a mere qualifier of the role and no actor).
extension ActorAssembler {
    /// Drafts of the persons named only as the principal of a spokesperson (a voice role, tag
    /// `v` in person_nouns.txt) who speaks or acts: the affiliation of a named spokesperson, or
    /// the owner of a described one.
    func principalsOfVoices() -> Set<Int> {
        let ms = state.ms
        var out: Set<Int> = []
        for i in ms.indices where ms[i].acting && !ms[i].quoted {
            let m = ms[i]
            if m.kind == .description {
                guard let h = m.head, state.lex.voiceRoles.contains(WordKey.folded(h)), let o = m.owner,
                      ms[o].type == .person, let d = state.draftOf[o] else { continue }
                out.insert(d)
            } else if m.kind == .name, let r = m.role, let a = m.affiliation,
                      let last = r.spaceSeparatedWords.last, state.lex.voiceRoles.contains(WordKey.folded(String(last))) {
                // The principal's name stands next to the spokesperson's, just before or after.
                for j in max(0, i - 2)...min(ms.count - 1, i + 2) where j != i && ms[j].modifier && ms[j].type == .person && ms[j].name == a {
                    if let d = state.draftOf[j] { out.insert(d) }
                }
            }
        }
        return out
    }
}
