/// The first step of merging names: a draft for every full person name and organisation name,
/// with the surnames, first names, acronyms and shortened forms that find them later.
extension ResolverState {
    /// Drafts for every full person name and organisation name, so that a surname or an
    /// acronym met before the full name still finds it.
    mutating func registerFullNamesAndOrganizations() {
        registerCompoundSurnames()
        for i in ms.indices where ms[i].type == .organization && ms[i].kind == .name {
            // A lone organisation word ("Union", "Commission") may be a shortened name: made
            // when met, after the full names.
            let name = ms[i].name
            if ms[i].weak && !Self.hasSpace(name) && lex.entities[WordKey.folded(name)] == nil { continue }
            let key = Self.key("o", name)
            // "the Northern Front, also known as the Ridge Brigade": one body under both names.
            if byKey[key] == nil, let v = aliasedDraft(i) { byKey[key] = v }
            let d = draft(key, .organization)
            guard writtenName[d] == nil else { continue }
            writtenName[d] = name
            let f = WordKey.folded(name)
            orgByName[f] = d
            drafts[d].orgKind = ms[i].head
            if lex.entities[f] != nil { drafts[d].canonical = name }
        }
        for i in ms.indices where ms[i].type == .person && ms[i].kind != .pronoun && ms[i].kind != .description {
            let n = personNames[i]!
            guard n.isFull, !isNickname(i), !isCompoundSurname(i) else { continue }
            if ms[i].weak, orgByName[WordKey.folded(ms[i].name)] != nil { continue }
            let key = Self.personKey(n)
            var isNew = byKey[key] == nil
            // "Hilary Clinton" after "Hillary Clinton": the same person, misspelt.
            // "Ann Ford - then known as Andrew Ford -": another name of the person just named.
            if isNew, let v = misspelt(firstOf: ms[i].name, surname: n.surname) ?? initialled(firstOf: ms[i].name, surname: n.surname)
                ?? aliasedDraft(i) ?? pseudonymDraft(i) {
                byKey[key] = v; isNew = false
            }
            let d = draft(key, .person)
            if isNew { record(ms[i].name, surname: n.surname, draft: d) }
            drafts[d].full = true
            if drafts[d].surname == nil { drafts[d].surname = n.surname }
            let g = ms[i].gender
            if drafts[d].gender == .unknown, g == .male || g == .female { drafts[d].gender = g }
            if !byCompoundSurname.isEmpty, let tail = compoundSurnameKey(i) { byCompoundSurname[tail] = d }
            if isNew {
                let s = n.surname, f = n.first
                bySurname[s] = (bySurname[s] ?? []) + [d]
                byFirst[f] = (byFirst[f] ?? []) + [d]
                registerFormalFirst(f, draft: d)
            } else if byFirst[n.first]?.contains(d) != true {
                // "Pete" after "Peter Santilli" and "Pete Santilli": each first name written.
                byFirst[n.first] = (byFirst[n.first] ?? []) + [d]
            }
        }
        // "the Organization for Security and Co-operation in Europe (OSCE)": an acronym in
        // parentheses right after a name is that name's, whatever its letters.
        let text = doc.text.scalars
        for i in ms.indices where i > 0 && ms[i].kind == .acronym && ms[i - 1].type == .organization && ms[i - 1].kind == .name {
            let a = ms[i - 1].span.end, b = ms[i].span.start
            guard b - a <= 2, b - a >= 1, text[b - 1] == "(", b < text.count,
                  let d = byKey[Self.key("o", ms[i - 1].name)] else { continue }
            byAcronym[Self.normalizedAcronym(ms[i].name)] = d
        }
        // Acronyms of multi-word organisation names, and their shortened forms ("Security Council").
        for (d, draft) in drafts.enumerated() where draft.type == .organization {
            guard let original = writtenName[d] else { continue }
            if let a = Self.acronym(of: original), byAcronym[a] == nil { byAcronym[a] = d }
            if let e = lex.entities[WordKey.folded(original)], e.kind == .org {
                for alias in lex.organizations[Int(e.index)].aliases { byAcronym[Self.normalizedAcronym(alias)] = d }
            }
            // Shortened forms: every run of its last words ("Security Council").
            let scalars = Array(original.unicodeScalars)
            for (k, u) in scalars.enumerated() where u == " " && k + 1 < scalars.count && CharClass.isUpper(scalars[k + 1])
                && !Self.afterConnector(scalars, k) {
                var h = WordKey.seed
                for v in scalars[(k + 1)...] { h = v == " " ? WordKey.space(h) : WordKey.mix(h, WordKey.fold(v)) }
                bySuffix[h] = bySuffix[h] == nil ? d : -1
            }
            // Shortened by its leading words when the rest only says what it is ("Halvorsen
            // Group", "Brightline Logistics").
            let words = original.spaceSeparatedWords
            if words.count >= 2, words.dropFirst().allSatisfy({ lex.wordClass(WordKey.folded(String($0))).contains(.cue) }),
               !lex.wordClass(WordKey.folded(String(words[0]))).contains(.cue) {
                let h = WordKey.folded(String(words[0]))
                byPrefix[h] = byPrefix[h] == nil ? d : -1
            }
        }
        registerInitialsOfNames()
    }
}
