/// Capitals the lexicon does not know, introduced by the article ("rebels advanced to within 40
/// miles of the capital, Port Avel"): where such a capital acts ("Port Avel has rejected three
/// offers"), it is the government of the country it is the capital of, as "Moscow" is Russia's.
extension ResolverState {
    mutating func mergeCapitals() {
        let s = doc.text.scalars
        var countryOf: [Int: Int] = [:]   // capital's draft → country's draft
        for i in ms.indices where ms[i].kind == .name && (ms[i].type == .place || ms[i].type == .other) {
            guard let d = draftOf[i], countryOf[d] == nil, Self.followsCapitalComma(s, ms[i].span.start),
                  let c = country(before: i, excluding: d) else { continue }
            countryOf[d] = c
        }
        guard !countryOf.isEmpty else { return }
        // Where it does not act, the capital is a place.
        for d in countryOf.keys {
            drafts[d].type = .place
            drafts[d].locative = true
            drafts[d].acting = false
        }
        for i in ms.indices where ms[i].kind == .name && ms[i].acting && !ms[i].quoted {
            guard let d = draftOf[i], let c = countryOf[d] else { continue }
            drafts[d].mentions.removeAll { $0 == i }
            drafts[d].nameMentions -= 1
            draftOf[i] = c
            // The country keeps its own name; the capital is one of its mentions.
            drafts[c].mentions.append(i)
            drafts[c].nameMentions += 1
            drafts[c].mentions.sort()
            drafts[c].acting = true
            drafts[c].count += 1
            drafts[c].lastSentence = max(drafts[c].lastSentence, sentenceOf[i])
            if drafts[c].type == .other { drafts[c].type = .country }
        }
    }

    /// The text before `start` is "capital, " (the word "capital", a comma, a space).
    static func followsCapitalComma(_ s: [Unicode.Scalar], _ start: Int) -> Bool {
        var k = start - 1
        while k >= 0 && s[k] == " " { k -= 1 }
        guard k >= 0, s[k] == "," else { return false }
        k -= 1
        let word = Array("capital".unicodeScalars)
        guard k + 1 >= word.count else { return false }
        for (n, u) in word.reversed().enumerated() where WordKey.fold(s[k - n]) != u.value { return false }
        let before = k - word.count
        return before < 0 || !CharClass.isLetter(s[before])
    }

    /// The country the capital belongs to: the nearest country (or lone name not known as a
    /// person) mentioned before it in its sentence or the one before.
    private func country(before i: Int, excluding d: Int) -> Int? {
        var j = i - 1
        while j >= 0 && sentenceOf[j] >= sentenceOf[i] - 1 {
            defer { j -= 1 }
            guard ms[j].kind == .name, let c = draftOf[j], c != d else { continue }
            if drafts[c].type == .country { return c }
            if drafts[c].type == .other && !Self.hasSpace(ms[j].name) && !drafts[c].titled { return c }
        }
        return nil
    }
}
