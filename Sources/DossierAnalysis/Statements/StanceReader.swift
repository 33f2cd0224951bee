/// Reads the stance of a content (a quote, or the clause after an action verb) toward the
/// frame words in it, clause by clause, in one pass over its tokens.
///
/// Within a clause, each operator ("avoid", "continue", "destroy") and negation multiplies a
/// running sign; a frame word after an operator takes that sign times its polarity ("avoid a
/// bloody confrontation": against the conflict). A frame word before any operator waits for
/// the next one ("the operation will continue": for; "threats … will only risk chaos":
/// against). Frame words no operator governs in the first clause take the cue's own sign toward
/// its object ("called for peaceful political means": for peace, so against the conflict).
struct StanceReader {
    let doc: Document
    let lexicon: StanceLexicon
    /// The frame of the article's lead event, which "the decision", "the case" name (-1: none,
    /// and they stay in the frame "^").
    var leadFrame: Int16 = -1
    /// The lead act's sign toward its frame: "blocked a bill" is against the legislation, so
    /// praising "the vote" is too.
    var leadSign: Int8 = 1
    /// Stems of the lead's plain words (`LeadEvent.stems`): "the cap" after "a bill capping …".
    var leadStems: Set<UInt64> = []


    /// A frame word waiting for its verb. `weak`: a lead word ("the cap"), a frame only as the
    /// subject of a verb, never as the object the cue's sign falls on.
    private struct Pending {
        var token: Int; var frame: Int16; var polarity: Int8; var after: Int8; var negated: Bool; var weak = false
    }

    /// `ranges`: token ranges of the content, in order. `start`: the sign already in force (an
    /// action verb's), `cue`: what the cue means. `firstClauseOnly`: an action's clause ends at
    /// its first comma or clause word; what follows is someone else's doing.
    ///
    /// `others`: sorted spans of mentions of other actors in the content. An operator right
    /// after one of them, or after "he", "she", "it", "they" past the content's first words, is
    /// that actor's stance, reported ("… showed that the council had voted blind when it backed
    /// the expansion"): its clause says nothing of the speaker's own.
    ///
    /// `objectOnly`: the content is the object of a cue that takes one ("oppose the terminal");
    /// an action verb after it starts what the subject did next ("Campaigners who oppose the
    /// terminal welcomed the decision"), which is no part of it.
    func read(_ ranges: [Range<Int>], start: Int8 = 1, startsGoverned: Bool = false, firstClauseOnly: Bool = false,
              objectOnly: Bool = false, others: [Span] = [], cue: CueSense) -> StanceReading {
        let s = doc.text.scalars
        // Per frame named, in order of first mention (most contents name none or one, so these
        // stay empty or tiny).
        var frameIDs: [Int16] = []
        var scores: [Double] = []
        var seen: [Int] = []
        var best: [(token: Int, weight: Double, negated: Bool, modality: Modality)] = []
        var out = StanceReading()
        var clause = 0
        var prefix = start, sawOp = startsGoverned, negInPrefix = false
        // A negation that no operator or frame word has taken up yet, how many pending subjects
        // it reversed, and the plain words since: a plain verb and its object after it ("had not
        // hired staff for the program") take it over, and it says nothing of the frames after
        // or before it ("not to lead to bloodshed" still negates).
        var openNegation = false, negationFlipped = 0, plainSinceNegation = 0
        var pending: [Pending] = []
        var held: [(Int16, Int, Double, Bool)] = []
        var clauseTokens = 0
        var clauseModality = Modality.none
        var reported = false
        var contentWords = 0
        var lastFrame = -1, prepSinceFrame = false
        // Judgements ("overdue", "a mistake") with their signs in force, for a content that
        // names no frame: then they judge the lead event ("this is a step backwards").
        var evalSum = 0.0, evalToken = -1
        // The clause names what it judges ("the convention could be a failure", "Trump's charge
        // absurd"): a definite noun phrase or a name. Then a judgement is about that, not the
        // lead event; "it", "this", "we", "a step backwards" name nothing.
        var subjectNamed = false
        // The last frame word of the content, which a later "it" refers to.
        var lastNamed: (token: Int, frame: Int16, polarity: Int8)? = nil

        func note(_ f: Int16, _ token: Int, _ raw: Double, _ negated: Bool) {
            let i: Int
            if let j = frameIDs.firstIndex(of: f) { i = j } else {
                i = frameIDs.count
                frameIDs.append(f); scores.append(0); seen.append(0); best.append((-1, 0, false, .none))
            }
            seen[i] += 1
            guard !reported else { return }
            // A frame word joined by a preposition to the one before it modifies it ("a review
            // of the terminal" is about the review): half weight.
            let value = lastFrame >= 0 && prepSinceFrame && token - lastFrame <= 4 && token > lastFrame ? raw / 2 : raw
            scores[i] += value
            if best[i].token < 0 || abs(value) > best[i].weight {
                best[i] = (token, abs(value), negated, clauseModality)
            }
        }
        func afterOther(_ k: Int) -> Bool {
            // "called on the ministry to refuse …": what the speaker asks for is the speaker's.
            guard !others.isEmpty, k > 0, !(info(k - 1)?.grammar.contains(.prep) ?? false) else { return false }
            let lo = doc.tokens[max(0, k - 3)].span.start, hi = doc.tokens[k].span.start
            var a = 0, b = others.count
            while a < b { let m = (a + b) / 2; if others[m].end <= lo { a = m + 1 } else { b = m } }
            return a < others.count && others[a].end <= hi
        }
        // Scores when the current clause began, and when the last clause with words began.
        // Copied element by element, so that no clause allocates (the arrays only grow).
        var clauseStart: [Double] = [], lastStart: [Double] = []
        func copy(_ from: [Double], into to: inout [Double]) {
            for i in from.indices { if i < to.count { to[i] = from[i] } else { to.append(from[i]) } }
        }
        func endClause(keepingPending: Bool = false) {
            if clauseTokens > 0 { copy(clauseStart, into: &lastStart) }
            for h in held { note(h.0, h.1, h.2, h.3) }
            held.removeAll(keepingCapacity: true)
            for p in pending where !p.weak {
                let fromCue = clause == 0 && cue.objectSign != 0 ? Double(p.polarity * cue.objectSign) : 0
                // Stored pre-multiplied by the clause sign, which `finish` applies to every score.
                note(p.frame, p.token, fromCue * Double(cue.clauseSign), false)
            }
            if !keepingPending { pending.removeAll(keepingCapacity: true) }
            if clauseTokens > 0 { clause += 1 }
            copy(scores, into: &clauseStart)
            prefix = 1; sawOp = false; negInPrefix = false; clauseTokens = 0; openNegation = false
            clauseModality = .none; reported = false; lastFrame = -1; prepSinceFrame = false; subjectNamed = false
        }

        var stop = false
        for range in ranges where !stop {
            for k in range {
                if firstClauseOnly && clause > 0 { break }
                let t = doc.tokens[k]
                if t.kind == .quoteMark { continue }
                if t.kind == .punctuation || t.kind == .symbol {
                    let u = s[t.span.start]
                    if u != "'" && u != "’" && u != "-" { endClause() }
                    continue
                }
                if t.kind == .word { contentWords += 1 }
                guard t.kind == .word, var w = lexicon.words[doc.keys[k]] else {
                    if t.kind == .word, !subjectNamed, namesASubject(k, first: clauseTokens == 0) { subjectNamed = true }
                    if openNegation, t.kind == .word, isPlainVerbOrNoun(k) { plainSinceNegation += 1 }
                    if openNegation, plainSinceNegation >= 2 {
                        openNegation = false
                        prefix = -prefix
                        negInPrefix = false
                        for i in pending.indices.prefix(negationFlipped) { pending[i].after = -pending[i].after; pending[i].negated = false }
                    }
                    clauseTokens += 1
                    if out.objectToken < 0, t.kind == .word, clause == 0, clauseTokens <= 4 { out.objectToken = k }
                    if t.kind == .word, namesLead(k, governed: sawOp || negInPrefix) {
                        pending.append(Pending(token: k, frame: leadFrame, polarity: leadSign, after: 1, negated: false, weak: true))
                        lastNamed = (k, leadFrame, leadSign)
                    }
                    continue
                }
                if objectOnly, w.cue >= 0, lexicon.cues[Int(w.cue)].isAction, w.frame < 0, k > range.lowerBound + 1,
                   !afterDeterminer(k), !(info(k - 1)?.grammar.contains(.prep) ?? false) {
                    stop = true
                    break
                }
                if w.grammar.contains(.path), k >= 2, afterDeterminer(k), doc.tokens[k - 2].span.length == 2 {
                    let p = doc.tokens[k - 2].span
                    if s[p.start] == "i" || s[p.start] == "I", s[p.start + 1] == "n" { w.op = -w.op }
                }
                if w.grammar.contains(.goesOn), k + 1 < doc.tokens.count, doc.tokens[k + 1].span.length == 2 {
                    let n = doc.tokens[k + 1].span
                    if s[n.start] == "o" && s[n.start + 1] == "n" { w.op = 1 }
                }
                if !w.grammar.isDisjoint(with: [.paysFor, .away, .putsAt, .down]), let sign = phrasalSign(k, w.grammar) { w.op = sign }
                if w.grammar.contains(.plea), isPlea(k) { w.op = 0 }
                // "would close the hospital", "keep the ward open": the subject's act, governed as
                // an object is, in an article leading with a closure; elsewhere ("a close ally",
                // "an open letter", "close the gap") no frame word.
                var actsFrame = false
                if !w.grammar.isDisjoint(with: [.actFrame, .kept]) {
                    actsFrame = w.frame == leadFrame && (w.grammar.contains(.actFrame) ? isAfterAuxiliary(k) : afterKeeping(k))
                    if !actsFrame { w.frame = -1 }
                }
                // "the toll paid for the repairs" credits its subject; "those who pay for this
                // delay" suffer it: with no subject waiting, "pay for" says nothing.
                if w.grammar.contains(.paysFor), pending.isEmpty { w.op = 0 }
                // "would cost jobs" argues; "the fighting had cost the harvest" reports.
                if w.grammar.contains(.predicted), clauseModality == .none { w.op = 0 }
                if w.grammar.contains(.contrast) {
                    // What came before "but" is conceded: a quarter of it counts. A frame word
                    // no operator governed yet stays the subject ("the closures were painful but
                    // unavoidable").
                    endClause(keepingPending: true)
                    evalSum /= 4
                    for i in scores.indices {
                        let b = i < lastStart.count ? lastStart[i] : 0
                        scores[i] = b + (scores[i] - b) / 4
                    }
                    copy(scores, into: &clauseStart)
                    continue
                }
                clauseTokens += 1
                if w.grammar.contains(.boundary) { endClause(); continue }
                if let m = w.modality, clauseModality == .none { clauseModality = m }
                if w.grammar.contains(.prep) { prepSinceFrame = true }
                if w.grammar.contains(.third), contentWords > 2, isOp(k + 1) || (isAuxiliary(k + 1) && isOp(k + 2)) {
                    // What the clause said before ("these measures are illegal and they …")
                    // is the speaker's own: the pronoun starts a clause.
                    endClause()
                    if isItOrThey(k), let f = lastNamed {
                        // "This decision is reckless and it endangers …": the pronoun is the
                        // thing the content named last.
                        pending.append(Pending(token: f.token, frame: f.frame, polarity: f.polarity, after: 1, negated: false))
                        continue
                    }
                    clauseTokens += 1
                    reported = true
                }
                if w.negates, k + 1 < doc.tokens.count, SmallWords.key(doc, k + 1) == Self.yetKey {
                    // "had not yet hired staff for the program": not done so far, no stance against.
                    prefix = 0
                } else if w.negates {
                    prefix = -prefix; negInPrefix = true
                    openNegation = true; negationFlipped = pending.count; plainSinceNegation = 0
                    // "powers without limits": a negation of what follows only.
                    if w.grammar.contains(.scoped) { negationFlipped = 0 }
                    for i in pending.indices.prefix(negationFlipped) { pending[i].after = -pending[i].after; pending[i].negated = true }
                }
                // "welcomed the approval": a word that is both an operator and a frame word names
                // the thing when it is no verb.
                let isOperator = w.op != 0 && (w.frame < 0 || isVerbPosition(k))
                if isOperator, afterOther(k) { reported = true }
                if isOperator, w.evaluates, !reported, !subjectNamed {
                    evalSum += Double(prefix * w.op)
                    if evalToken < 0 { evalToken = k }
                }
                if isOperator, k > 0, info(k - 1)?.grammar.contains(.scoped) ?? false {
                    // "pass the bill without delay": the operator is the negation's noun; the
                    // subject waits on, and the two cancel.
                    prefix *= w.op
                    sawOp = true
                    openNegation = false
                } else if isOperator {
                    // Back to the subject only when the operator is a verb ("the operation will
                    // continue", "threats … will only risk …"), and it is held until the clause
                    // shows it has no frame word for object ("negotiations can end this war" is
                    // about the war, not against the negotiations).
                    // A judgement right after "but" is a predicate of the carried subject.
                    // An operator after "and" while a subject still waits is its second verb ("the
                    // law gave police powers without limits and failed the test").
                    if isVerbPosition(k) || (w.evaluates && k > 0 && (info(k - 1)?.grammar.contains(.contrast) ?? false))
                        || (!pending.isEmpty && secondVerb(k)) {
                        // The object of a cue that takes one, judged after it ("denounced the
                        // sanctions as illegal", "rejected the plan, which would destroy …"), is
                        // judged by the speaker: the cue's clause sign does not reverse it.
                        let objectSign = objectOnly && clause == 0 ? Double(cue.clauseSign) : 1
                        for p in pending { held.append((p.frame, p.token, Double(p.polarity * p.after * w.op) * objectSign, p.negated)) }
                        // "the suspension, a serious breach of international law": what the
                        // judgement's noun is of modifies it, as after a frame word.
                        if !held.isEmpty, w.frame < 0 { lastFrame = k; prepSinceFrame = false }
                    }
                    pending.removeAll(keepingCapacity: true)
                    prefix *= w.op
                    sawOp = true
                    openNegation = false
                } else if w.frame >= 0, w.frame != lexicon.eventFrame || afterDeterminer(k), !(w.frame == lexicon.anyFrame && (afterNegation(k) || afterPossessive(k))) {
                    openNegation = false
                    let isEvent = w.frame == lexicon.eventFrame && leadFrame >= 0
                    let frame = isEvent ? leadFrame : w.frame
                    let polarity = isEvent ? leadSign : w.polarity
                    lastNamed = (k, frame, polarity)
                    if sawOp || negInPrefix || actsFrame {
                        // A frame after a verb is its object, not its subject; but one joined by
                        // a preposition to a judged noun ("a breach of international law")
                        // leaves the judged subject as it is.
                        if !(prepSinceFrame && lastFrame >= 0) { held.removeAll(keepingCapacity: true) }
                        note(frame, k, Double(polarity * prefix), negInPrefix)
                    } else {
                        pending.append(Pending(token: k, frame: frame, polarity: polarity, after: 1, negated: false))
                    }
                    lastFrame = k; prepSinceFrame = false
                } else if out.objectToken < 0, clause == 0, clauseTokens <= 4, w.grammar.isEmpty, w.cue < 0,
                          w.modality == nil, !w.negates {
                    out.objectToken = k
                }
            }
            endClause()
        }
        // The frame with the largest score; without any stance, the one named most.
        var chosen = -1
        for i in scores.indices where seen[i] > 0 {
            if chosen < 0 { chosen = i; continue }
            let a = abs(scores[i]), b = abs(scores[chosen])
            if a > b || (a == b && seen[i] > seen[chosen]) { chosen = i }
        }
        if chosen >= 0 {
            out.frame = frameIDs[chosen]
            out.score = scores[chosen] * Double(cue.clauseSign)
            out.targetToken = best[chosen].token
            out.negated = best[chosen].negated
            out.modality = best[chosen].modality
        } else if leadFrame >= 0, evalSum != 0, evalToken >= 0 {
            out.frame = leadFrame
            // A judgement of a cue's object is the speaker's own: no clause sign reverses it.
            out.score = evalSum * Double(leadSign) * Double(objectOnly ? 1 : cue.clauseSign)
            out.targetToken = evalToken
            out.judgesLead = true
        }
        return out
    }
}
