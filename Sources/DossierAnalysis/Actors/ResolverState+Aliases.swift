/// A second name given for an actor right after its first: "Brian Lake, aka Lord Ash", "Ann
/// Ford - then known as Andrew Ford -", "the Northern Front, also known as the Ridge Brigade".
/// Readers list one actor under both names; the second name, met again later alone, is that
/// same actor, not a new one.
extension ResolverState {
    /// The mention whose name `i` is another name of: the name mention just before it, when only
    /// an alias phrase (alias_phrases.txt) and punctuation stand between them. Looks at the one
    /// mention before and a few characters, so it stays linear.
    func aliasedName(_ i: Int) -> Int? {
        guard i > 0, ms[i].kind == .name || ms[i].kind == .acronym else { return nil }
        let j = i - 1
        guard ms[j].kind == .name || ms[j].kind == .acronym else { return nil }
        let s = doc.text.scalars
        var a = ms[j].span.end, b = ms[i].span.start
        guard a < b, b - a <= Self.aliasGapLimit else { return nil }
        while a < b && Self.aliasSeparators.contains(s[a]) { a += 1 }
        while b > a && Self.aliasSeparators.contains(s[b - 1]) { b -= 1 }
        guard a < b else { return nil }
        guard lex.aliasPhrases.contains(WordKey.folded(ScalarText.string(s, a..<b))) else { return nil }
        return j
    }

    /// The draft registered for the name that full name `i` is another name of, when both are
    /// persons named in full or both organisations: the key of `i` then finds that draft.
    func aliasedDraft(_ i: Int) -> Int? {
        guard let j = aliasedName(i) else { return nil }
        if ms[i].type == .person, ms[j].type == .person, let n = personNames[j], n.isFull { return byKey[Self.personKey(n)] }
        if ms[i].type == .organization, ms[j].type == .organization { return byKey[Self.key("o", ms[j].name)] }
        return nil
    }

    /// "he used the alias Carlos Lane", "wrote under the pseudonym Lady Ash": a full name right
    /// after an alias noun is another name of the person the sentence named last before it (a
    /// full name, or a surname only one person named in full bears). Looks back over a few
    /// mentions of the sentence only.
    func pseudonymDraft(_ i: Int) -> Int? {
        guard ms[i].type == .person, ms[i].kind == .name else { return nil }
        let s = doc.text.scalars
        var b = ms[i].span.start
        while b > 0 && Self.aliasSeparators.contains(s[b - 1]) && s[b - 1] != "," { b -= 1 }
        var a = b
        while a > 0 && CharClass.isLower(s[a - 1]) { a -= 1 }
        guard a < b, lex.aliasNouns.contains(WordKey.folded(s, a..<b)) else { return nil }
        var j = i - 1
        while j >= 0 && i - j <= Self.pseudonymLookBack && sentenceOf[j] == sentenceOf[i] {
            defer { j -= 1 }
            guard ms[j].kind == .name, ms[j].type == .person || ms[j].type == .other, let n = personNames[j] else { continue }
            if n.isFull { return byKey[Self.personKey(n)] }
            if let d = bySurname[n.first], d.count == 1 { return d[0] }
            return nil
        }
        return nil
    }

    static let pseudonymLookBack = 12

    /// Longest run of phrase and punctuation between the two names ("formerly known as" and
    /// its commas and quotation marks).
    static let aliasGapLimit = 32

    static let aliasSeparators: Set<Unicode.Scalar> = [" ", ",", "(", ")", "-", "\u{2013}", "\u{2014}", "\"", "\u{201C}", "\u{201D}", "'", "\u{2018}", "\u{2019}"]
}
