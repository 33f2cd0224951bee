/// Finding the words that name a speaker next to a cue: a noun phrase ending just before the
/// cue (`Kremlin spokesman Dmitry Peskov told`), or starting just after it (`said the mayor`).
///
/// Without a part-of-speech tagger the phrase is read from word classes and capitals: it runs
/// over names, nouns, possessives and the prepositions that build descriptions (`a spokesman
/// for the campaign`, `officials in Washington`), and stops at punctuation, clause words,
/// auxiliaries and verbs of the cue lexicon.
extension AttributionContext {
    static let maxSourceTokens = 10

    /// Prepositions allowed inside a source description.
    func isInnerPreposition(_ k: Int) -> Bool {
        isWord(k, CueWords.of) || isWord(k, CueWords.for) || isWord(k, CueWords.at) || isWord(k, CueWords.from) || isWord(k, CueWords.with)
            || isWord(k, CueWords.in)
    }

    /// Object pronouns cannot be subjects.
    func isObjectPronoun(_ k: Int) -> Bool {
        (isWord(k, CueWords.him) || isWord(k, CueWords.them) || isWord(k, CueWords.me) || isWord(k, CueWords.us)) && !CharClass.isUpper(s[tokens[k].span.end - 1])
    }

    /// A token that can be part of a source phrase.
    func isPhraseWord(_ k: Int) -> Bool {
        let t = tokens[k]
        switch t.kind {
        case .number: return true
        case .word:
            let c = info[k].classes
            // (the plans, familiar with Cruz’s plans, his thinking: after a determiner or a possessive, a noun.)
            if c.contains(.cueVerb) && info[k].form != .base && !isCapitalized(k) && !isPossessedNoun(k)
                && !(info[k].form == .third && k > 0 && has(k - 1, .det)) { return false }
            if !c.isDisjoint(with: [.clause, .that, .to, .aux, .be, .neg, .comp, .adverb]) && !isCapitalized(k) {
                return false
            }
            if c.contains(.prep) { return isInnerPreposition(k) }
            if isObjectPronoun(k) { return false }
            return true
        case .symbol: return first(k) == "&"
        case .punctuation: return first(k) == "%" && k > 0 && tokens[k - 1].kind == .number   // 42% say
        default: return false
        }
    }

    /// A word of a role before a name (presidential, candidate, hopeful, senator) in the actor lexicon.
    func isRoleWord(_ k: Int) -> Bool {
        !ActorLexicon.shared.wordClass(keys[k]).isDisjoint(with: [.personNoun, .title, .epithet, .roleModifier])
    }

    /// A word the actor lexicon knows as a finite verb (began, got, ends, seek).
    /// Modal auxiliaries: the word after one is a verb.
    static let modals = KeySet(["will", "would", "could", "should", "may", "might", "must", "can", "did", "does", "do"].map(WordKey.of))

    /// `would (almost certainly) benefit`: a modal before `k`, past adverbs.
    func followsModal(_ k: Int) -> Bool {
        var m = k - 1
        while m > 0, k - m < 4, has(m, .adverb) || has(m, .neg) || isLyAdverb(m), !isCapitalized(m) { m -= 1 }
        return m >= 0 && Self.modals.contains(keys[m])
    }

    func isKnownVerb(_ k: Int) -> Bool {
        !ActorLexicon.shared.wordClass(keys[k]).isDisjoint(with: [.past, .third, .base])
    }

    /// A cue word in -s or -ing after a determiner or a possessive: a noun (Cruz’s plans, his thinking).
    func isPossessedNoun(_ k: Int) -> Bool {
        (info[k].form == .third || info[k].form == .gerund) && k > 0
            && (has(k - 1, .det) || isPossessive(k - 1) || isLooseApostrophe(k - 1))
    }

    /// The source phrase whose last token is `j`, not reaching before token `lower`.
    func sourceEnding(at j: Int, lower: Int) -> Range<Int>? {
        // Ted Cruz, who said …: the relative pronoun with the phrase it stands for.
        if j >= lower, isWord(j, CueWords.who) || isWord(j, CueWords.which) {
            var k = j - 1
            if k >= lower, isComma(k) { k -= 1 }
            if k >= lower, !isWord(k, CueWords.who), let head = sourceEnding(at: k, lower: lower) { return head.lowerBound..<(j + 1) }
            return j..<(j + 1)
        }
        guard j >= lower, tokens[j].kind == .word || tokens[j].kind == .number || isPunct(j, ")") || isPhraseWord(j) else { return nil }
        if has(j, .pronoun) { return j..<(j + 1) }
        var end = j
        var k = j
        if isPunct(j, ")") {
            // A party label after a name: Sen. Jane Doe (D-Calif.) said.
            var m = j - 1
            while m >= lower, m > j - 6, !isPunct(m, "(") { m -= 1 }
            guard m >= lower, isPunct(m, "(") else { return nil }
            k = m - 1
            end = j
        }
        guard k >= lower, isPhraseWord(k), !has(k, .prep), !has(k, .det) || has(k, .pronoun) else { return nil }
        var start = k
        k -= 1
        while k >= lower, end - k < Self.maxSourceTokens {
            // "accused the majority of ignoring the city's advisers, who warned": a gerund after a
            // preposition opens a clause; the phrase is what follows it.
            if k > lower, !isCapitalized(k), has(k - 1, .prep), isParticiple(k) { break }
            // "would involve Attorney General Loretta Lynch, who told": a word after a modal is its
            // verb, never the start of the phrase.
            if k > 0, !isCapitalized(k), followsModal(k) { break }
            if isPhraseWord(k) || isPossessive(k) || isLooseApostrophe(k) { start = k; k -= 1; continue }
            // people close to the campaign, forces loyal to the president
            if isToModifier(k) { start = k - 1; k -= 2; continue }
            // sources on both sides, members on the committee
            if isWord(k, CueWords.on), k + 1 <= end, has(k + 1, .det) || has(k + 1, .pronoun), !has(k + 1, .time) {
                start = k; k -= 1; continue
            }
            break
        }
        // Trim a leading preposition, and a capitalised clause opener the loop let in.
        while start < end, has(start, .prep) || (has(start, .clause) && !has(start, .det)) { start += 1 }
        guard start <= end else { return nil }
        // Such a noun ends a source only as the object of its preposition (a source familiar with
        // his thinking), never as its head: "Starr's remarks showed …" reports no one.
        if has(end, .cueVerb), !isCapitalized(end), isPossessedNoun(end), !(info[end].form == .third && has(end - 1, .det)),
           !(start..<end).contains(where: { has($0, .prep) }) { return nil }
        // A list of names: the governments of the UAE, France, Italy, UK and the US.
        var m = start - 1
        var listed = m >= lower && isWord(m, CueWords.and)
        while listed, m - 1 >= lower, end - m < 2 * Self.maxSourceTokens, isComma(m) || isWord(m, CueWords.and),
              isCapitalized(m - 1), !has(m - 1, .adverb), !has(m - 1, .time) {
            var n = m - 1
            while n - 1 >= lower, isCapitalized(n - 1) || isPossessive(n - 1) { n -= 1 }
            if n - 1 >= lower, has(n - 1, .det) { n -= 1 }
            start = n
            m = n - 1
            listed = m >= lower && isComma(m)
            if m >= lower, isInnerPreposition(m), let head = sourceEnding(at: m - 1, lower: lower), !isComma(m - 1) {
                start = head.lowerBound
                break
            }
        }
        // An official who spoke anonymously to discuss strategy said: an infinitive of a relative
        // clause; the phrase is the one the clause belongs to.
        if start - 2 >= lower, has(start - 1, .to), !isToModifier(start - 1) {
            var m = start - 2
            // (not "who run the gamut from farmers to professors": from … to is no infinitive.)
            while m > lower, start - m < 9, !isWord(m, CueWords.who), !isComma(m), tokens[m].kind != .quoteMark, !has(m, .cueVerb),
                  !isWord(m, CueWords.from) { m -= 1 }
            if m > lower, isWord(m, CueWords.who), let head = sourceEnding(at: m - 1, lower: lower), !has(head.lowerBound, .pronoun) {
                return head.lowerBound..<(end + 1)
            }
        }
        // Another source speaking to Fox News said, an official speaking on condition of
        // anonymity said: a participle phrase after the speaker; the speaker is the phrase before it.
        // (Not "The lopsided spending by …": an -ing noun after an adjective; nor "cities
        // competing to host …": an infinitive.)
        if start - 3 >= lower, has(start - 1, .prep) || (has(start - 1, .to) && !isKnownVerb(start)), isParticiple(start - 2),
           !isCapitalized(start - 2), !endsInEd(start - 3), let head = sourceEnding(at: start - 3, lower: lower),
           !has(head.lowerBound, .pronoun) || has(head.lowerBound, .det) {
            return head
        }
        // Those who named a candidate said: the relative clause belongs to the phrase before it.
        // (A "that" before a capitalised subject is a complement: the idea that Clinton had shown …)
        if start - 2 >= lower, isWord(start - 1, CueWords.who) || (isWord(start - 1, CueWords.that) && !isCapitalized(start)
                                                                    && !has(start, .det) && !has(start, .pronoun)),
           isPhraseWord(start - 2),
           let head = sourceEnding(at: start - 2, lower: lower), !has(head.lowerBound, .pronoun) || head.count > 1 {
            return head.lowerBound..<(end + 1)
        }
        return start..<(end + 1)
    }

    /// The source phrase starting at token `j` (inverted order: `said the mayor`), up to `upper`.
    func sourceStarting(at j: Int, upper: Int) -> Range<Int>? {
        guard j < upper, tokens[j].kind == .word || tokens[j].kind == .number else { return nil }
        // One operative inside the tower tried …, said one former aide: "one" before a noun opens its phrase.
        // ("many", "several" are left to the actor stage's reading of groups: "many voters across party lines".)
        let quantified = isWord(j, CueWords.one) && j + 1 < upper && tokens[j + 1].kind == .word
            && !isCapitalized(j + 1) && isPhraseWord(j + 1) && !has(j + 1, .cueVerb) && !has(j + 1, .pronoun) && !has(j + 1, .prep)
        if has(j, .pronoun) && !quantified { return j..<(j + 1) }
        guard isPhraseWord(j), !has(j, .prep) else { return nil }
        var end = j
        var k = j + 1
        while k < upper, k - j < Self.maxSourceTokens {
            if isPhraseWord(k) || isPossessive(k) || isLooseApostrophe(k) {
                // A lower-case word in -ed after a noun is its verb (Rubio pushed back, the family deserved).
                if !isCapitalized(k), endsInEd(k), !has(k - 1, .det) { break }
                // After a name, a lower-case word is its verb (McCain went further) unless it is a
                // plural or a role (Trump aides, the Clinton campaign).
                // (A capitalised determiner is no name: The businessman began …; there the subject
                // ends at the first word past its noun that the lexicon knows as a verb.)
                // (Nor is a role's word: Democratic presidential candidate Ann Lee.)
                if !isCapitalized(k), isCapitalized(k - 1), !has(k - 1, .det) || has(k - 1, .pronoun), !(quantified && k == j + 1),
                   !isRoleNoun(k), !has(k, .prep), !isPossessive(k), !isRoleWord(k) { break }
                if !isCapitalized(k), k > j + 1, isCapitalized(j), has(j, .det) && !has(j, .pronoun) || quantified, isKnownVerb(k) { break }
                // Times end the phrase (said Cruz last week).
                if k > j, has(k, .time), !isCapitalized(k) { break }
                // A preposition continues the phrase only when a word follows it.
                if has(k, .prep), !(k + 1 < upper && isPhraseWord(k + 1)) { break }
                if info[k].classes.contains(.cueVerb) && !isCapitalized(k) && end > j { break }
                end = k; k += 1; continue
            }
            if isToModifier(k), k + 1 < upper, isPhraseWord(k + 1) { end = k; k += 1; continue }
            if isPunct(k, "("), let close = (k + 1..<min(upper, k + 6)).first(where: { isPunct($0, ")") }) {
                end = close; k = close + 1; continue
            }
            break
        }
        while end > j, has(end, .prep) || has(end, .det) { end -= 1 }
        return j..<(end + 1)
    }

    /// The "to" of `close to`, `loyal to`, `closest to`: it joins a description to the one it is close to.
    func isToModifier(_ k: Int) -> Bool {
        has(k, .to) && k > 0 && Self.toModifiers.contains(keys[k - 1])
    }
    static let toModifiers: [UInt64] = ["close", "closer", "closest", "loyal", "allied", "friendly", "sympathetic"].map { WordKey.of($0) }

    /// A lower-case word naming a group or a role, which may follow a name inside a phrase.
    func isRoleNoun(_ k: Int) -> Bool {
        let sp = tokens[k].span
        if sp.length > 3, s[sp.end - 1] == "s", s[sp.end - 2] != "s" { return true }   // aides, officials
        return isWord(k, CueWords.campaign) || isWord(k, CueWords.spokesman) || isWord(k, CueWords.spokeswoman) || isWord(k, CueWords.spokesperson)
            || isWord(k, CueWords.official) || isWord(k, CueWords.aide) || isWord(k, CueWords.adviser) || isWord(k, CueWords.advisor)
            || isWord(k, CueWords.staff) || isWord(k, CueWords.team) || isWord(k, CueWords.supporter) || isWord(k, CueWords.administration)
            || isWord(k, CueWords.camp) || isWord(k, CueWords.office) || isWord(k, CueWords.source) || isWord(k, CueWords.leader)
            || isWord(k, CueWords.chief) || isWord(k, CueWords.spokesmans) || isWord(k, CueWords.strategist) || isWord(k, CueWords.manager)
            || isWord(k, CueWords.director) || isWord(k, CueWords.secretary) || isWord(k, CueWords.president) || isWord(k, CueWords.chairman)
            || isWord(k, CueWords.committee) || isWord(k, CueWords.senator) || isWord(k, CueWords.governor) || isWord(k, CueWords.rep)
            || isWord(k, CueWords.member) || isWord(k, CueWords.lawyer) || isWord(k, CueWords.attorney) || isWord(k, CueWords.analyst)
            || isWord(k, CueWords.pollster) || isWord(k, CueWords.economist) || isWord(k, CueWords.professor) || isWord(k, CueWords.expert)
            || isWord(k, CueWords.executive) || isWord(k, CueWords.organization) || isWord(k, CueWords.group) || isWord(k, CueWords.party)
            || isWord(k, CueWords.department) || isWord(k, CueWords.ministry) || isWord(k, CueWords.agency) || isWord(k, CueWords.council)
    }

    /// A lower-case adverb in -ly (officially, publicly), not a noun like "family" or "rally".
    func isLyAdverb(_ k: Int) -> Bool {
        let sp = tokens[k].span
        guard tokens[k].kind == .word, sp.length >= 5, !isCapitalized(k), s[sp.end - 1] == "y", s[sp.end - 2] == "l" else {
            return false
        }
        return !isWord(k, CueWords.family) && !isWord(k, CueWords.rally) && !isWord(k, CueWords.supply) && !isWord(k, CueWords.assembly)
            && !isWord(k, CueWords.anomaly) && !isWord(k, CueWords.bully) && !isWord(k, CueWords.belly) && !isWord(k, CueWords.reply)
            && !isWord(k, CueWords.apply) && !isWord(k, CueWords.italy) && !isWord(k, CueWords.monopoly) && !isWord(k, CueWords.holy)
    }

    func endsInEd(_ k: Int) -> Bool {
        let t = tokens[k].span
        return t.length > 3 && s[t.end - 1] == "d" && s[t.end - 2] == "e"
    }

    /// Skips, leftwards from `j`, the words that may stand between a source and its cue:
    /// auxiliaries, adverbs, negations, days and times (`has also`, `on Friday`, `last week`).
    func skipLeftFillers(from j: Int, lower: Int) -> Int {
        var k = j
        while k >= lower {
            let c = info[k].classes
            if !c.isDisjoint(with: [.aux, .adverb, .neg]) && !c.contains(.pronoun) { k -= 1; continue }
            if isLyAdverb(k) { k -= 1; continue }
            if c.contains(.time) && isWord(k) {
                k -= 1
                // on Thursday evening said: a run of time words, then its preposition.
                while k >= lower, has(k, .time), isWord(k) { k -= 1 }
                if k >= lower, isWord(k, CueWords.on) || isWord(k, CueWords.last) || isWord(k, CueWords.this) { k -= 1 }
                // over the weekend: a determiner, then its preposition.
                else if k > lower, has(k, .det), !has(k, .pronoun), isWord(k - 1, CueWords.during) || isWord(k - 1, CueWords.over) { k -= 2 }
                continue
            }
            // Sanders during a Sunday rally thanked: a short phrase of "during" between subject and
            // verb (only a determiner and time words between "during" and the noun).
            if tokens[k].kind == .word, !has(k, .cueVerb), !has(k, .pronoun), !isCapitalized(k) {
                var m = k - 1
                while m > lower, k - m < 4, has(m, .time) || has(m, .det) && !has(m, .pronoun) { m -= 1 }
                // (right after the subject: a name or a pronoun, not "comments Clinton made Tuesday")
                if m > lower, m < k - 1, isWord(m, CueWords.during), isCapitalized(m - 1) && !has(m - 1, .time) || has(m - 1, .pronoun) {
                    k = m - 1; continue
                }
            }
            break
        }
        return k
    }

    /// Skips, rightwards from `j`, days and times and adverbs after a cue (`said Tuesday`,
    /// `told reporters on Friday` is handled by the caller).
    func skipRightFillers(from j: Int, upper: Int) -> Int {
        var k = j
        while k < upper {
            let c = info[k].classes
            if c.contains(.adverb) && !c.contains(.pronoun) { k += 1; continue }
            if isWord(k, CueWords.on) || isWord(k, CueWords.last) || isWord(k, CueWords.this), k + 1 < upper, has(k + 1, .time) { k += 2; continue }
            if c.contains(.time) && !c.contains(.that) && !c.contains(.det) { k += 1; continue }
            // at one point, at some point, at times
            if isWord(k, CueWords.at), k + 2 < upper, isWord(k + 1, CueWords.one) || isWord(k + 1, CueWords.some) || isWord(k + 1, CueWords.that),
               isWord(k + 2, CueWords.point) || isWord(k + 2, CueWords.time) { k += 3; continue }
            if isWord(k, CueWords.at), k + 1 < upper, isWord(k + 1, CueWords.times) { k += 2; continue }
            break
        }
        return k
    }
}
