/// Bodies named only as where a person works ("Iowa State University's Dianne Bystrom agreed",
/// "University of North Carolina at Chapel Hill professor Zeynep Tufekci"): the person speaks
/// and acts, the body is part of how the article introduces them, and readers do not count it
/// as an actor of its own unless it acts somewhere.
extension ActorAssembler {
    /// Starts of the mentions that are person names, for `introducesPerson`.
    func personNameStarts() -> KeySet {
        let ms = state.ms
        var out = KeySet(capacity: ms.count)
        for i in ms.indices where ms[i].kind == .name && ms[i].type == .person { out.insert(UInt64(ms[i].span.start)) }
        return out
    }

    /// The mention is right before a person's name as their employer: a possessive, or lower-case
    /// role words (at least one a person noun or title, none a role that speaks for the body, as
    /// "spokesman" does) with where the role is held ("at Chapel Hill"), then the name. Role
    /// words with no name after them describe someone the same way ("Smith is a former U.S. Army
    /// captain", "an ABC producer"), unless a role serves the body (an aide, an official, whose
    /// word readers take as the body's).
    func introducesPerson(_ m: Mention, names: KeySet) -> Bool {
        let doc = state.doc, s = doc.text.scalars, tokens = doc.tokens
        var lo = 0, hi = tokens.count
        while lo < hi { let mid = (lo + hi) / 2; if tokens[mid].span.start < m.span.end { lo = mid + 1 } else { hi = mid } }
        var j = lo
        var possessive = false
        if j < tokens.count, tokens[j].span.start == m.span.end, CharClass.isApostrophe(s[tokens[j].span.start]) { possessive = true; j += 1 }
        var role = false
        var serving = false
        var steps = 0
        while j < tokens.count && steps < 8 {
            steps += 1
            let t = tokens[j]
            if names.contains(UInt64(t.span.start)) { return possessive || role }
            guard t.kind == .word else { return role && !serving }
            let k = WordKey.folded(s, t.span.start..<t.span.end)
            let c = state.lex.wordClass(k)
            if CharClass.isLower(s[t.span.start]) {
                if state.lex.speakingRoles.contains(k) { return false }
                if !c.isDisjoint(with: [.personNoun, .title]) {
                    role = true
                    if servesBody(k, t.span) { serving = true }
                    j += 1
                    continue
                }
                if c.contains(.roleModifier) { j += 1; continue }
                // "at Chapel Hill": where the body is, before the role.
                if !possessive, !role, c.contains(.loc), j + 1 < tokens.count, CharClass.isUpper(s[tokens[j + 1].span.start]) {
                    j += 1
                    while j < tokens.count, tokens[j].kind == .word, CharClass.isUpper(s[tokens[j].span.start]) { j += 1 }
                    continue
                }
            }
            return role && !serving && CharClass.isLower(s[t.span.start])
        }
        return false
    }

    /// A role whose holder's word readers take as the body's: staff ("aide"), a voice
    /// ("spokeswoman") or the singular of a body's unnamed voices ("official").
    private func servesBody(_ key: UInt64, _ span: Span) -> Bool {
        let lex = state.lex
        if lex.staffRoles.contains(key) || lex.voiceRoles.contains(key) { return true }
        return lex.bodyVoices.contains(WordKey.folded(String(state.doc.text[span]).lowercased() + "s"))
    }
}
