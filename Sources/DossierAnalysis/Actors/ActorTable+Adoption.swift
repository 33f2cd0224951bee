/// Speakers the finder did not see as actors: a quote's source that names someone by a
/// description the article uses only there ("the gambling tycoon", "the debate moderators")
/// becomes an actor of its own, so that every attributed quote has a speaker.
extension ActorTable {
    /// The actor `source` refers to, adding one made from the span when no actor fits and the
    /// span names a person, group or organisation. Ids of added actors are provisional until
    /// `numberActors()`.
    public mutating func adoptSpeaker(for source: Span, in doc: Document) -> String? {
        adoptSpeaker(for: source, in: doc, lowerSeen: nil)
    }

    /// `lowerSeen`: the folded keys of the words the article writes in lower case
    /// (`ArticleWords.lowerSeen`), which show a lone capitalised word to be a common one.
    /// `profileCache`: a cache shared by the adoptions of one article (its actors' profiles do not
    /// change while speakers are adopted; new actors only join at the end).
    mutating func adoptSpeaker(for source: Span, in doc: Document, lowerSeen: KeySet?,
                               profileCache: SpeakerLookup.ProfileCache? = nil) -> String? {
        func speaker(for span: Span, in doc: Document) -> String? {
            SpeakerLookup(table: self, doc: doc, cache: profileCache).actor(for: span).map { actors[$0].id }
        }
        // "Rep. Sylvia Garza, D-Texas, who wrote …, said": a party-state tag stands for the
        // name before it.
        if let name = Self.nameBeforePartyTag(source, in: doc) { return speaker(for: name, in: doc) }
        if let id = speaker(for: source, in: doc) { return id }
        if let id = personBeforeApposition(source, in: doc) ?? partyMemberEpithet(source, in: doc) { return id }
        // "economists who believe …": the phrase before a relative pronoun.
        var source = source
        if let np = Self.phraseBeforeRelative(source, in: doc) { source = np }
        guard let (name, type, span) = Self.describedActor(source, in: doc, lowerSeen: lowerSeen) else {
            // "The Washington Post said" read as title-case words: an actor of that name speaks.
            let text = doc.text[source].lowercased()
            let bare = text.hasPrefix("the ") ? String(text.dropFirst(4)) : text
            return actors.first(where: { $0.name.lowercasedEquals(bare) })?.id
        }
        // "a lecture from the Mexican president": the words that name someone may be an actor.
        if span != source, let id = speaker(for: span, in: doc) { return id }
        // "the majority of likely voters" when "likely voters" is an actor: that one.
        let lowerName = name.lowercased()
        if let same = actors.first(where: { $0.type == type && $0.name.lowercasedEquals(lowerName) }) { return same.id }
        // "…,” Keidis continued." in an article about Anthony Kiedis: a lone word that misspells
        // the surname of one person named in full by one slip is that person.
        if type == .person, !name.contains(" "), let same = misspeltSurname(name) { return same }
        let id = "a\(actors.count + 1)"
        actors.append(Actor(id: id, name: name, type: type, mentions: [source]))
        profiles.append(ActorProfile(type: type))
        owners.append(nil)
        var lo = 0, hi = refs.count
        while lo < hi { let mid = (lo + hi) / 2; if refs[mid].span < source { lo = mid + 1 } else { hi = mid } }
        refs.insert(PronounResolver.Ref(span: source, actor: Int32(actors.count - 1), sentence: Int32(doc.sentenceIndex(at: source.start) ?? 0),
                                        quoted: false, modifier: false, described: true), at: lo)
        return id
    }

    /// The id of the one person actor named in full whose surname `word` misspells by one slip
    /// (`ResolverState.oneSlipApart`: a letter left out, added, or two neighbours swapped).
    func misspeltSurname(_ word: String) -> String? {
        let letters = ResolverState.letters(Substring(word))
        var found: String?
        for a in actors where a.type == .person {
            let words = a.name.spaceSeparatedWords
            guard words.count >= 2, let last = words.last, ResolverState.oneSlipApart(ResolverState.letters(last), letters) else { continue }
            if found != nil { return nil }
            found = a.id
        }
        return found
    }

    /// Renumbers actors a1, a2, … in order of first appearance and returns the old id → new id
    /// map for the ids handed out before (quotes' speakers).
    public mutating func numberActors() -> [String: String] {
        let order = actors.indices.sorted { (actors[$0].firstMention ?? .max, $0) < (actors[$1].firstMention ?? .max, $1) }
        var newIndex = [Int](repeating: 0, count: actors.count)
        for (n, o) in order.enumerated() { newIndex[o] = n }
        var renamed: [String: String] = [:]
        var sorted: [Actor] = []
        for (n, o) in order.enumerated() {
            var a = actors[o]
            renamed[a.id] = "a\(n + 1)"
            a.id = "a\(n + 1)"
            sorted.append(a)
        }
        profiles = order.map { profiles[$0] }
        owners = order.map { owners[$0].map { newIndex[$0] } }
        refs = refs.map { var r = $0; r.actor = Int32(newIndex[Int(r.actor)]); return r }
        actors = sorted
        return renamed
    }

    /// The last word of the name before a party-state tag ("Garza" in "Sylvia Garza, D-Texas,"),
    /// or nil when `source` is no such tag.
    static func nameBeforePartyTag(_ source: Span, in doc: Document) -> Span? {
        let s = doc.text.scalars
        guard ArticleWords.party(ofTag: source, in: s) != nil else { return nil }
        var lo = 0, hi = doc.tokens.count
        while lo < hi { let mid = (lo + hi) / 2; if doc.tokens[mid].span.start < source.start { lo = mid + 1 } else { hi = mid } }
        guard lo >= 2, doc.tokens[lo - 1].kind == .punctuation, s[doc.tokens[lo - 1].span.start] == ",",
              doc.tokens[lo - 2].kind == .word else { return nil }
        return doc.tokens[lo - 2].span
    }

    /// The noun phrase right before "who"/"which" ("activists" in "traded the microphone with
    /// activists who raised …"), or nil when `source` is not a relative pronoun.
    static func phraseBeforeRelative(_ source: Span, in doc: Document) -> Span? {
        let lex = ActorLexicon.shared
        let s = doc.text.scalars
        guard lex.pronouns[WordKey.folded(s, source.start..<source.end)]?.form == .relative else { return nil }
        var lo = 0, hi = doc.tokens.count
        while lo < hi { let mid = (lo + hi) / 2; if doc.tokens[mid].span.start < source.start { lo = mid + 1 } else { hi = mid } }
        var k = lo - 1
        guard k >= 0, doc.tokens[k].kind == .word else { return nil }
        let end = doc.tokens[k].span.end
        var start = doc.tokens[k].span.start
        while k >= 0 && lo - k <= 5 && doc.tokens[k].kind == .word {
            let c = lex.wordClass(WordKey.folded(s, doc.tokens[k].span.start..<doc.tokens[k].span.end))
            if c.contains(.prep) || c.contains(.verb) || c.contains(.pronoun) || c.contains(.stop) && !c.contains(.det) && !c.contains(.quant) { break }
            start = doc.tokens[k].span.start
            if c.contains(.det) { break }
            k -= 1
        }
        return Span(start, end)
    }

    /// A name and type for a span no actor fits: its head noun says person, group or
    /// organisation ("the debate moderators" → group "debate moderators"); capitalised words
    /// the finder left out make a person or organisation. Pronouns, polls and documents do not.
    static func describedActor(_ source: Span, in doc: Document, lowerSeen: KeySet? = nil) -> (String, ActorType, Span)? {
        let lex = ActorLexicon.shared
        let s = doc.text.scalars
        var words: [Token] = []
        var lo = 0, hi = doc.tokens.count
        while lo < hi { let mid = (lo + hi) / 2; if doc.tokens[mid].span.start < source.start { lo = mid + 1 } else { hi = mid } }
        for t in doc.tokens[lo...] {
            guard t.span.end <= source.end else { break }
            // The phrase ends at a comma or a relative clause ("…, who …").
            if t.kind == .punctuation && (s[t.span.start] == "," || s[t.span.start] == "(") { break }
            let k = WordKey.folded(s, t.span.start..<t.span.end)
            if t.kind == .word && lex.pronouns[k]?.form == .relative { break }
            words.append(t)
        }
        guard !words.isEmpty, words.count <= 12 else { return nil }
        if shoutedCommonWords(words, s, lex) { return nil }
        var type: ActorType?
        var start = 0
        // "A third of independents", "62% of Democrats", "the majority of likely voters": the group.
        if let of = words.firstIndex(where: { WordKey.folded(s, $0.span.start..<$0.span.end) == ActorWordKeys.ofKey }), of > 0, of + 1 < words.count,
           words[..<of].allSatisfy({ t in
               t.kind == .number || s[t.span.start] == "%"
                   || !lex.wordClass(WordKey.folded(s, t.span.start..<t.span.end)).isDisjoint(with: [.det, .quant, .share, .adverb])
           }), words[..<of].contains(where: { t in
               t.kind == .number || !lex.wordClass(WordKey.folded(s, t.span.start..<t.span.end)).isDisjoint(with: [.quant, .share])
           }) {
            start = of + 1
        }
        var end = words.count
        for (i, t) in words.enumerated() where t.kind == .word {
            let c = lex.wordClass(WordKey.folded(s, t.span.start..<t.span.end))
            if i == start && (c.contains(.det) || c.contains(.poss)) && CharClass.isLower(s[t.span.start]) || i == start && c.contains(.det) {
                start = i + 1; continue
            }
            // "the majority of ignoring …": the name stops before a preposition and a gerund.
            if c.contains(.prep), i + 1 < words.count, words[i + 1].kind == .word {
                let n = WordKey.folded(s, words[i + 1].span.start..<words[i + 1].span.end)
                if lex.wordClass(n).contains(.ing) || doc.text[words[i + 1].span].hasSuffix("ing") { end = i; break }
            }
            // "Priya Raman of Friends of Kestrel Bay": a name of two words or more before "of"
            // is the person; what follows is where she is from.
            if c.contains(.prep), type == nil, i - start >= 2,
               words[start..<i].allSatisfy({ $0.kind == .word && CharClass.isUpper(s[$0.span.start]) }),
               !words[start..<i].contains(where: { lex.wordClass(WordKey.folded(s, $0.span.start..<$0.span.end)).contains(.cue) }) {
                let span = Span(words[start].span.start, words[i - 1].span.end)
                return (doc.text[span], .person, span)
            }
            if c.contains(.prep) && type != nil { break }
            // "a recent poll of Indiana voters": what comes before "of" is the phrase's head.
            if c.contains(.prep), type == nil, i > start, WordKey.folded(s, t.span.start..<t.span.end) == ActorWordKeys.ofKey,
               CharClass.isLower(s[words[i - 1].span.start]) { return nil }
            // "without complaint a lecture from the Mexican president": no actor word before
            // another preposition; the actor is after it.
            if c.contains(.prep), type == nil, i > start, i + 1 < words.count, CharClass.isLower(s[words[i - 1].span.start]) {
                start = i + 1
                continue
            }
            // "The meeting got people talking", "It means including people who": a clause with
            // its own verb, not a phrase naming someone.
            if i > start, CharClass.isLower(s[t.span.start]), !c.isDisjoint(with: .verb), !c.isDisjoint(with: [.past, .third]),
               c.isDisjoint(with: [.groupNoun, .personNoun, .orgNoun]) { return nil }
            if i == 0, words.count > 1, c.contains(.pronoun), lex.pronouns[WordKey.folded(s, t.span.start..<t.span.end)]?.form == .subject { return nil }
            if c.contains(.groupNoun) { type = .group }
            else if c.contains(.personNoun) { type = .person }
            else if c.contains(.orgNoun) { type = .organization }
        }
        // "Delegate Update:", "Editor’s Note:": a word for a person opening a label.
        if type == .person, Self.isCapitalisedLabel(words[start...], s, lex) { return nil }
        if type == nil {
            let caps = words[start...].filter { $0.kind == .word && CharClass.isUpper(s[$0.span.start]) }
            guard caps.count == words.count - start, !caps.isEmpty else { return nil }
            let k = WordKey.folded(s, caps[0].span.start..<caps[0].span.end)
            if lex.wordClass(k).contains(.stop) || lex.pronouns[k] != nil { return nil }
            // "Editor’s Note:", "Delegate Update:", "Paid Notice:": a label's last word is one
            // that never makes a name (name_stopwords.txt).
            let tail = caps[caps.count - 1].span
            let tailClass = lex.wordClass(WordKey.folded(s, tail.start..<tail.end))
            if caps.count >= 2, tailClass.contains(.stop), tailClass.isDisjoint(with: [.month, .day]),
               !caps.contains(where: { lex.wordClass(WordKey.folded(s, $0.span.start..<$0.span.end)).contains(.firstName) }) { return nil }
            // "Study warns …" in a headline: one capitalised common word is no name.
            let common: WordClass = [.speech, .action, .personNoun, .groupNoun, .orgNoun, .placeNoun, .adverb, .ing]
            if caps.count == 1 && !lex.wordClass(k).isDisjoint(with: common) && !lex.wordClass(k).contains(.firstName) { return nil }
            if caps.count == 1 && FirstNameWords.opensSentence(caps[0], in: doc) { return nil }   // "Soon after, …"
            // "Underdog sees prospect to sway superdelegates" under the headline: one
            // capitalised word no lexicon knows, opening the headline or the subhead on the line
            // after it, is capitalised as a headline's first word is, whatever it is; the story
            // names its actors again.
            if caps.count == 1, lex.wordClass(k).isEmpty, Self.opensHeadline(caps[0].span, doc) { return nil }
            // "Q: Did the service take care of you?": one capital letter is an interview's label
            // for the question or the answer, no name.
            if caps.count == 1, caps[0].span.length == 1 { return nil }
            // "Republican seeks new inquiry": a word of party, creed or origin alone is no actor.
            if caps.count == 1, lex.identityAdjectives.contains(k) { return nil }
            // "I'd consider", "They’re not expecting": a pronoun with a contraction.
            if caps.count == 1, Self.isContractedPronoun(caps[0].span, s, lex) { return nil }
            // "Exit polls", "Whoever wins": one capitalised word the article also writes in
            // lower case is a common word at a sentence's start, not a name.
            if caps.count == 1, let lowerSeen, lowerSeen.contains(k), !lex.wordClass(k).contains(.firstName) { return nil }
            // "New Poll Shows …", "Leaked Documents Reveal …", "Delegate Update: …": title-case
            // words ending in one the article writes in lower case are a thing, not a name.
            if caps.count >= 2, let lowerSeen, Self.titleCasedCommonPhrase(caps, s, lex, lowerSeen) { return nil }
            if Self.placeInLocativeSlot(caps, in: doc, lex) { return nil }
            // "Glass-Steagall aimed to …": a law or pact named for two people.
            if ActorAssembler.isHyphenedNames(doc.text[Span(caps[0].span.start, caps[caps.count - 1].span.end)], lex) { return nil }
            // "Findings show …" opening a sentence: a word no lexicon knows, with a common noun's
            // ending, as the name finder reads it.
            if caps.count == 1, lex.wordClass(k).isEmpty, NameChunker.looksCommon(s, caps[0].span),
               let si = doc.sentenceIndex(at: caps[0].span.start), doc.sentences[si].span.start == caps[0].span.start { return nil }
            let allCaps = caps.count == 1 && (caps[0].span.start..<caps[0].span.end).allSatisfy { !CharClass.isLower(s[$0]) }
            // "The PGA Tour said": a name ending in a word that names a kind of body or event
            // speaks as the body that runs it, not as a person ("Michael Bay" starts with a first name).
            let last = caps[caps.count - 1].span
            let body = caps.count >= 2 && lex.wordClass(WordKey.folded(s, last.start..<last.end)).contains(.cue) && !lex.wordClass(k).contains(.firstName)
            type = allCaps || body ? .organization : .person
        }
        // "a Quinnipiac University poll found", "Federal Election Commission records show": a
        // body's thing speaks for the body.
        if type == .organization {
            func lowerThing(_ t: Token) -> Bool {
                t.kind == .word && CharClass.isLower(s[t.span.start])
                    && lex.wordClass(WordKey.folded(s, t.span.start..<t.span.end)).isDisjoint(with: [.personNoun, .groupNoun, .orgNoun])
            }
            var last = end - 1
            while last > start, lowerThing(words[last]) { last -= 1 }
            if last < end - 1, words[last].kind == .word, CharClass.isUpper(s[words[last].span.start]) {
                end = last + 1
                while start < end - 1, words[start].kind == .number { start += 1 }
            }
        }
        guard let t = type, start < end else { return nil }
        let span = Span(words[start].span.start, words[end - 1].span.end)
        if t == .group, ActorAssembler.namesPeopleInGeneral(doc.text[span], lex) { return nil }   // "More people voted"
        return (doc.text[span], t, span)
    }

    /// Capitalised words no first name, title or courtesy word opens, whose last word the
    /// article also writes in lower case ("New Poll" beside "the poll"): a headline's title
    /// case on common words. Names of people keep a surname the article never lowers.
    /// The span opens the article's first line (its headline), or the line right after it when
    /// no blank line comes between them (a subhead).
    static func opensHeadline(_ span: Span, _ doc: Document) -> Bool {
        let p = doc.paragraphs
        guard p.count >= 2 else { return false }
        if span.start == p[0].span.start { return true }
        guard span.start == p[1].span.start, p.count >= 3 else { return false }
        return doc.text.scalars[p[0].span.end..<p[1].span.start].filter { $0 == "\n" }.count == 1
    }

    static func titleCasedCommonPhrase(_ caps: [Token], _ s: [Unicode.Scalar], _ lex: ActorLexicon, _ lowerSeen: KeySet) -> Bool {
        let name: WordClass = [.firstName, .title, .courtesy]
        for t in caps where !lex.wordClass(WordKey.folded(s, t.span.start..<t.span.end)).isDisjoint(with: name) { return false }
        let last = caps[caps.count - 1].span
        return lowerSeen.contains(WordKey.folded(s, last.start..<last.end))
    }

    /// A place the lexicon knows where the text only says where ("Columbia, South Carolina",
    /// "in New Hampshire", "from Manchester", a list's label "South Carolina:") is no speaker. A
    /// place opening its clause ("Utah has long been loyal", "Friday, Texas, … asked a judge")
    /// may stand for its people or government, and stays.
    static func placeInLocativeSlot(_ caps: [Token], in doc: Document, _ lex: ActorLexicon) -> Bool {
        let s = doc.text.scalars
        let first = caps[0].span, last = caps[caps.count - 1].span
        guard let e = lex.entities[WordKey.folded(doc.text[Span(first.start, last.end)])], e.kind == .place else { return false }
        var lo = 0, hi = doc.tokens.count
        while lo < hi { let mid = (lo + hi) / 2; if doc.tokens[mid].span.start < first.start { lo = mid + 1 } else { hi = mid } }
        var end = lo
        while end < doc.tokens.count, doc.tokens[end].span.start < last.end { end += 1 }
        if end < doc.tokens.count, doc.tokens[end].kind == .punctuation, s[doc.tokens[end].span.start] == ":" { return true }
        guard lo >= 1 else { return false }
        let before = doc.tokens[lo - 1]
        func cls(_ t: Token) -> WordClass { lex.wordClass(WordKey.folded(s, t.span.start..<t.span.end)) }
        if before.kind == .word, cls(before).contains(.prep) { return true }
        if before.kind == .punctuation, s[before.span.start] == ",", lo >= 2 {
            let w = doc.tokens[lo - 2]
            return w.kind == .word && CharClass.isUpper(s[w.span.start]) && cls(w).isDisjoint(with: [.day, .month])
        }
        return false
    }

    /// A pronoun or function word with a contraction ("I'd", "We’ve", "They’re").
    static func isContractedPronoun(_ span: Span, _ s: [Unicode.Scalar], _ lex: ActorLexicon) -> Bool {
        var i = span.start + 1
        while i < span.end && !CharClass.isApostrophe(s[i]) { i += 1 }
        guard i < span.end - 1 else { return false }
        let head = lex.wordClass(WordKey.folded(s, span.start..<i))
        return head.contains(.stop) || head.contains(.pronoun)
    }
}
