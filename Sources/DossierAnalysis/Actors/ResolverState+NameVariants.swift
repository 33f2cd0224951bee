/// Other names of a person the article names in full: a nickname in a quote ("Crazy Bernie",
/// "Crooked Hillary": a word that is no first name before the person's first name) and a compound
/// surname ("Peña Nieto" for Enrique Peña Nieto, "García Márquez"). Neither makes a person of
/// its own.
extension ResolverState {
    /// Two words inside quotation marks, a first name the lexicon knows after a word that is
    /// none ("Deval Patrick" outside quotes is a name the first-name list lacks).
    func isNickname(_ i: Int) -> Bool {
        guard personNames[i]?.wordCount == 2, ms[i].quoted, ms[i].role == nil else { return false }
        let words = ms[i].name.spaceSeparatedWords
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
              let first = ms[i].name.spaceSeparatedWords.first else { return false }
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

    /// The person a full name misspells: one named before with the same surname and a first
    /// name one letter apart ("Hilary" for "Hillary").
    func misspelt(firstOf name: String, surname: UInt64) -> Int? {
        guard spellings.count <= Self.spellingLimit, let first = name.spaceSeparatedWords.first else { return nil }
        let word = Self.letters(first)
        let hits = spellings.filter { $0.surnameKey == surname && Self.oneSlipApart($0.first, word) }
        return hits.count == 1 ? hits[0].draft : nil
    }

    /// The one person named in full whose surname a lone word misspells by a letter left out,
    /// added or swapped with its neighbour ("Keidis" for Kiedis); not a word any list knows.
    func misspelt(surname word: String, key: UInt64) -> Int? {
        guard spellings.count <= Self.spellingLimit, word.unicodeScalars.count >= 5, lex.entities[key] == nil,
              lex.wordClass(key).isEmpty else { return nil }
        let letters = Self.letters(Substring(word))
        let hits = Set(spellings.filter { Self.oneSlipApart($0.surname, letters) }.map(\.draft))
        return hits.count == 1 ? hits.first : nil
    }

    /// Past this many people named in full (a directory, not an article), misspellings are not
    /// looked for: each lookup scans them all.
    static let spellingLimit = 200

    mutating func record(_ name: String, surname: UInt64, draft d: Int) {
        let words = name.spaceSeparatedWords
        guard words.count >= 2, let first = words.first, let last = words.last else { return }
        spellings.append(Spelling(first: Self.letters(first), surname: Self.letters(last), surnameKey: surname, draft: d))
    }

    /// A word's letters in lower case, as `oneSlipApart` compares them.
    static func letters(_ word: Substring) -> [Unicode.Scalar] { Array(word.lowercased().unicodeScalars) }

    /// Two words of five letters or more, different, one made from the other by leaving out or
    /// adding one letter or swapping two neighbours; case aside. Substitutions are not slips the
    /// rule takes ("Osama" is not "Obama").
    static func oneSlipApart(_ a: Substring, _ b: Substring) -> Bool { oneSlipApart(letters(a), letters(b)) }

    /// `oneSlipApart` on letters already lower-cased (each spelling is lower-cased once).
    static func oneSlipApart(_ x: [Unicode.Scalar], _ y: [Unicode.Scalar]) -> Bool {
        guard x.count >= 5, y.count >= 5, abs(x.count - y.count) <= 1, x != y else { return false }
        var i = 0
        while i < min(x.count, y.count), x[i] == y[i] { i += 1 }
        if x.count == y.count {
            // One swap of neighbours.
            guard i + 1 < x.count, x[i] == y[i + 1], x[i + 1] == y[i] else { return false }
            return x[(i + 2)...] == y[(i + 2)...]
        }
        let (long, short) = x.count > y.count ? (x, y) : (y, x)
        // "the Clintons" are not Clinton.
        if i == short.count, long.last == "s" { return false }
        return long[(i + 1)...] == short[i...]
    }
}

/// A person's name as written when first named in full.
struct Spelling {
    /// Lower-cased letters of the first name and the surname.
    var first: [Unicode.Scalar]
    var surname: [Unicode.Scalar]
    var surnameKey: UInt64
    var draft: Int
}
