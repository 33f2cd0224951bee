/// "Hewlett Packard … HP", "Red Hot Chili Peppers … RHCP": capitals that are the initials of a
/// name of two words or more the article writes are that name's, whether the name was read as
/// a body or, with no first name to show it, as a person.
extension ResolverState {
    /// Registers, as acronyms, the initials of the full names read as persons whose first word
    /// is no first name (organisations' initials are registered before and win).
    /// Only the capitals the article writes and no body has taken are looked for: the table is
    /// read for acronym mentions alone, and most articles have none left.
    mutating func registerInitialsOfNames() {
        var wanted = Set<String>()
        for m in ms where m.kind == .acronym {
            let a = Self.normalizedAcronym(m.name)
            if byAcronym[a] == nil { wanted.insert(a) }
        }
        guard !wanted.isEmpty else { return }
        for i in ms.indices where ms[i].type == .person && ms[i].kind == .name && !ms[i].modifier {
            let name = ms[i].name
            guard Self.hasSpace(name), let n = personNames[i], n.isFull, let d = byKey[Self.personKey(n)],
                  let a = Self.acronym(of: name), wanted.contains(a), byAcronym[a] == nil, let first = name.spaceSeparatedWords.first,
                  lex.wordClass(WordKey.folded(String(first))).isDisjoint(with: [.firstName, .title, .courtesy]) else { continue }
            byAcronym[a] = d
        }
    }
}
