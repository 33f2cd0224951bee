/// Who does what an article leads with: the actor that is the subject of the first sentence's
/// main verb ("Gov. Raymond Tillis on Tuesday struck $48 million …", "The City Council voted
/// 10-7 to move …"). Whatever the verb, the one who did it owns the event, and later words that
/// judge "the decision", "the veto", "the plan" judge that same event.
///
/// Deliberately narrow in form, not in vocabulary: the name must open the sentence (after the
/// dateline and a determiner), and a verb must follow it within a few words (a time, an
/// apposition, an auxiliary); a copula, a verb of saying or a negation is no act owned.
struct LeadSubject {
    let doc: Document
    let lexicon: StanceLexicon

    /// The actor and the token of its verb, nil when the lead does not open with an actor acting.
    func find(mentions: [(span: Span, actor: String)]) -> (actor: String, verb: Int, sentence: Int)? {
        let s = doc.text.scalars
        // A dateline cut off as a sentence of its own ("SALEM, Ore.") or a headline ("Cruz tops
        // Trump in North Dakota") is no lead: a lead sentence runs to fifteen words or more.
        guard let lead = doc.sentences.prefix(2).first(where: { sentence in
            sentence.tokenRange.filter { doc.tokens[$0].kind == .word }.count >= 15
        }) else { return nil }
        let sentence = lead.tokenRange
        guard let m = mentions.first(where: { $0.span.start >= doc.tokens[sentence.lowerBound].span.start }),
              m.span.end <= doc.tokens[sentence.upperBound - 1].span.end else { return nil }
        // Before the name only the dateline (capitalised words, punctuation) and a determiner.
        var k = sentence.lowerBound
        while k < sentence.upperBound, doc.tokens[k].span.end <= m.span.start {
            if doc.tokens[k].kind == .word, !CharClass.isUpper(s[doc.tokens[k].span.start]), !(info(k)?.grammar.contains(.det) ?? false) {
                return nil
            }
            k += 1
        }
        while k < sentence.upperBound, doc.tokens[k].span.start < m.span.end { k += 1 }
        // "Clinton's campaign said": the name is no subject.
        if k < sentence.upperBound, doc.tokens[k].kind == .quoteMark || s[doc.tokens[k].span.start] == "'" || s[doc.tokens[k].span.start] == "’" { return nil }
        var steps = 0
        while k < sentence.upperBound, steps < 6 {
            let t = doc.tokens[k]
            // ", a Democrat in his second term," : an apposition to its closing comma.
            if t.kind == .punctuation, s[t.span.start] == "," {
                var j = k + 1
                while j < sentence.upperBound, j <= k + 9, !(doc.tokens[j].kind == .punctuation && s[doc.tokens[j].span.start] == ",") {
                    if doc.tokens[j].kind == .quoteMark { return nil }
                    j += 1
                }
                guard j < sentence.upperBound, j <= k + 9, j > k + 1 else { return nil }
                k = j + 1; steps += 1; continue
            }
            guard t.kind == .word else { return nil }
            let first = s[t.span.start]
            let w = info(k)
            // "on Tuesday", "late Monday", "earlier": a time between the name and its verb.
            if CharClass.isUpper(first) { k += 1; steps += 1; continue }
            if let w, w.negates || w.grammar.contains(.copula) || w.grammar.contains(.boundary) { return nil }
            if let w, w.cue >= 0, lexicon.cues[Int(w.cue)].meaning == .say, !lexicon.cues[Int(w.cue)].isAction { return nil }
            if Self.saying.contains(doc.text[t.span].lowercased()) { return nil }
            if let w, w.grammar.contains(.prep) || w.grammar.contains(.gap) || w.modality != nil { k += 1; steps += 1; continue }
            if t.span.length > 4, s[t.span.end - 2] == "l", s[t.span.end - 1] == "y" { k += 1; steps += 1; continue }
            if ["late", "early", "last", "this"].contains(doc.text[t.span].lowercased()) { k += 1; steps += 1; continue }
            // "Hanley, saying …", "the governor's": no verb of its own.
            if t.span.length > 4, s[t.span.end - 3] == "i", s[t.span.end - 2] == "n", s[t.span.end - 1] == "g" { return nil }
            if let w, w.grammar.contains(.det) || w.grammar.contains(.function) { return nil }
            // A verb in the past: "-ed", or an irregular form ("struck", "won"); not a noun after
            // an adjective that names a party ("Republican campaign").
            let isPast = (t.span.length > 3 && s[t.span.end - 2] == "e" && s[t.span.end - 1] == "d")
                || Self.irregularPast.contains(doc.text[t.span].lowercased())
            guard isPast || (w.map { $0.cue >= 0 && lexicon.cues[Int($0.cue)].isAction } ?? false) else { return nil }
            // The verb takes something: an object or a "to" after it.
            guard k + 1 < sentence.upperBound, doc.tokens[k + 1].kind != .punctuation, doc.tokens[k + 1].kind != .quoteMark else { return nil }
            return (m.actor, k, doc.sentences[0].tokenRange == sentence ? 0 : 1)
        }
        return nil
    }

    /// Verbs that report speech, not an act ("The mayor said on Monday …").
    static let saying: Set<String> = ["said", "says", "told", "tells", "added", "adds", "asked", "asks"]

    static let irregularPast = Lexicon(bytes: PackageResources.irregular_past_txt).set

    private func info(_ k: Int) -> StanceWord? {
        let t = doc.tokens[k]
        guard t.kind == .word else { return nil }
        return lexicon.words[doc.keys[k]]
    }
}

extension StatementExtractor {
    /// The owner's statement on its own lead act, unless it already takes a stance in the lead's
    /// paragraph (an act the lexicons know: "vetoed the bill").
    func ownedLead(_ owner: (actor: String, verb: Int, sentence: Int), _ out: [Statement], doc: Document,
                   phrases: TargetPhrase, mentions: [(span: Span, actor: String)]) -> Statement? {
        let paragraph = doc.sentences[owner.sentence].paragraph
        guard !out.contains(where: { $0.actor == owner.actor && $0.stance != .neutral && $0.paragraph == paragraph }) else { return nil }
        let sense = CueSense(meaning: .support, objectSign: 1, clauseSign: 1, strength: 0.7, isAction: true)
        var made = statement(id: "s" + String(out.count + 1), actor: owner.actor, quote: nil, sense: sense,
                             cue: doc.tokens[owner.verb].span, cueNegated: false,
                             reading: StanceReading(frame: lexicon.eventFrame, score: 1, targetToken: owner.verb),
                             at: owner.verb, paragraph: paragraph, phrases: phrases, mentions: mentions)
        // The act with its object names the event ("struck $48 million that lawmakers had set
        // aside"), up to the first comma.
        var e = owner.verb + 1
        let sentenceEnd = doc.sentences[owner.sentence].tokenRange.upperBound
        while e < sentenceEnd, e < owner.verb + 10, doc.tokens[e].kind != .punctuation, doc.tokens[e].kind != .quoteMark { e += 1 }
        let span = Span(doc.tokens[owner.verb].span.start, doc.tokens[e - 1].span.end)
        made.target = doc.text[span]
        made.targetSpan = span
        made.keywords = phrases.keywords(in: span)
        return made
    }
}
