/// Actors named by how they stand toward another ("Clinton's Democratic rival, Bernie Sanders",
/// "Trump critic Mitt Romney", "Clinton ally Terry McAuliffe", "Romney, a longtime critic of
/// Trump"): the noun (`relation_nouns.txt`) belongs to one actor, its owner, and names another,
/// the holder, who stands against it or with it. Reporters state most rivalries and alliances
/// this way, never as anyone's statement.
///
/// A group named by the noun ("Trump supporters", "Clinton's critics") holds the relation
/// itself. The owner is a name or a possessive right before the noun (past a few qualifiers:
/// "Democratic", "longtime"), or a name after "of"; "his", "her", "their" stand for the nearest
/// person named before in the sentence, or else the first in the sentence before. The holder is
/// the name right after the noun (past a comma and a title) or the name the phrase is in
/// apposition to. Linear: one pass over the tokens, binary searches in the sorted mentions.
struct RelationNouns {
    struct Relation {
        var holder: String
        var owner: String
        var sign: Int8
        var noun: Int
        /// What the holder does to the owner, when the noun says more than rivalry or alliance
        /// ("the FBI probe into Clinton": oppose).
        var meaning: CueMeaning? = nil
    }

    let doc: Document
    let lexicon: StanceLexicon
    let nouns: KeyTable<Int8>

    static let table: KeyTable<Int8> = {
        var pairs: [(UInt64, Int8)] = []
        for line in Lexicon(bytes: PackageResources.relation_nouns_txt).entries {
            let parts = line.split(separator: ";")
            guard parts.count == 2 else { continue }
            let sign: Int8 = parts[1].contains("behind") ? Self.behind : parts[1].contains("versus") ? Self.versus : parts[1].contains("ahead") ? Self.ahead
                : parts[1].contains("between") ? Self.between : parts[1].contains("than") ? Self.than
                : parts[1].contains("pursuit") ? Self.pursuit
                : parts[1].contains("received") ? (parts[1].contains("-") ? Self.receivedAgainst : Self.receivedFor)
                : parts[1].contains("over") ? Self.over : (parts[1].contains("-") ? -1 : 1)
            for form in parts[0].split(separator: " ") { pairs.append((WordKey.of(String(form)), sign)) }
        }
        return KeyTable(pairs) { a, _ in a }
    }()

    static let its = WordKey.of("its")
    static let their = WordKey.of("their")

    /// Bodies a person's staff works in, between the person's name and the staff noun.
    static let bodyWords: KeySet = KeySet(["campaign", "team", "office", "staff", "camp"].map(WordKey.folded))

    /// The sign of a contest noun ("victory", "lead"): its owner competes with the actor after
    /// "over".
    static let over: Int8 = 2
    /// "Clinton vs. Trump": the names on both sides compete.
    static let versus: Int8 = 3
    /// A lead between two names with its margin after them ("Gaddis leads Ellison by five
    /// points", "Ellison led Gaddis 47 percent to 39 percent"); without a margin the verb may
    /// lead a body ("led the Democrats").
    static let ahead: Int8 = 4

    init(doc: Document, lexicon: StanceLexicon) {
        self.doc = doc
        self.lexicon = lexicon
        nouns = Self.table
    }

    /// `mentions`: every actor mention, sorted by span; `people`: the ids of person actors.
    func find(mentions: [(span: Span, actor: String)], people: Set<String>) -> [Relation] {
        var out: [Relation] = []
        let s = doc.text.scalars
        for (si, sentence) in doc.sentences.enumerated() {
            for k in sentence.tokenRange where doc.tokens[k].kind == .word {
                let t = doc.tokens[k].span
                // Relation nouns are lower-case words of two to fourteen letters: test that first.
                guard t.end - t.start >= 2, t.end - t.start <= 14, CharClass.isLower(s[t.start]),
                      let sign = nouns[doc.keys[k]] else { continue }
                // "super" names the owner's money group only before "PAC" ("super delegates" are no staff).
                if doc.keys[k] == Self.super_, !(k + 1 < sentence.tokenRange.upperBound && Self.isPAC(doc.text[doc.tokens[k + 1].span])) { continue }
                if sign == Self.versus {
                    guard k > sentence.tokenRange.lowerBound, k + 1 < sentence.tokenRange.upperBound,
                          let a = mention(endingAt: doc.tokens[k - 1].span.end, mentions)?.actor,
                          let b = mention(startingNear: k + 1, mentions)?.actor, a != b else { continue }
                    out.append(Relation(holder: a, owner: b, sign: -1, noun: k))
                    continue
                }
                if sign == Self.receivedAgainst || sign == Self.receivedFor {
                    out.append(contentsOf: received(k, sign: sign, in: sentence.tokenRange, mentions))
                    continue
                }
                if sign == Self.behind { if let r = placedBehind(k, in: sentence.tokenRange, mentions, people: people) { out.append(r) }; continue }
                if sign == Self.pursuit {
                    if let r = pursuit(k, in: sentence.tokenRange, mentions) { out.append(r) }
                    continue
                }
                if sign == Self.between || sign == Self.than {
                    if let r = sign == Self.between ? contestBetween(k, in: sentence.tokenRange, mentions) ?? contestAgainst(k, in: sentence.tokenRange, si, mentions, people: people)
                        : comparison(k, in: sentence.tokenRange, mentions) {
                        out.append(r)
                    }
                    continue
                }
                if sign == Self.ahead {
                    guard k > sentence.tokenRange.lowerBound, k + 1 < sentence.tokenRange.upperBound,
                          let a = mention(endingAt: doc.tokens[k - 1].span.end, mentions)?.actor,
                          let b = mention(startingNear: k + 1, mentions), a != b.actor,
                          let name = doc.tokenRange(covering: b.span), name.upperBound < sentence.tokenRange.upperBound,
                          doc.tokens[name.upperBound].kind == .number || SmallWords.key(doc, name.upperBound) == SmallWords.by else { continue }
                    out.append(Relation(holder: a, owner: b.actor, sign: -1, noun: k))
                    continue
                }
                // "his former campaign manager", "a former ally": no longer on its side.
                if sign == 1, formerly(before: k, from: sentence.tokenRange.lowerBound) { continue }
                guard let owner = owner(of: k, in: sentence.tokenRange, si, mentions, people: people)
                        ?? unownedRivalOwner(k, in: sentence.tokenRange, mentions, people: people)
                        ?? unownedStaffOwner(k, in: sentence.tokenRange, mentions, people: people) else { continue }
                if sign == Self.over {
                    // "his win streak over Hillary Clinton": only with "over" and a name after it.
                    guard k + 2 < sentence.tokenRange.upperBound, SmallWords.key(doc, k + 1) == SmallWords.over,
                          let rival = mention(startingNear: k + 2, mentions, within: 2)?.actor, rival != owner else { continue }
                    out.append(Relation(holder: owner, owner: rival, sign: -1, noun: k))
                    continue
                }
                // "Trump supporters", "Sanders backers" as a group of their own: the group holds it.
                let group = mention(endingAt: t.end, mentions).map(\.actor).flatMap { $0 != owner ? $0 : nil }
                // "her primary opponents, Sen. Bernie Sanders and Martin O'Malley,": each one listed;
                // "Trump's rivals include Ted Cruz": each one counted.
                if let listed = listedHolders(of: k, in: sentence.tokenRange, mentions, people: people)
                    ?? includedHolders(of: k, in: sentence.tokenRange, mentions, people: people) {
                    for h in listed where h != owner { out.append(Relation(holder: h, owner: owner, sign: sign, noun: k)) }
                }
                guard let holder = group ?? holder(of: k, in: sentence.tokenRange, mentions), holder != owner else { continue }
                out.append(Relation(holder: holder, owner: owner, sign: sign, noun: k))
            }
        }
        return out
    }

    /// The actor the noun belongs to.
    func owner(of k: Int, in sentence: Range<Int>, _ si: Int, _ mentions: [(span: Span, actor: String)],
                       people: Set<String>) -> String? {
        // Back over qualifiers ("Democratic", "longtime", "presidential") to a possessive, or to a
        // person's name ("Trump rival Ted Cruz"; "Democratic rival" names no owner).
        var i = k - 1
        var named: String? = nil
        while i >= sentence.lowerBound, k - i <= 4, doc.tokens[i].kind == .word {
            let t = doc.tokens[i].span
            if i > sentence.lowerBound, doc.isPossessive(i) {
                return mention(endingAt: doc.tokens[i - 1].span.end, mentions)?.actor
            }
            // "Clinton campaign manager Robby Mook": the person's body may stand between, and
            // a plain noun of the post ("Clinton press secretary Brian Fallon", "Clinton campaign
            // communications director Jennifer Palmieri").
            let plain = k - 1 > sentence.lowerBound && plainNoun(k - 1)
            let next = i == k - 1 || (i == k - 2 && (Self.bodyWords.contains(doc.keys[k - 1]) || plain))
                || (i == k - 3 && plain && Self.bodyWords.contains(doc.keys[k - 2]))
            // A body founds too ("Harbor Project founder Ann Lowe"): any actor owns a founding noun.
            if next, let m = mention(endingAt: t.end, mentions), people.contains(m.actor) || Self.founding.contains(doc.keys[k]) { named = m.actor }
            if let w = word(i) {
                // "its fight against ISIS" is a body's, no person's; "their donors" are a group's
                // or several people's, never the one person named nearest.
                if w.grammar.contains(.holder) {
                    return doc.keys[i] == Self.its || doc.keys[i] == Self.their ? nil
                        : nearestPerson(before: doc.tokens[i].span.start, sentence, si, mentions, people)
                }
                if !w.grammar.isDisjoint(with: [.det, .prep, .function, .boundary, .copula]) { break }
            }
            i -= 1
        }
        if let named { return named }
        // "a longtime critic of Trump", "a spokesman for House Speaker Paul Ryan", "an adviser to
        // Ted Cruz's campaign".
        if k + 2 < sentence.upperBound, case let next = SmallWords.key(doc, k + 1),
           next == SmallWords.of || next == SmallWords.to || next == SmallWords.for_ && (nouns[doc.keys[k]] ?? 0) > 0 {
            return mention(startingNear: k + 2, mentions, within: 3).map { headName(from: $0, in: sentence, mentions) }
        }
        return nil
    }

    /// The actor the noun names: the one its phrase is in apposition to ("Clinton, his
    /// Democratic challenger,"), or else the name right after it, past a comma and titles only
    /// ("Clinton's Democratic opponent, Vermont Sen. Bernie Sanders"). A plural noun names a
    /// group, never the name after it ("Trump's supporters, Sexton said").
    func holder(of k: Int, in sentence: Range<Int>, _ mentions: [(span: Span, actor: String)]) -> String? {
        let s = doc.text.scalars
        var i = k - 1
        while i > sentence.lowerBound, k - i <= 6 {
            let t = doc.tokens[i]
            if t.kind == .punctuation {
                guard s[t.span.start] == "," else { break }
                if let m = mention(endingAt: doc.tokens[i - 1].span.end, mentions) { return m.actor }
                break
            }
            // "Bannon has long been a supporter of Mr. Trump": a copula ties the noun to the
            // subject named before it, past auxiliaries and adverbs.
            if let w = word(i), w.grammar.contains(.copula) {
                return isReportedClaim(copula: i, in: sentence, mentions) ? nil : subject(before: i, in: sentence, mentions)
            }
            // "chose Tim Kaine as her running mate": the name before "as" is the one named.
            if SmallWords.key(doc, i) == SmallWords.as_, i > sentence.lowerBound,
               let m = mention(endingAt: doc.tokens[i - 1].span.end, mentions) { return m.actor }
            // "Patricof acted as the finance chairman for Clinton's campaign": a verb of serving.
            if SmallWords.key(doc, i) == SmallWords.as_, i - 1 > sentence.lowerBound, Self.servingVerbs.contains(doc.keys[i - 1]),
               let m = mention(endingAt: doc.tokens[i - 2].span.end, mentions) { return m.actor }
            // Only an article, a possessive and qualifiers open an apposition ("where his
            // supporters" opens a clause).
            if let w = word(i), !w.grammar.isDisjoint(with: [.prep, .function, .boundary, .copula, .gap]) { break }
            i -= 1
        }
        // "Gaddis's super PAC": the noun is the word after "super", and the name comes after it.
        let pac = doc.keys[k] == Self.super_ ? 1 : 0
        let noun = doc.text[doc.tokens[k + pac].span]
        guard !noun.hasSuffix("s") else { return nil }
        var j = k + 1 + pac
        while j < sentence.upperBound, j <= k + 4 {
            let t = doc.tokens[j]
            if let m = mention(startingNear: j, mentions), m.span.start == t.span.start { return m.actor }
            // Only a comma, titles and determiners between the noun and the name.
            let ok = (t.kind == .punctuation && s[t.span.start] == ",")
                || (t.kind == .word && (CharClass.isUpper(s[t.span.start]) || word(j)?.grammar.contains(.det) == true))
            guard ok else { return nil }
            j += 1
        }
        return nil
    }

    /// The actor named right before a copula, past up to two auxiliaries or adverbs ("Bannon
    /// has long been").
    private func subject(before copula: Int, in sentence: Range<Int>, _ mentions: [(span: Span, actor: String)]) -> String? {
        var j = copula - 1
        while j > sentence.lowerBound, copula - j <= 2, doc.tokens[j].kind == .word {
            if let m = mention(endingAt: doc.tokens[j].span.end, mentions) { return m.actor }
            let skippable = word(j).map { !$0.grammar.isDisjoint(with: [.gap, .copula]) } ?? false
                || CharClass.isLower(doc.text.scalars[doc.tokens[j].span.start])
            guard skippable else { return nil }
            j -= 1
        }
        return j >= sentence.lowerBound ? mention(endingAt: doc.tokens[j].span.end, mentions)?.actor : nil
    }

    /// The nearest person named before an offset in the sentence, or else the first person
    /// named in the sentence before: whom "his" or "her" stands for.
    private func nearestPerson(before offset: Int, _ sentence: Range<Int>, _ si: Int,
                               _ mentions: [(span: Span, actor: String)], _ people: Set<String>) -> String? {
        let start = doc.tokens[sentence.lowerBound].span.start
        // "Joe Brant, his chief of staff", "chose Tim Kaine as her running mate": the name the
        // phrase is in apposition to is no owner.
        var apposed: Int? = nil
        if let p = firstToken(at: offset), p >= sentence.lowerBound + 2,
           doc.isComma(p - 1) || SmallWords.key(doc, p - 1) == SmallWords.as_ { apposed = doc.tokens[p - 2].span.end }
        var i = lowerBound(offset, mentions) - 1
        while i >= 0, mentions[i].span.start >= start {
            if people.contains(mentions[i].actor), mentions[i].span.end != apposed { return mentions[i].actor }
            i -= 1
        }
        guard si > 0 else { return nil }
        let previous = doc.sentences[si - 1].span
        var j = lowerBound(previous.start, mentions)
        while j < mentions.count, mentions[j].span.start < previous.end {
            if people.contains(mentions[j].actor) { return mentions[j].actor }
            j += 1
        }
        return nil
    }

    /// The token starting at `offset`, by binary search.
    func firstToken(at offset: Int) -> Int? {
        var lo = 0, hi = doc.tokens.count
        while lo < hi { let m = (lo + hi) / 2; if doc.tokens[m].span.start < offset { lo = m + 1 } else { hi = m } }
        return lo < doc.tokens.count && doc.tokens[lo].span.start == offset ? lo : nil
    }

    func mention(endingAt end: Int, _ mentions: [(span: Span, actor: String)]) -> (span: Span, actor: String)? {
        // Mentions are sorted by start; nested ones start earlier: look at the few before.
        var i = lowerBound(end, mentions) - 1
        while i >= 0, i >= lowerBound(end, mentions) - 6 {
            if mentions[i].span.end == end { return mentions[i] }
            i -= 1
        }
        return nil
    }

    /// A mention starting at token `k` or within `within` tokens after it.
    func mention(startingNear k: Int, _ mentions: [(span: Span, actor: String)], within: Int = 1) -> (span: Span, actor: String)? {
        let from = doc.tokens[k].span.start
        let to = doc.tokens[min(doc.tokens.count - 1, k + within - 1)].span.end
        let i = lowerBound(from, mentions)
        return i < mentions.count && mentions[i].span.start < to ? mentions[i] : nil
    }

    /// The first mention starting at or after an offset.
    private func lowerBound(_ offset: Int, _ mentions: [(span: Span, actor: String)]) -> Int {
        MentionSearch.firstStarting(atOrAfter: offset, mentions)
    }

    func word(_ k: Int) -> StanceWord? {
        lexicon.words[doc.keys[k]]
    }
}
