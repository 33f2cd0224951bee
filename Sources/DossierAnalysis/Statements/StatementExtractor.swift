/// The statement stage: every quote becomes a statement of its speaker, and so does every
/// reported action of an actor that shows a position ("his troops launched an offensive",
/// "the union voted to support the project"). Each statement gets its cue's meaning, negation,
/// modality, target, stance and evidence.
///
/// Cheap by design: it reads only the tokens of quotes and the few tokens after actor mentions,
/// each with one key-hashed lookup, so the pipeline stays linear and fast.
public struct StatementExtractor: Sendable {
    let lexicon: StanceLexicon

    public init() { lexicon = StanceLexicon.shared }

    /// `subjects`: pronouns outside quotations with the actors they stand for
    /// (`ActorTable.subjectPronouns`), read as the subjects of reported actions only.
    public func extract(_ doc: Document, quotes: [Quote], actors: [Actor],
                        subjects: [(span: Span, actor: String)] = []) -> [Statement] {
        var out: [Statement] = []
        out.reserveCapacity(quotes.count)
        var mentions: [(span: Span, actor: String)] = []
        for a in actors { for m in a.mentions { mentions.append((m, a.id)) } }
        mentions.sort { $0.span < $1.span }
        // "the Clintons": a family, read as its members (`FamilyNames`).
        let families = FamilyNames(doc: doc).find(actors: actors, mentions: mentions)
        if !families.isEmpty { mentions = (mentions + families.map { ($0.span, $0.actor) }).sorted { $0.span < $1.span } }
        let lead = LeadEvent(doc, lexicon: lexicon, mentions: mentions.map(\.span))
        var reader = StanceReader(doc: doc, lexicon: lexicon, leadFrame: lead.frame)
        reader.leadStems = lead.stems
        if lead.frame >= 0, let first = doc.sentences.first?.tokenRange {
            // The lead act's own stance toward its frame ("blocked a bill": against).
            let r = StanceReader(doc: doc, lexicon: lexicon).read([first], cue: .say)
            if r.frame == lead.frame, r.score < 0 { reader.leadSign = -1 }
        }
        // An article that leads with an actor's act and names no frame for it: the act is the
        // event "the decision", "the veto" and the judgements naming nothing are about.
        let owner = lead.frame < 0 ? LeadSubject(doc: doc, lexicon: lexicon).find(mentions: mentions) : nil
        if owner != nil { reader.leadFrame = lexicon.eventFrame }
        let stances = ActorStanceReader(doc: doc, lexicon: lexicon, polarity: WordPolarity.shared)
        let quotedPronouns = QuotedPronouns(doc: doc, actors: actors)
        var phrases = TargetPhrase(doc: doc, lexicon: lexicon)
        phrases.lead = lead
        phrases.ownedLead = owner != nil
        var ownBySpeaker: [String: Set<String>] = [:]
        var lowerNames: [[LowerName]]? = nil
        var introBySpeaker: [String: Set<UInt64>] = [:]
        let actionSubjects = subjects.isEmpty ? mentions : (mentions + subjects).sorted { $0.span < $1.span }
        let relaying = Self.relayingQuotes(quotes, in: doc)
        let people = Set(actors.filter { $0.type == .person }.map(\.id))
        for (index, var q) in quotes.enumerated() where !relaying.contains(index) {
            var ranges = q.content.compactMap { doc.tokenRange(covering: $0) }
            guard !ranges.isEmpty else { continue }
            let madeFrom = out.count
            // "Lowe and Brandt both denounced …": the attribution's source is the quantifier;
            // the names before it speak.
            var summed: [String] = []
            if q.speaker == nil, let names = namesSummed(by: q, actionSubjects, doc) { q.speaker = names.last; summed = Array(names.dropLast()) }
            defer {
                let co = summed.isEmpty ? coSpeakers(of: q, mentions, doc) : summed
                if !co.isEmpty { out += sharedStatements(out[madeFrom...], coSpeakers: co, from: out.count) }
            }
            var sense = CueSense.say
            var cueNegated = false
            if let cue = q.cue, let r = doc.tokenRange(covering: cue) {
                for k in r {
                    if let w = word(doc, k), w.cue >= 0 { sense = lexicon.cues[Int(w.cue)]; break }
                }
                cueNegated = isNegated(doc, before: r.lowerBound)
            }
            // "Ellison said she opposes the toll plan": its own position, stated in what it said.
            let statedOwn = !cueNegated && stateOwnPosition(of: q, &sense, &cueNegated, &ranges, people: people, pronouns: quotedPronouns, mentions, doc)
            if cueNegated { sense.objectSign = -sense.objectSign; sense.clauseSign = -sense.clauseSign }
            var others = mentionsOfOthers(in: q, mentions)
            if !others.isEmpty {
                let speakerKey = q.speaker ?? ""
                let own = ownBySpeaker[speakerKey] ?? ownActors(of: q.speaker, actors, names: &lowerNames)
                ownBySpeaker[speakerKey] = own
                others.removeAll { own.contains($0.actor) }
                if !others.isEmpty, let speaker = q.speaker {
                    let intro = introBySpeaker[speaker] ?? introduction(of: speaker, actors, in: doc)
                    introBySpeaker[speaker] = intro
                    others.removeAll { isDescribed($0.span, by: intro, in: doc) }
                }
            }
            var takes = takesObject(sense, cue: q.cue, doc: doc)
            var reading = reader.read(ranges, objectOnly: takes && sense.meaning != .callFor, others: others.map(\.span), cue: sense)
            // "calling Trump's charge “pathetic”": a judgement the cue names is of the cue's
            // object, not of the lead event.
            if reading.judgesLead, isNaming(q.cue, doc) { reading = StanceReading(objectToken: reading.objectToken) }
            // "called the decision “a tangerine”": a name no lexicon knows says nothing; only
            // the judgement in it ("a disgrace") does, not the cue's own sign.
            if reading.frame >= 0, isNaming(q.cue, doc), namesSomething(ranges[0], doc) {
                var plain = sense
                plain.objectSign = 0
                if reader.read(ranges, others: others.map(\.span), cue: plain).score == 0 { reading = StanceReading() }
            }
            // "calling the fine unjustified": the cue names its object by the judgement after it.
            if reading.frame < 0, reading.objectToken >= 0, sense.meaning == .callFor, !takes, isNaming(q.cue, doc),
               let sign = firstOperator(after: reading.objectToken, in: ranges[0], doc) {
                sense.objectSign = sign
                takes = true
            }
            if reading.frame < 0, !takes { reading.objectToken = -1 }
            // "criticised Governor Paul Stone for the delay": the object is the actor, whatever
            // frame words follow.
            if takes, let q0 = ranges.first?.lowerBound, reading.frame >= 0 || objectIsSaidThing(after: q0 - 1, doc),
               let k = actorObject(after: q0 - 1, mentions, not: q.speaker ?? "", in: doc) {
                reading = StanceReading(objectToken: k)
            }
            // "called for an Apple boycott": a call for an action against the actor opposes it.
            if takes, sense.meaning == .callFor, reading.objectToken >= 0, callsAgainst(named: reading.objectToken, mentions, doc) {
                sense.objectSign = -sense.objectSign
                sense.meaning = .oppose
            }
            let first = ranges[0].lowerBound
            out.append(statement(id: "s" + String(out.count + 1), actor: q.speaker ?? "", quote: q.id, sense: sense,
                                 cue: q.cue, cueNegated: cueNegated, reading: reading, at: first, paragraph: q.paragraph,
                                 phrases: phrases, mentions: mentions))
            // "he opposes the party's rules committee making changes", said by its chairman.
            if statedOwn, let t = out[out.count - 1].targetActor, let speaker = q.speaker,
               case let mine = ownBySpeaker[speaker] ?? ownActors(of: speaker, actors, names: &lowerNames), mine.contains(t) {
                ownBySpeaker[speaker] = mine
                out[out.count - 1].targetActor = nil
            }
            if takes {
                for var made in includedStatements(q, ranges[0], sense: sense, cueNegated: cueNegated, doc: doc, phrases: phrases, mentions: mentions) {
                    made.id = "s" + String(out.count + 1)
                    out.append(made)
                }
            }
            if let speaker = q.speaker {
                let pronouns = quotedPronouns.mentions(in: ranges, speaker: speaker,
                                                       addressee: addressee(of: q, speaker: speaker, mentions, doc),
                                                       subjects: subjects, mentions)
                let own = pronouns.isEmpty ? [] : ownBySpeaker[speaker] ?? ownActors(of: speaker, actors, names: &lowerNames)
                if !pronouns.isEmpty { ownBySpeaker[speaker] = own }
                appendStances(of: speaker, in: q, ranges, others: others, pronouns: pronouns.filter { !own.contains($0.actor) },
                              sense: sense, takes: takes,
                              to: &out, reader: stances, phrases: phrases)
                // "urged Trump to release the tapes": pressure on the one called on.
                if sense.meaning == .callFor, case let mine = ownBySpeaker[speaker] ?? ownActors(of: speaker, actors, names: &lowerNames),
                   let p = pressedActor(by: q, sense: sense, cueNegated: cueNegated, speaker: speaker, own: mine, mentions, doc),
                   !out[madeFrom...].contains(where: { $0.targetActor == p.actor }) {
                    ownBySpeaker[speaker] = mine
                    out.append(stanceStatement(id: "s" + String(out.count + 1), actor: speaker, quote: q,
                                               stance: ActorStanceReader.Stance(actor: p.actor, span: p.span, score: -2), phrases: phrases))
                }
            }
        }
        for action in ActionFinder(doc: doc, lexicon: lexicon).find(mentions: actionSubjects, quotes: quotes) {
            var sense = lexicon.cues[Int(action.cue)]
            if SmallWords.keptApart.contains(SmallWords.key(doc, action.verb)), action.verb + 1 < doc.tokens.count,
               !SmallWords.reflexives.contains(SmallWords.key(doc, action.verb + 1)) { continue }
            let sign = sense.objectSign == 0 ? sense.clauseSign : sense.objectSign
            var start: Int8 = action.negated ? -sign : sign
            let saying = sense.meaning == .say
            let firstWord = action.content.first.map { doc.text[doc.tokens[$0].span].lowercased() } ?? ""
            // "sued to overturn the law": the "to" is the aim, read on its own.
            if firstWord == "to", word(doc, action.verb)?.grammar.contains(.aims) ?? false { start = action.negated ? -1 : 1 }
            sense.clauseSign = 1
            sense.objectSign = 0
            if lexicon.cues[Int(action.cue)].objectSign != 0 {
                for var made in objectStatements(action, sense: sense, start: start, doc: doc, phrases: phrases, mentions: mentions) {
                    made.id = "s" + String(out.count + 1)
                    out.append(made)
                }
            }
            if action.passiveObject != nil { continue }
            var reading: StanceReading
            if saying, firstWord == "that", action.content.count > 1 {
                // "ruled that the law violated the constitution": the clause is the subject's
                // statement, its subject waiting for its verb.
                reading = reader.read([(action.content.lowerBound + 1)..<action.content.upperBound], start: start,
                                      firstClauseOnly: true, cue: .say)
            } else {
                reading = reader.read([action.content], start: start, startsGoverned: true, firstClauseOnly: true, cue: sense)
                // "wrote the bill", "voiced support for the bill": a verb of saying acts only on
                // what it takes for object (not "wrote about the war").
                if saying {
                    guard let w = action.content.first.flatMap({ word(doc, $0) }), w.grammar.contains(.det) || w.op != 0 || w.frame >= 0,
                          reading.targetToken >= 0, reading.targetToken <= action.verb + 6 else { continue }
                }
            }
            // "called the suspension a serious breach", "found the law unconstitutional": a
            // judgement after the object names it.
            if isNaming(doc.tokens[action.verb].span, doc) || (saying && firstWord != "that"), let next = action.content.first,
               !["for", "on", "off"].contains(doc.text[doc.tokens[next].span].lowercased()) {
                let named = reader.read([action.content], firstClauseOnly: true, cue: .say)
                if named.frame >= 0, named.score != 0 { reading = named }
                // "called the decision “a disgrace”": a name the lexicons do not know is no call
                // for the thing named.
                else if namesSomething(action.content, doc) { continue }
            }
            // "Grady, who voted no, said …": a vote with no object is on the lead event.
            if lead.frame >= 0, word(doc, action.verb)?.grammar.contains(.ballot) ?? false,
               let sign = bareVote(action.content, doc) {
                reading = StanceReading(frame: lead.frame, score: Double(sign * reader.leadSign * start))
            }
            var objectSense = lexicon.cues[Int(action.cue)]
            // "campaigned for Gaddis", "fought against Lowe": the preposition gives the side;
            // "lost to Trump", "lost three primaries to Trump": a rival after "to".
            var (objectVerb, side) = sideTaken(after: action.verb, doc)
            let competes = objectSense.meaning == .compete, actorOnly = objectSense.actorOnly
            if competes, side == 0, let to = rivalTo(after: action.verb, doc) { objectVerb = to }
            // "ran for president", "competing for votes": a race for a prize takes no side.
            if competes, side > 0 { continue }
            // "campaigned hard in Arizona": no preposition, no object.
            if side == 0, SmallWords.intransitive.contains(SmallWords.key(doc, action.verb)), action.verb + 1 < doc.tokens.count,
               !SmallWords.intransitiveObject.contains(SmallWords.key(doc, action.verb + 1)) { continue }
            if actorOnly, side == 0, action.verb > 0, action.verb + 1 < doc.tokens.count {
                // "Ginsburg was appointed to the Court by Clinton": a passive's subject did not act;
                // "fired up the base", "picked up an endorsement": another verb ("beat out Clinton"
                // is still a race).
                if SmallWords.beForms.contains(SmallWords.key(doc, action.verb - 1)), !doc.text[doc.tokens[action.verb].span].hasSuffix("ing") { continue }
                if SmallWords.key(doc, action.verb + 1) == SmallWords.up { continue }
            }
            if reading.frame < 0 || actorOnly || objectIsSaidThing(after: objectVerb, doc),
               let k = actorObject(after: objectVerb, mentions, not: action.actor, in: doc),
               !objectSense.personOnly || isPerson(at: k, people, mentions, doc) {
                // "The Chamber of Commerce endorsed Marsh": a stance toward the actor itself.
                reading = StanceReading(objectToken: k)
                objectSense.objectSign = side == 0 ? start : (action.negated ? -side : side)
                // "urged Trump to release the tapes": pressure, against the one pressed.
                if objectSense.meaning == .callFor, side == 0, pressed(after: objectVerb, mentions, doc) != nil {
                    if action.negated { continue }
                    objectSense.objectSign = -1
                }
                // "called for an Apple boycott": a call for an action against the actor.
                if objectSense.meaning == .callFor, side > 0, callsAgainst(named: k, mentions, doc) {
                    objectSense.objectSign = action.negated ? 1 : -1
                    objectSense.meaning = .oppose
                }
            } else if actorOnly {
                // A race is only ever against a rival: "lost the primary" takes no stance.
                continue
            } else if reading.frame < 0, reading.objectToken >= 0, takesObject(objectSense, cue: nil, doc: doc),
                      reading.objectToken <= action.verb + 3 {
                // "welcomed the fine": a stance toward a noun no frame names; it groups by its word.
                reading = StanceReading(objectToken: reading.objectToken)
                objectSense.objectSign = start
            } else if objectSense.meaning == .agree || objectSense.meaning == .disagree, action.verb + 1 < doc.tokens.count,
                      doc.tokens[action.verb + 1].kind == .punctuation {
                // "Bystrom agreed.": the one quoted before is its target (`aimReplies`).
                reading = StanceReading()
            } else if reading.frame < 0 || reading.score == 0 {
                continue
            }
            let verb = doc.tokens[action.verb].span
            let made = statement(id: "s" + String(out.count + 1), actor: action.actor, quote: nil,
                                 sense: objectSense, cue: verb, cueNegated: action.negated,
                                 reading: reading, at: action.verb, paragraph: doc.sentences[action.sentence].paragraph,
                                 phrases: phrases, mentions: mentions)
            // "… if he would endorse Trump" read with "he" as Trump: no one acts on themselves.
            if made.targetActor == action.actor { continue }
            // "has not stepped forward to defend Manafort": support withheld with a bare "not"
            // is no attack on the actor.
            if action.plainNegation, made.targetActor != nil, made.stance == .against, (side == 0 ? sign : side) > 0 { continue }
            out.append(made)
        }
        if let owner, let lead = ownedLead(owner, out, doc: doc, phrases: phrases, mentions: mentions) { out.append(lead) }
        appendSubjectStances(to: &out, mentions: mentions, quotes: quotes,
                             bodies: Set(actors.filter { $0.type != .person }.map(\.id)), reader: stances, phrases: phrases)
        appendRelations(to: &out, actors: actors, mentions: mentions, phrases: phrases)
        appendAuthorStances(to: &out, actors: actors, mentions: mentions, quotes: quotes, reader: stances, phrases: phrases)
        aimReplies(&out, quotes: quotes, doc: doc)
        FamilyNames.shareTargets(&out, families)
        // No one takes a stance on itself ("it taunted Twitter" read with "it" as Twitter).
        guard out.contains(where: { $0.targetActor == $0.actor }) else { return out }
        out.removeAll { $0.targetActor == $0.actor }
        for i in out.indices { out[i].id = "s" + String(i + 1) }
        return out
    }

    private func takesObject(_ sense: CueSense, cue: Span?, doc: Document) -> Bool {
        switch sense.meaning {
        case .condemn, .criticise, .praise, .welcome, .reject, .oppose, .support, .accuse, .deny, .agree, .disagree:
            return true
        case .callFor:
            guard let cue, let r = doc.tokenRange(covering: cue) else { return false }
            let last = doc.tokens[r.upperBound - 1].span
            return doc.text[last].lowercased() == "for"
        default:
            return false
        }
    }

    func word(_ doc: Document, _ k: Int) -> StanceWord? {
        let t = doc.tokens[k]
        guard t.kind == .word else { return nil }
        return lexicon.words[doc.keys[k]]
    }

    /// "did not support", "never condemned": a negation among the two words before the cue.
    private func isNegated(_ doc: Document, before k: Int) -> Bool {
        var i = k - 1
        while i >= 0 && i >= k - 2 {
            if let w = word(doc, i), w.negates { return true }
            i -= 1
        }
        return false
    }
}
