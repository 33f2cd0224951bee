/// What a stretch of text says about the frames it names: for each frame, a signed score
/// (positive: for it, negative: against it), and the word the strongest score came from.
struct StanceReading {
    /// Index into `StanceLexicon.frames` of the frame the text is most about, -1 for none.
    var frame: Int16 = -1
    var score: Double = 0
    /// The frame word the target phrase is built around, -1 for none.
    var targetToken = -1
    var negated = false
    var modality: Modality = .none
    /// The first noun-phrase object when the text names no frame (`rejected the criticism`).
    var objectToken = -1
}

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

    private struct Pending { var token: Int; var frame: Int16; var polarity: Int8; var after: Int8; var negated: Bool }

    /// `ranges`: token ranges of the content, in order. `start`: the sign already in force (an
    /// action verb's), `cue`: what the cue means. `firstClauseOnly`: an action's clause ends at
    /// its first comma or clause word; what follows is someone else's doing.
    func read(_ ranges: [Range<Int>], start: Int8 = 1, startsGoverned: Bool = false, firstClauseOnly: Bool = false,
              cue: CueSense) -> StanceReading {
        let s = doc.text.scalars
        var scores = [Double](repeating: 0, count: lexicon.frames.count)
        var seen = [Int](repeating: 0, count: lexicon.frames.count)
        var best = [(token: Int, weight: Double, negated: Bool)](repeating: (-1, 0, false), count: lexicon.frames.count)
        var out = StanceReading()
        var clause = 0
        var prefix = start, sawOp = startsGoverned, negInPrefix = false
        var pending: [Pending] = []
        var clauseTokens = 0

        func note(_ f: Int16, _ token: Int, _ value: Double, _ negated: Bool) {
            let i = Int(f)
            scores[i] += value
            seen[i] += 1
            if best[i].token < 0 || abs(value) > best[i].weight {
                best[i] = (token, abs(value), negated)
            }
        }
        func endClause() {
            for p in pending {
                let fromCue = clause == 0 && cue.objectSign != 0 ? Double(p.polarity * cue.objectSign) : 0
                // Stored pre-multiplied by the clause sign, which `finish` applies to every score.
                note(p.frame, p.token, fromCue * Double(cue.clauseSign), false)
            }
            pending.removeAll(keepingCapacity: true)
            if clauseTokens > 0 { clause += 1 }
            prefix = 1; sawOp = false; negInPrefix = false; clauseTokens = 0
        }

        for range in ranges {
            for k in range {
                if firstClauseOnly && clause > 0 { break }
                let t = doc.tokens[k]
                if t.kind == .quoteMark { continue }
                if t.kind == .punctuation || t.kind == .symbol {
                    let u = s[t.span.start]
                    if u != "'" && u != "’" && u != "-" { endClause() }
                    continue
                }
                guard t.kind == .word, let w = lexicon.words[WordKey.of(s, t.span.start, t.span.end)] else {
                    clauseTokens += 1
                    if out.objectToken < 0, t.kind == .word, clause == 0, clauseTokens <= 4 { out.objectToken = k }
                    continue
                }
                clauseTokens += 1
                if w.grammar.contains(.boundary) { endClause(); continue }
                if let m = w.modality, out.modality == .none { out.modality = m }
                if w.negates {
                    prefix = -prefix; negInPrefix = true
                    for i in pending.indices { pending[i].after = -pending[i].after; pending[i].negated = true }
                }
                if w.op != 0 {
                    for p in pending { note(p.frame, p.token, Double(p.polarity * p.after * w.op), p.negated) }
                    pending.removeAll(keepingCapacity: true)
                    prefix *= w.op
                    sawOp = true
                } else if w.frame >= 0 {
                    if sawOp || negInPrefix {
                        note(w.frame, k, Double(w.polarity * prefix), negInPrefix)
                    } else {
                        pending.append(Pending(token: k, frame: w.frame, polarity: w.polarity, after: 1, negated: false))
                    }
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
            out.frame = Int16(chosen)
            out.score = scores[chosen] * Double(cue.clauseSign)
            out.targetToken = best[chosen].token
            out.negated = best[chosen].negated
        }
        return out
    }
}
