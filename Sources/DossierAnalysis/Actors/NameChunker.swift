/// Finds the capitalised runs of a sentence that may be names, and takes apart each one
/// (`ChunkClassifier`). Capitals at the start of a sentence, clause or quote, in headlines and
/// in all-capital words count only with evidence: a lexicon entry, the same word capitalised
/// elsewhere mid-sentence, or (for a word never seen in lower case) a verb right after it.
struct NameChunker {
    let w: ArticleWords
    let lex: ActorLexicon

    init(_ w: ArticleWords) { self.w = w; self.lex = w.lex }

    func chunks(in range: Range<Int>) -> [NameChunk] {
        var out: [NameChunk] = []
        let classifier = ChunkClassifier(w)
        var i = range.lowerBound
        while i < range.upperBound {
            guard startsName(i) else { i += 1; continue }
            let j = extend(i, end: range.upperBound)
            // Most runs are one evidenced run too short to split: no arrays are built for them.
            if !w.flags[i].contains(.headline) {
                if let a = evidencedStart(i..<j, sentenceEnd: range.upperBound) { add(a..<j, range, classifier, &out) }
            } else {
                for run in headlineRuns(i..<j) { add(run, range, classifier, &out) }
            }
            i = j
        }
        return out
    }

    /// Classifies a run, split at inflected verbs, into `out`.
    private func add(_ run: Range<Int>, _ range: Range<Int>, _ classifier: ChunkClassifier, _ out: inout [NameChunk]) {
        if run.count < 3 { classifyPart(run, range, classifier, &out); return }
        for part in splittingAtVerbs(run) { classifyPart(part, range, classifier, &out) }
    }

    private func classifyPart(_ part: Range<Int>, _ range: Range<Int>, _ classifier: ChunkClassifier, _ out: inout [NameChunk]) {
        guard var c = classifier.classify(part) else { return }
        // “Star Power”, ''Aunt Tom'', “Austin Powers: The Spy Who Shagged Me”: a
        // person's name that fills a quotation is a title, an award or an epithet.
        if c.kind == .person || c.kind == .single, fillsQuotation(part) { c.kind = .other }
        // "Paris, who used to work on Capitol Hill, said": a place's name that "who"
        // follows names a person.
        if [.capital, .seat, .place].contains(c.kind), part.count == 1, part.upperBound + 1 < range.upperBound,
           w.flags[part.upperBound].contains(.comma), w.key[part.upperBound + 1] == ActorWordKeys.whoKey {
            c.kind = .single; c.entity = nil
        }
        out.append(c)
    }

    /// The run is all a quotation holds (after at most a few capitalised words split off it,
    /// such as an article or a title, before at most one mark or a subtitle's colon), and no
    /// name follows the quotation (“Lyin’ Ted” Cruz is a nickname before the name).
    func fillsQuotation(_ r: Range<Int>) -> Bool {
        var k = r.lowerBound - 1
        while k >= 0 && r.lowerBound - k <= 3 && w.flags[k].contains(.word) && w.flags[k].contains(.cap) { k -= 1 }
        guard k >= 0, w.t(k).kind == .quoteMark else { return false }
        if !w.flags[k].contains(.openQuote) {
            guard k >= 1, w.t(k - 1).kind == .quoteMark, w.flags[k - 1].contains(.openQuote) else { return false }
        }
        var e = r.upperBound
        guard e < w.count else { return false }
        if w.isPunct(e, ":") { return w.flags[e].contains(.quoted) }
        if w.isPunct(e, ",") || w.isPunct(e, ".") || w.isPunct(e, "!") || w.isPunct(e, "?") { e += 1 }
        guard e < w.count, w.t(e).kind == .quoteMark, w.flags[e].contains(.closeQuote) else { return false }
        var n = e + 1
        while n < w.count && w.t(n).kind == .quoteMark { n += 1 }
        return !(n < w.count && w.sentence[n] == w.sentence[r.lowerBound] && w.flags[n].contains(.spaceBefore) && isNameWord(n))
    }

    /// A capitalised word that can be part of a name (not a day; a month only after a first name,
    /// as in "Theresa May"; not a possessive).
    func isNameWord(_ k: Int) -> Bool {
        let f = w.flags[k]
        guard f.contains(.word), f.contains(.cap) || f.contains(.allCaps), !f.contains(.possessive) else { return false }
        if w.partyTag(k) != nil { return false }
        let c = w.cls[k]
        if c.contains(.day) { return false }
        if c.contains(.month) { return k > 0 && w.cls[k - 1].contains(.firstName) && w.flags[k - 1].contains(.cap) || monthAsFirstName(k) }
        // A boilerplate word that is also an organisation word ("Watch", "Video") closes a name
        // it follows ("Digital Rights Watch") but starts none.
        if c.contains(.stop) { return knownAbbreviation(k) || c.contains(.cue) && k > 0 && isNameWord(k - 1) }
        return true
    }

    func startsName(_ k: Int) -> Bool { isNameWord(k) }

    /// A month that is also a first name ("April") before one capitalised word that a comma and
    /// a description of a person ("April Mellody, a spokeswoman for …") or a speech verb ("April
    /// Mellody said") follow: a woman's name, not a date.
    func monthAsFirstName(_ k: Int) -> Bool {
        let n = k + 1
        guard w.cls[k].contains(.firstName), n + 1 < w.count, w.flags[n].contains(.cap), !w.flags[n].contains(.possessive),
              w.cls[n].isDisjoint(with: [.month, .day, .stop, .firstName]), w.sentence[n + 1] == w.sentence[k] else { return false }
        if w.lowerWord(n + 1, .speech) && w.has(n + 1, [.past, .third]) { return true }
        guard w.flags[n + 1].contains(.comma), n + 3 < w.count, w.lowerWord(n + 2, .det) else { return false }
        var j = n + 3
        while j < w.count && j - n <= 6 && w.flags[j].contains(.lower) {
            if w.has(j, [.personNoun, .title]) { return true }
            j += 1
        }
        return false
    }

    @inline(__always) func knownAbbreviation(_ k: Int) -> Bool {
        w.flags[k].contains(.allCaps) && lex.abbreviations[w.exact[k]] != nil && !shoutedAuxiliary(k)
    }

    /// "FIX IS IN", "WHERE JAPAN IS FACING A CULTURAL DILEMMA": in a shouted line every word is
    /// in capitals, so an auxiliary there is the verb, not the abbreviation it is spelt like
    /// ("IS" for the Islamic State).
    @inline(__always) func shoutedAuxiliary(_ k: Int) -> Bool {
        w.flags[k].contains(.headline) && w.cls[k].contains(.aux)
    }

    /// End of the run that starts at `i`: capitalised words, name particles between them
    /// ("de", "bin"), "of"/"for"/"on" inside organisation or title names ("Bank of America",
    /// "Secretary of State"), and whole lexicon names ("Bosnia and Herzegovina").
    func extend(_ i: Int, end: Int) -> Int {
        var j = max(i + 1, longestEntity(at: i, limit: end)?.end ?? i + 1)
        // Inside an organisation's name once an organisation word took an "of"/"for" ("Court of
        // Arbitration for Sport", "Organization for Security and Co-operation in Europe",
        // "Department of Health and Human Services"): further connectors belong to it.
        var inOrgName = false
        var joinedAnd = false
        while j < end {
            if isNameWord(j) { j = max(j + 1, longestEntity(at: j, limit: end)?.end ?? j + 1); continue }
            if let e = imperativeNameEnd(i, j, end: end) { j = e; continue }   // "Correct the Record"
            if j + 1 < end, isNameWord(j + 1), w.flags[j].contains(.lower) {
                if w.has(j, .particle) { j += 2; continue }
                let k = w.key[j]
                // "Fraternal Order of Police", "Knights of Columbus Council": "of" before an
                // organisation word, after words that are no person's name.
                let ofBody = k == ActorWordKeys.ofKey && w.has(j + 1, .cue) && !w.has(j + 1, .title) && !w.has(i, .firstName)
                    && !w.has(j - 1, [.firstName, .title]) && lex.cueKinds[w.key[j + 1]].map({ $0 != "place" && $0 != "event" }) == true
                if (k == ActorWordKeys.ofKey || k == ActorWordKeys.forKey || k == ActorWordKeys.onKey) && (orgish(j - 1) || afterOrgNoun(i) || inOrgName || ofBody) {
                    inOrgName = inOrgName || w.has(j - 1, .cue) || afterOrgNoun(i)
                    j = max(j + 2, longestEntity(at: j + 1, limit: end)?.end ?? j + 2); continue
                }
                if inOrgName, !joinedAnd, k == ActorWordKeys.andKey, !w.has(j + 1, [.firstName, .title, .courtesy]), lex.entities[w.key[j + 1]] == nil,
                   longestEntity(at: j + 1, limit: end) == nil {
                    joinedAnd = true; j += 2; continue
                }
                // "… and Co-operation in Europe": a place closing a name joined by "and".
                if joinedAnd, k == ActorWordKeys.inKey, j + 2 >= end || !isNameWord(j + 2), let e = lex.entities[w.key[j + 1]],
                   e.kind == .place || e.kind == .country { j += 2; break }
            }
            // "Committee to Protect Journalists": an organisation word's purpose, in capitals.
            if j + 2 < end, w.flags[j].contains(.lower), w.key[j] == ActorWordKeys.toKey, w.has(j - 1, .cue), !w.has(j - 1, .title),
               lex.cueKinds[w.key[j - 1]].map({ $0 != "place" && $0 != "event" }) == true,
               isNameWord(j + 1), isNameWord(j + 2), !w.has(j + 1, [.firstName, .title]) { j += 2; continue }
            // "Machinists District 751", "Fraternal Order of Police Lodge 69": a number closing
            // an organisation's name.
            if w.t(j).kind == .number, j > i, inOrgName || w.has(j - 1, .cue), w.flags[j - 1].contains(.cap), !w.has(j - 1, .month),
               w.t(j).span.length <= 4, (w.t(j).span.start..<w.t(j).span.end).allSatisfy({ CharClass.isDigit(w.s[$0]) }),
               w.flags[j].contains(.spaceBefore), j + 1 >= end || !w.isWord(j + 1) || w.flags[j + 1].contains(.lower) { j += 1; break }
            if j + 2 < end, w.flags[j].contains(.lower), w.key[j] == ActorWordKeys.ofKey, w.key[j + 1] == ActorWordKeys.theKey,
               isNameWord(j + 2), orgish(j - 1) { j = max(j + 3, longestEntity(at: j + 2, limit: end)?.end ?? j + 3); continue }
            // "Transport Workers' Union": a plural possessive inside an organisation's name.
            if j + 1 < end, w.flags[j].contains(.possessive), w.t(j).span.length == 1, isNameWord(j + 1), w.has(j + 1, .cue),
               j > i, w.s[w.t(j - 1).span.end - 1] == "s" { j += 1; continue }
            if j + 1 < end, w.key[j] == ActorWordKeys.andKey, w.flags[j].contains(.lower), isNameWord(j + 1), andInsideName(i, j, end: end) { j += 1; continue }
            if j + 1 < end, w.isPunct(j, "&"), isNameWord(j + 1), !w.has(j + 1, [.title, .courtesy]), !w.has(i, .firstName) { j += 2; continue }
            if inOrgName, !joinedAnd, let e = subjectListEnd(j, end: end) { j = e; break }   // "… on Science, Space and Technology"
            break
        }
        return j
    }

    /// A title, organisation or modifier word right before "of" ("Ministry of …", "Speaker of
    /// …", "Secretary of State"), not a person's name ("Ted Cruz of Texas").
    func orgish(_ k: Int) -> Bool {
        w.has(k, [.cue, .title, .roleModifier]) && !w.has(k, .firstName)
    }

    /// "Harbour and Transport Workers' Union": an "and" between a lone capitalised word and a
    /// run that ends in an organisation word joins them; not between two names ("France and
    /// the Netherlands", "Smith and Jones Ltd" after a first name).
    func andInsideName(_ i: Int, _ j: Int, end: Int) -> Bool {
        // "Federal Mediation and Conciliation Service": up to three plain words before the "and".
        guard j - i >= 1, j - i <= 3, (i..<j).allSatisfy({ isNameWord($0) && !w.has($0, [.firstName, .title, .courtesy, .cue]) }),
              lex.entities[w.key[i]] == nil, longestEntity(at: i, limit: j) == nil,
              !w.flags[i].contains(.allCaps) else { return false }
        var m = j + 1
        while m < end && m - j <= 5 {
            if isNameWord(m) || w.isPunct(m, "'") || w.isPunct(m, "’") || w.flags[m].contains(.possessive) {
                if w.has(m, .cue), let kind = lex.cueKinds[w.key[m]], kind != "place" && kind != "event", m > j + 1 { return true }
                // "Work and Pensions Secretary Alistair Brooke": a title closing the body's name.
                if m > j + 1, w.has(m, .title), !w.has(m, .firstName), m + 1 < end, isNameWord(m + 1) { return true }
                m += 1; continue
            }
            break
        }
        return false
    }

    /// The run starts right after a lower-case noun for an organisation ("the campaign group
    /// Friends of Kestrel Bay"): its "of" belongs to the name.
    func afterOrgNoun(_ i: Int) -> Bool {
        i > 0 && w.flags[i - 1].contains(.lower) && w.has(i - 1, .orgNoun) && !w.has(i - 1, [.personNoun, .title, .det, .poss])
    }

    /// The longest lexicon name (two words or more) starting at `i`.
    func longestEntity(at i: Int, limit: Int) -> (end: Int, entity: ActorLexicon.Entity)? {
        var h = WordKey.seed
        var best: (Int, ActorLexicon.Entity)?
        var k = i
        while k < limit && k - i < lex.maxEntityWords {
            guard w.flags[k].contains(.word) || w.isPunct(k, "&") else { break }
            if k > i && w.flags[k].contains(.spaceBefore) { h = WordKey.space(h) }
            let sp = w.t(k).span
            h = WordKey.folded(w.s, sp.start..<sp.end, from: h)
            if k > i, let e = lex.entities[h], isNameWord(k) || w.flags[k].contains(.cap) && w.flags[k].contains(.word) { best = (k + 1, e) }
            let glued = k + 1 < limit && !w.flags[k + 1].contains(.spaceBefore)
            if !glued && !lex.entityPrefixes.contains(h) { break }
            k += 1
        }
        return best.map { (end: $0.0, entity: $0.1) }
    }

    /// Outside headlines, where the evidenced part of a run starts (nil when none of it is a
    /// name): words at the front that lack evidence of being names are split off. An all-capital
    /// word needs a lexicon entry or a mid-sentence capital elsewhere; a sentence's first word
    /// also passes when it is never written in lower case and more name words or a verb follow.
    func evidencedStart(_ r: Range<Int>, sentenceEnd: Int) -> Int? {
        var a = r.lowerBound
        while a < r.upperBound {
            let needs = w.flags[a].contains(.initial) || (w.flags[a].contains(.allCaps) && w.t(a).span.length > 3)
            if FirstNameWords.isCommonWord(a, run: r, in: w) { return nil }   // "Soon after, …"
            if !needs || known(a, alone: r.upperBound - a == 1) { break }
            // "Co-operation in Europe (OSCE)": capitals in brackets right after a name are its acronym.
            if r.count == 1, a >= 2, w.flags[a].contains(.allCaps), w.flags[a - 1].contains(.openParen), isNameWord(a - 2),
               a + 1 < w.count, w.flags[a + 1].contains(.closeParen) { break }
            // "Neighbouring Kastria said": an unknown word in "-ing" at the start qualifies the
            // name, unless a lexicon name starts with it ("Downing Street").
            let sp = w.t(a).span
            if r.upperBound - a >= 2, longestEntity(at: a, limit: r.upperBound) == nil, w.cls[a].isEmpty, sp.length > 5, w.s[sp.end - 1] == "g", w.s[sp.end - 2] == "n", w.s[sp.end - 3] == "i" {
                a += 1; continue
            }
            // "Environment Minister Grace Adebayo": a role word before a title is part of it.
            if w.has(a, .roleModifier), a + 1 < r.upperBound, w.has(a + 1, [.title, .roleModifier]) { break }
            let shouting = w.flags[a].contains(.allCaps) && w.t(a).span.length > 3
            // "Celebrities Julianne Moore": a common word before a first name.
            let beforeFirstName = a + 1 < r.upperBound && w.has(a + 1, .firstName)
            if !shouting && !w.lowerSeen.contains(w.key[a]) && !commonWord(a) && !beforeFirstName
                && (r.upperBound - a >= 2 || !looksCommon(a) && followedByVerb(r.upperBound, sentenceEnd)) { break }
            a += 1
            while a < r.upperBound, !isNameWord(a) { a += 1 }   // a particle or connector left at the front
        }
        return a < r.upperBound ? a : nil
    }

    /// In a headline, the runs of words that a lexicon entry or a mid-sentence capital elsewhere
    /// backs.
    func headlineRuns(_ r: Range<Int>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start: Int?
        for k in r {
            if known(k) && isNameWord(k) { if start == nil { start = k } } else if let s = start { out.append(s..<k); start = nil }
        }
        if let s = start { out.append(s..<r.upperBound) }
        // A lone first name or title word in a headline ("Bill", "Senate Passes … Bill") needs the article to back it.
        return out.filter { $0.count > 1 || w.capSeen.contains(w.key[$0.lowerBound]) || lex.entities[w.key[$0.lowerBound]] != nil
            || lex.abbreviations[w.exact[$0.lowerBound]] != nil && !shoutedAuxiliary($0.lowerBound) }
    }

    /// Evidence from the lexicons or from the article that a capitalised word is a name word. An
    /// organisation or place word ("Forces", "Times") alone is only a common noun.
    func known(_ k: Int, alone: Bool = false) -> Bool {
        if w.capSeen.contains(w.key[k]) { return true }
        if w.has(k, [.firstName, .title, .courtesy]) { return true }
        if w.has(k, .cue) && !alone { return true }
        if lex.entities[w.key[k]] != nil { return true }
        if knownAbbreviation(k) { return true }
        return false
    }

    func followedByVerb(_ k: Int, _ end: Int) -> Bool {
        var k = k
        while k < end, w.flags[k].contains(.lower), w.has(k, .adverb) || ActorContext.looksLikeAdverb(w, k) { k += 1 }
        guard k < end else { return false }
        if w.flags[k].contains(.possessive) { return true }
        // "Tenant advocates criticised": a noun for people that a verb follows is the head,
        // and the capitalised word before it a modifier.
        if w.has(k, [.groupNoun, .personNoun]), k + 1 < end, w.flags[k + 1].contains(.lower),
           w.has(k + 1, .verb) || ActorContext.looksLikePast(w, k + 1) { return false }
        return w.flags[k].contains(.lower) && (w.has(k, .verb) && !w.has(k, .ing) || ActorContext.looksLikePast(w, k))
    }
}
