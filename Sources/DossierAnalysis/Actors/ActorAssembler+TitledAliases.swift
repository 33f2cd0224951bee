/// "President Obama", "Mr. Rogan": a person named by a one-word title and a name is called so
/// in the article; the title and name as written are one of the actor's aliases, beside the
/// bare name the mention keeps.
extension ActorAssembler {
    func titledAlias(_ m: Mention) -> String? {
        guard m.kind == .name, m.type == .person else { return nil }
        guard let role = m.role else { return courtesyAlias(m) }
        guard !role.isEmpty, !role.contains(" ") else { return nil }
        let s = state.doc.text.scalars
        let a = m.span.start - role.unicodeScalars.count - 1
        guard a >= 0, s[m.span.start - 1] == " " else { return nil }
        var i = a
        for u in role.unicodeScalars { if s[i] != u { return nil }; i += 1 }
        return role + " " + ScalarText.string(state.doc.text, m.span)
    }

    /// "Mr. Clinton", "Mrs. Obama": a courtesy title gives no role, but the article calls the
    /// person so, and readers list the person under it (beside "Bill Clinton").
    func courtesyAlias(_ m: Mention) -> String? {
        let s = state.doc.text.scalars
        var b = m.span.start
        guard b >= 3, s[b - 1] == " " else { return nil }
        b -= 1
        var a = b
        while a > 0 && s[a - 1] != " " && s[a - 1] != "\n" { a -= 1 }
        guard a < b, let t = state.lex.titles[WordKey.folded(s, a..<b)], t.role == nil else { return nil }
        return ScalarText.string(s, a..<b) + " " + ScalarText.string(state.doc.text, m.span)
    }
}
