/// "Trump's daughter Ivanka", "his wife Melania", "Clinton's husband Bill": news writing names
/// a relative of someone it names in full by the kin noun and a first name, and the relative
/// goes by the family's surname. The first name alone is no name a reader would list; the
/// person is "Ivanka Trump", and the kin phrase is one of their names.
extension ResolverState {
    /// The draft of the first name that directly follows the kin description `i` ("daughter"
    /// owned by `owner`, a person the article names in full), now known by that first name and
    /// the owner's surname; nil when no such name follows.
    mutating func kinNamed(_ i: Int, owner: Int?) -> Int? {
        let m = ms[i]
        guard m.type == .person, let head = m.head, let o = owner, o < drafts.count, i + 1 < ms.count,
              lex.wordClass(WordKey.folded(head)).contains(.kin), isNamedPerson(o), drafts[o].full else { return nil }
        let n = ms[i + 1]
        // One space between: "daughter Ivanka", not "daughter, Ivanka," (an apposition, read
        // elsewhere) nor "daughter said Ivanka".
        guard n.kind == .name, n.quoted == m.quoted, !n.modifier, n.span.start == m.span.end + 1, !Self.hasSpace(n.name),
              let d = draftOf[i + 1], d != o, drafts[d].type == .person || drafts[d].type == .other, !drafts[d].full else { return nil }
        let surname = Self.surnameWord(drafts[o].bestName)
        guard !surname.isEmpty, surname != n.name else { return nil }
        drafts[d].type = .person
        let full = n.name + " " + surname
        if !drafts[d].names.contains(full) { drafts[d].names.append(full) }
        if drafts[d].gender == .unknown, m.gender == .male || m.gender == .female { drafts[d].gender = m.gender }
        return d
    }
}
