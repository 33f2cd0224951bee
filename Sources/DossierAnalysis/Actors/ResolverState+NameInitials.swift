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
        for i in ms.indices {
            let kind = ms[i].kind
            let a: String
            if kind == .acronym {
                a = Self.normalizedAcronym(ms[i].name)
            } else if kind == .name, ms[i].type == .person || ms[i].type == .other {
                // The shape first: most names are no word of three to six letters and one capital.
                let name = ms[i].name
                guard Self.hasInitialsShape(name) else { continue }
                let f = WordKey.folded(name)
                if bySurname[f] != nil || byFirst[f] != nil { continue }
                guard let w = initialsAsWord(name) else { continue }
                a = w
            } else { continue }
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
        guard Self.hasInitialsShape(name) else { return nil }
        let k = WordKey.folded(name)
        guard lex.wordClass(k).isEmpty, lex.entities[k] == nil else { return nil }
        return name.uppercased()
    }

    /// Three to six letters, a capital and then lower case only ("Rhcp").
    static func hasInitialsShape(_ name: String) -> Bool {
        var n = 0
        for u in name.unicodeScalars {
            n += 1
            if n > 6 { return false }
            if n == 1 {
                if !CharClass.isUpper(u) { return false }
            } else if !(u.value >= 97 && u.value <= 122 || u.value >= 128 && u.properties.isLowercase) {
                return false
            }
        }
        return n >= 3
    }

    /// The actor whose name's initials a word written as a word stands for ("Rhcp" for Red Hot
    /// Chili Peppers), when the article names one.
    func initialsWrittenAsWord(_ name: String) -> Int? {
        guard !byAcronym.isEmpty, let a = initialsAsWord(name) else { return nil }
        return byAcronym[a]
    }
}
