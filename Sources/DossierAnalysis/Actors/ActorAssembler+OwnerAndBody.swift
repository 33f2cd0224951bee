/// "Trump and his team are learning …", "Clinton and her campaign celebrated …": a body named
/// only right after its owner, joined by "and", is the owner's entourage acting with the owner.
/// Readers list the person; the body is no actor of its own unless it is named elsewhere.
extension ActorAssembler {
    /// Every mention of organisation draft `d` that is no pronoun is an owned description
    /// ("his team") whose owner word comes right after a mention of that same owner and "and".
    func onlyBesideOwner(_ d: Int) -> Bool {
        let ms = state.ms, s = state.doc.text.scalars
        guard let o = state.ownerOf[d] else { return false }
        var seen = false
        for i in state.drafts[d].mentions where ms[i].kind != .pronoun {
            guard ms[i].kind == .description, let p = ms[i].owner, p > 0, ms[p].kind == .pronoun || state.draftOf[p] == o else { return false }
            var q = p - 1
            while q > 0, ms[q].span.start >= ms[p].span.start { q -= 1 }
            let a = ms[q].span.end
            guard a + 5 == ms[p].span.start, state.draftOf[q] == o,
                  s[a] == " ", s[a + 1] == "a", s[a + 2] == "n", s[a + 3] == "d", s[a + 4] == " " else { return false }
            seen = true
        }
        return seen
    }
}
