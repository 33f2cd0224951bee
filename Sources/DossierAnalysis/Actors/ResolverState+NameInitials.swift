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
        for m in ms where m.kind == .acronym || m.kind == .name && (m.type == .person || m.type == .other) {
            if m.kind == .name, bySurname[WordKey.folded(m.name)] != nil || byFirst[WordKey.folded(m.name)] != nil { continue }
            guard let a = m.kind == .acronym ? Self.normalizedAcronym(m.name) : initialsAsWord(m.name) else { continue }
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

    /// A word written with one capital that is no word the lexicons know, of three letters or
    /// more ("Rhcp"): the capitals it would be as an acronym ("RHCP"); nil for anything else.
    func initialsAsWord(_ name: String) -> String? {
        let s = name.unicodeScalars
        guard s.count >= 3, s.count <= 6, let first = s.first, CharClass.isUpper(first),
              s.dropFirst().allSatisfy({ $0.properties.isLowercase }) else { return nil }
        let k = WordKey.folded(name)
        guard lex.wordClass(k).isEmpty, lex.entities[k] == nil else { return nil }
        return name.uppercased()
    }

    /// The actor whose name's initials a word written as a word stands for ("Rhcp" for Red Hot
    /// Chili Peppers), when the article names one.
    func initialsWrittenAsWord(_ name: String) -> Int? {
        guard !byAcronym.isEmpty, let a = initialsAsWord(name) else { return nil }
        return byAcronym[a]
    }
}
