/// "President Obama", "Mr. Rogan": a person named by a one-word title and a name is called so
/// in the article; the title and name as written are one of the actor's aliases, beside the
/// bare name the mention keeps.
extension ActorAssembler {
    func titledAlias(_ m: Mention) -> String? {
        guard m.kind == .name, m.type == .person, let role = m.role, !role.isEmpty, !role.contains(" ") else { return nil }
        let s = state.doc.text.scalars
        let r = Array(role.unicodeScalars)
        let a = m.span.start - r.count - 1
        guard a >= 0, s[m.span.start - 1] == " " else { return nil }
        for (i, u) in r.enumerated() where s[a + i] != u { return nil }
        return role + " " + ScalarText.string(state.doc.text, m.span)
    }
}
