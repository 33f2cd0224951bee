/// Whom a spokesperson speaks of: "Cameron's spokesman said the prime minister stood by his
/// comments". Who speaks is not whom they speak of ("Voss told donors that the nominee …"),
/// except for a voice of someone (tag `v` in person_nouns.txt): a spokesman reports the stance
/// of the person he speaks for, and an epithet in what he says is that person.
extension ResolverState {
    /// The named person whose spokesperson is the subject of the speech verb right before
    /// description `i` ("X's spokesman said the …"), or nil: the nearest mention before the verb
    /// in the sentence, outside quotes and not a possessive, must be that spokesperson.
    func principalOfVoice(before i: Int, refs: [PronounResolver.Ref]) -> Int? {
        let m = ms[i]
        guard let v = speechVerb(before: m.span.start) else { return nil }
        let verbStart = doc.tokens[v].span.start
        let s = sentenceOf[i]
        var lo = 0, hi = refs.count
        while lo < hi { let mid = (lo + hi) / 2; if refs[mid].span.start < m.span.start { lo = mid + 1 } else { hi = mid } }
        var k = lo - 1
        while k >= 0 && Int(refs[k].sentence) == s {
            let r = refs[k]
            k -= 1
            guard r.span.end <= verbStart, !r.quoted, !r.modifier else { continue }
            let d = Int(r.actor)
            guard d < drafts.count, drafts[d].type == .person, let h = drafts[d].head, lex.voiceRoles.contains(WordKey.folded(h)),
                  let p = ownerOf[d], p < drafts.count, isNamedPerson(p) else { return nil }
            return p
        }
        return nil
    }
}
