/// "the Obama White House" in an article that names the White House: a person's surname before a
/// body's name says whose time or side it is ("the Bush Justice Department"); the body is the
/// one the article names, not a second body.
extension ResolverState {
    /// The body named by the words after the first of mention `m`'s name, when that first word is
    /// the surname of a person the article names in full and the rest is a name the article
    /// writes on its own; nil otherwise.
    func bodyAfterSurname(_ m: Mention) -> Int? {
        // The first word's key straight from the name (most names' first word is no surname).
        guard let first = WordKey.foldedFirstWord(m.name), bySurname[first] != nil else { return nil }
        let s = m.name.unicodeScalars
        guard let space = s.firstIndex(of: " ") else { return nil }
        let rest = String(String.UnicodeScalarView(s[s.index(after: space)...]))
        guard !rest.isEmpty, let d = byKey[Self.key("o", rest)], writtenName[d] != nil,
              drafts[d].type == .organization else { return nil }
        return d
    }
}
