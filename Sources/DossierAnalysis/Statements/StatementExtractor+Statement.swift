/// Builds one statement from a cue's meaning and what the stance reading found: its target
/// (an actor, a frame's phrase or a noun), stance, strength, keywords and evidence.
extension StatementExtractor {
    func statement(id: String, actor: String, quote: String?, sense: CueSense, cue: Span?, cueNegated: Bool,
                   reading: StanceReading, at token: Int, paragraph: Int, phrases: TargetPhrase,
                   mentions: [(span: Span, actor: String)]) -> Statement {
        let doc = phrases.doc
        let sentence = doc.sentenceIndex(at: doc.tokens[token].span.start) ?? 0
        let evidence = doc.sentences.isEmpty ? doc.tokens[token].span : doc.sentences[sentence].span
        var stance = Stance.neutral
        var strength = sense.strength
        var target: Span? = nil
        var targetActor: String? = nil
        var frame: String? = nil
        if reading.frame >= 0 {
            // An event word with no lead event to name is about whatever the article is about.
            // In an article whose lead is an actor's act with no frame, the event is that act.
            frame = reading.frame == lexicon.eventFrame ? (phrases.ownedLead ? TopicWords.eventFrame : TopicWords.anyFrame)
                : lexicon.frames[Int(reading.frame)]
            target = phrases.around(reading.targetToken)
            // A stance only conceded ("we did not want to strike, but …") is none.
            if abs(reading.score) >= 0.3 { stance = reading.score > 0 ? .pro : .against }
            strength *= abs(reading.score) >= 2 ? 1 : 0.8
        } else if sense.objectSign != 0, reading.objectToken >= 0 {
            target = phrases.around(reading.objectToken)
            stance = sense.objectSign > 0 ? .pro : .against
            // An actor named right at the object ("criticised Governor Paul Stone for …").
            // Within the object's sentence, and never the speaker itself ("rejected the
            // criticism. He said …").
            let k = reading.objectToken
            let bounds = doc.sentences.isEmpty ? 0..<doc.tokens.count : doc.sentences[doc.sentenceIndex(at: doc.tokens[k].span.start) ?? 0].tokenRange
            // "the president's plan": the owner before the possessive is named at the object too.
            var from = max(bounds.lowerBound, k - 1)
            if from > bounds.lowerBound, doc.isPossessive(from) { from -= 1 }
            let near = Span(doc.tokens[from].span.start,
                            doc.tokens[max(k, min(bounds.upperBound - 1, k + 2))].span.end)
            var lo = 0, hi = mentions.count
            while lo < hi { let m = (lo + hi) / 2; if mentions[m].span.end <= near.start { lo = m + 1 } else { hi = m } }
            // Sorted by start; nested mentions end later, so look at the next few.
            for i in lo..<min(mentions.count, lo + 4) where mentions[i].span.overlaps(near) && mentions[i].actor != actor {
                // "unveiled a new nickname for Clinton": whom the object is for is not the object.
                if let j = doc.tokenRange(covering: mentions[i].span)?.lowerBound, j - 1 > k, SmallWords.key(doc, j - 1) == SmallWords.for_ { continue }
                targetActor = mentions[i].actor; target = mentions[i].span; break
            }
            // An object the lead names is part of the lead event ("rejected the pay demand").
            if targetActor == nil, phrases.lead.frame >= 0, phrases.lead.words.contains(doc.keys[k]) {
                frame = lexicon.frames[Int(phrases.lead.frame)]
            }
            strength *= 0.8
        }
        switch reading.modality {
        case .may, .could: strength *= 0.6
        case .should, .want: strength *= 0.9
        default: break
        }
        let text = doc.text
        return Statement(id: id, actor: actor, quote: quote, meaning: sense.meaning, cue: cue,
                         negated: cueNegated || reading.negated, modality: reading.modality,
                         target: target.map { text[$0] }, targetSpan: target, targetActor: targetActor,
                         stance: stance, strength: (strength * 100).rounded() / 100, frame: frame,
                         keywords: target.map { phrases.keywords(in: $0) } ?? [],
                         // Only statements with a target are grouped into topics.
                         entities: target == nil ? [] : phrases.entities(in: evidence), paragraph: paragraph,
                         evidence: evidence)
    }
}
