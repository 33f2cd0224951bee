/// "President Obama", "Mr. Rogan": a person named by a one-word title and a name is called so
/// in the article; the title and name as written are one of the actor's aliases, beside the
/// bare name the mention keeps.
extension ActorAssembler {
    func titledAlias(_ m: Mention) -> String? {
        guard m.kind == .name, m.type == .person, let role = m.role, !role.isEmpty, !role.contains(" ") else { return nil }
        let s = state.doc.text.scalars
        let a = m.span.start - role.unicodeScalars.count - 1
        guard a >= 0, s[m.span.start - 1] == " " else { return nil }
        var i = a
        for u in role.unicodeScalars { if s[i] != u { return nil }; i += 1 }
        return role + " " + ScalarText.string(state.doc.text, m.span)
    }
}
