/// Other names of a person the article names in full: a nickname in a quote ("Crazy Bernie",
/// "Crooked Hillary": a word that is no first name before the person's first name) and a compound
/// surname ("Peña Nieto" for Enrique Peña Nieto, "García Márquez"). Neither makes a person of
/// its own.
extension ResolverState {
    /// Two words inside quotation marks, a first name the lexicon knows after a word that is
    /// none ("Deval Patrick" outside quotes is a name the first-name list lacks).
    func isNickname(_ i: Int) -> Bool {
        guard personNames[i]?.wordCount == 2, ms[i].quoted, ms[i].role == nil else { return false }
        let words = ms[i].name.split(separator: " ")
        guard words.count == 2 else { return false }
        let first = lex.wordClass(WordKey.folded(String(words[0]))), last = lex.wordClass(WordKey.folded(String(words[1])))
        return last.contains(.firstName) && first.isDisjoint(with: [.firstName, .title, .courtesy]) && !words[0].hasSuffix(".")
    }

    /// Keys of the last two words of every person's name of three words or more (without a
    /// suffix), for `isCompoundSurname`.
    mutating func registerCompoundSurnames() {
        for i in ms.indices where (personNames[i]?.wordCount ?? 0) >= 3 && ms[i].kind == .name {
            if let k = compoundSurnameKey(i), byCompoundSurname[k] == nil { byCompoundSurname[k] = -1 }
        }
    }

    /// The key of the last two words of a name of three words or more, the first of them no
    /// initial ("Donald J. Trump" has none): `PersonName.compoundSurname`.
    func compoundSurnameKey(_ i: Int) -> UInt64? { personNames[i]?.compoundSurname }

    /// Two words that end a longer name of the article, the first no first name ("Peña Nieto").
    func isCompoundSurname(_ i: Int) -> Bool {
        guard !byCompoundSurname.isEmpty, personNames[i]?.wordCount == 2, byCompoundSurname[WordKey.folded(ms[i].name)] != nil,
              let first = ms[i].name.split(separator: " ").first else { return false }
        return !lex.wordClass(WordKey.folded(String(first))).contains(.firstName)
    }

    static func spaces(in name: String) -> Int {
        var n = 0
        for b in name.utf8 where b == 32 { n += 1 }
        return n
    }

    /// The person a nickname or a compound surname stands for, when the article names one.
    func nameVariantOwner(_ i: Int) -> Int? {
        if isCompoundSurname(i), let d = byCompoundSurname[WordKey.folded(ms[i].name)], d >= 0 { return d }
        if isNickname(i), let n = PersonName(ms[i].name) as PersonName?, let d = byFirst[n.surname], d.count == 1 { return d[0] }
        return nil
    }
}
