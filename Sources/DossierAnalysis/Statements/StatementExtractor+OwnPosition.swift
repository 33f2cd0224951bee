/// A speaker stating its own position: "“I support the toll plan,” she said", "Ellison said she
/// opposes the toll plan", "saying she favors raising the minimum wage". The cue only says that
/// something was said; the position is the verb of stance the content opens with, its subject
/// the speaker itself ("I" or "we" in its own words, "he" or "she" when a person's words are
/// reported, "it" or "they" when a body's or a group's are); or a verb that sides with an actor it takes ("she said she recruited Lane").
/// Read only at the opening of the content, so one look per quote (and one binary search in
/// the sorted mentions).
extension StatementExtractor {
    /// Subjects that stand for the speaker in its own words.
    static let ownSubjects: KeySet = KeySet(["i", "we"].map { WordKey.of($0) })
    /// Subjects that stand for a person whose words are reported.
    static let reportedSubjects: KeySet = KeySet(["he", "she"].map { WordKey.of($0) })
    /// Subjects that stand for a body or group whose words are reported ("the union said it
    /// opposes …", "superdelegates said they support …").
    static let reportedBodySubjects: KeySet = KeySet(["it", "they"].map { WordKey.of($0) })
    static let doForms: KeySet = KeySet(["do", "does", "did"].map { WordKey.of($0) })
    static let also = WordKey.of("also")

    /// For a quote whose cue only says (`sense` is `say`) and whose content opens with its
    /// speaker's own position: that position's sense (its clause sign kept at 1, as the rest of
    /// the content is still only said: "… because it hurts workers"), its negation, and the
    /// content from the verb's object on. Whether it did. Its own side named in what it then
    /// opposes is not what it opposes (the caller drops that target: "he opposes the party's
    /// rules committee making changes", said by its chairman).
    func stateOwnPosition(of q: Quote, _ sense: inout CueSense, _ negated: inout Bool, _ ranges: inout [Range<Int>],
                          people: Set<String>, pronouns: QuotedPronouns, _ mentions: [(span: Span, actor: String)],
                          _ doc: Document) -> Bool {
        guard sense.meaning == .say, let speaker = q.speaker else { return false }
        func startsActor(_ k: Int) -> Bool {
            let start = doc.tokens[k].span.start, i = MentionSearch.firstStarting(atOrAfter: start, mentions)
            return i < mentions.count && mentions[i].span.start == start && mentions[i].actor != speaker
        }
        guard let own = ownPosition(opening: ranges[0], direct: q.direct, person: people.contains(speaker),
                                    gender: pronouns.people[speaker] ?? .unknown, startsActor: startsActor, doc) else { return false }
        sense = own.sense
        sense.clauseSign = 1
        negated = own.negated
        ranges[0] = own.rest..<ranges[0].upperBound
        return true
    }

    /// The cue sense of the stance verb the content opens with, whether it is negated ("I do not
    /// support …"), and the token after it; nil when the content opens otherwise. `person`: the
    /// speaker is a person ("he", "she" may then stand for it in reported words).
    func ownPosition(opening content: Range<Int>, direct: Bool, person: Bool, gender: QuotedPronouns.Gender,
                     startsActor: (Int) -> Bool, _ doc: Document) -> (sense: CueSense, negated: Bool, rest: Int)? {
        var k = content.lowerBound
        let end = min(content.upperBound, k + 8)
        // The opening quotation mark of its own words.
        if k < end, doc.tokens[k].kind == .quoteMark { k += 1 }
        if k < end, !direct, SmallWords.key(doc, k) == Self.that { k += 1 }
        guard k < end, doc.tokens[k].kind == .word, case let subject = SmallWords.key(doc, k),
              Self.ownSubjects.contains(subject)
                || (!direct && (person ? Self.reportedSubjects : Self.reportedBodySubjects).contains(subject)) else { return nil }
        // "she said that he supports equal pay": another person's position.
        if gender != .unknown, let g = QuotedPronouns.pronouns[subject], g != gender { return nil }
        k += 1
        var negated = false
        if k + 1 < end, Self.doForms.contains(SmallWords.key(doc, k)), word(doc, k + 1)?.negates == true { negated = true; k += 2 }
        // "I strongly support", "she also opposes".
        if k < end, SmallWords.key(doc, k) == Self.also || endsInLy(doc, k) { k += 1 }
        guard k + 1 < content.upperBound, let w = word(doc, k), w.cue >= 0 else { return nil }
        let sense = lexicon.cues[Int(w.cue)]
        // A verb of taking a position (`cue_stance_verbs.txt`), finite ("I supporting" is no
        // clause); or one that sides with an actor only, with that actor right after it ("she
        // recruited Lane"; not "he chose to come").
        let verb = CueLexicon.shared.words[SmallWords.key(doc, k)]
        let stance = verb?.frames.contains(.stance) == true && verb?.form != .gerund
        guard stance || (sense.actorOnly && !endsInIng(doc, k) && startsActor(k + 1)) else { return nil }
        switch sense.meaning {
        case .support, .oppose, .reject, .condemn, .criticise, .praise, .welcome:
            guard sense.objectSign != 0 else { return nil }
            return (sense, negated, k + 1)
        default:
            return nil
        }
    }

    static let that = WordKey.of("that")

    private func endsInIng(_ doc: Document, _ k: Int) -> Bool {
        let sp = doc.tokens[k].span, s = doc.text.scalars
        return sp.length > 4 && s[sp.end - 3] == "i" && s[sp.end - 2] == "n" && s[sp.end - 1] == "g"
    }

    private func endsInLy(_ doc: Document, _ k: Int) -> Bool {
        let sp = doc.tokens[k].span, s = doc.text.scalars
        return doc.tokens[k].kind == .word && sp.length > 4 && s[sp.end - 2] == "l" && s[sp.end - 1] == "y"
    }
}
