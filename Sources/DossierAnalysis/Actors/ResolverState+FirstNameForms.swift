/// A person named in full and again by another form of the first name: a lone short form or
/// formal name ("Jim" for James E. Rogan, "William" for Bill Lane; first_name_variants.txt),
/// and initials for the first name ("E. J. Mannix" for Eddie Mannix). One person, not two.
extension ResolverState {
    /// Files the person under the formal form of the first name too ("jim" → "james"), so a lone
    /// formal name or another short form of it finds them.
    mutating func registerFormalFirst(_ first: UInt64, draft d: Int) {
        guard let formal = lex.formalFirstNames[first], formal != first, byFirst[formal]?.contains(d) != true else { return }
        byFirst[formal] = (byFirst[formal] ?? []) + [d]
    }

    /// The people filed under the formal form of a lone first name ("Jim" → those named James,
    /// Jim or Jimmy in full).
    func byFormalFirst(_ word: UInt64) -> [Int]? {
        guard let formal = lex.formalFirstNames[word], formal != word else { return nil }
        return byFirst[formal]
    }

    /// The one person named before with the same surname whose first name the initial of `name`
    /// opens ("E. J. Mannix" after Eddie Mannix), or whose initial opens its first name
    /// ("Eddie Mannix" after E. J. Mannix).
    func initialled(firstOf name: String, surname: UInt64) -> Int? {
        guard !spellings.isEmpty, spellings.count <= Self.spellingLimit, let first = name.spaceSeparatedWords.first else { return nil }
        let word = Self.letters(first)
        guard let letter = word.first else { return nil }
        let initial = Self.isInitial(word)
        let hits = Set(spellings.filter { s in
            s.surnameKey == surname && s.first.first == letter && Self.isInitial(s.first) != initial
        }.map(\.draft))
        return hits.count == 1 ? hits.first : nil
    }

    /// "E." or "E.J.": letters each followed by a full stop.
    static func isInitial(_ word: [Unicode.Scalar]) -> Bool {
        guard word.count >= 2, word.count % 2 == 0 else { return false }
        return word.indices.allSatisfy { $0 % 2 == 1 ? word[$0] == "." : word[$0] != "." }
    }
}
