/// A body the lexicon knows by one name, that the article names first with a place before it
/// ("the Missouri Senate … a procedural hurdle in the Senate"): a state's chamber, court or party
/// shortened as news writing shortens it, not the national body of that name.
extension ResolverState {
    /// The body named before mention `m` whose name is a place (not a country) and then the
    /// name of `m` ("Missouri Senate" for "Senate"), when it is the only name of the article
    /// that ends so; nil otherwise.
    func placedBody(for m: Mention) -> Int? {
        let f = WordKey.folded(m.name)
        guard let d = bySuffix[f], d >= 0, !drafts[d].mentions.isEmpty, drafts[d].first < m.span.start,
              let full = writtenName[d] else { return nil }
        let fullScalars = Array(full.unicodeScalars), short = m.name.unicodeScalars.count
        guard fullScalars.count > short + 1, fullScalars[fullScalars.count - short - 1] == " " else { return nil }
        let place = WordKey.folded(String(String.UnicodeScalarView(fullScalars[..<(fullScalars.count - short - 1)])))
        guard let e = lex.entities[place], e.kind == .place else { return nil }
        return d
    }
}
