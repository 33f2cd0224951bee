/// Attributes quotations and finds reported speech: for each quote, the cue and the source
/// mention around it; the source resolved to an actor through the `ActorTable`.
///
/// Works in three passes, each linear in the text: every cue of every sentence is read with
/// its source and content (`CueReader`); quotations no cue took are joined to the attribution
/// of their paragraph, continue the previous paragraph's speaker, or are dropped as scare quotes
/// (`QuoteAssignment`); then attributions are ordered and numbered.
public struct Attributor: Sendable {
    /// The candidate filter; nil keeps every reading the rules make.
    public var model: AttributionModel?

    public init(model: AttributionModel? = AttributionModel.embedded) {
        self.model = model
    }

    public func attribute(_ doc: Document, quotes: [QuoteSpan], actors: ActorTable) -> [Quote] {
        attribute(doc, quotes: quotes, actors: actors, words: nil)
    }

    /// The same, reading the tokens' keys from the actor stage's `ArticleWords` when given.
    func attribute(_ doc: Document, quotes: [QuoteSpan], actors: ActorTable, words: ArticleWords?) -> [Quote] {
        let ctx = AttributionContext(doc: doc, quotes: quotes, words: words)
        var found = ctx.readAll()
        if let model { found.removeAll { !Self.isSure($0, ctx) && !model.keeps($0.kind, ctx.features($0)) } }
        let lookup = SpeakerLookup(table: actors, doc: doc)
        // The speaker of the quote before, for "he" and "she" that continue its turn.
        var previous: (actor: Int, end: Int, paragraph: Int)? = nil
        // One source span is one speaker, however many quotes it introduces.
        var bySource: [Span: Int] = [:]
        return found.enumerated().map { n, f in
            let recent = previous.flatMap { f.paragraph - $0.paragraph <= 2 ? ($0.actor, $0.end) : nil }
            let speaker = f.source.flatMap { src in bySource[src] ?? lookup.actor(for: src, previous: recent) }
            if let src = f.source, let speaker { bySource[src] = speaker }
            if let speaker, let end = f.content.last?.end { previous = (speaker, max(end, f.source?.end ?? end), f.paragraph) }
            return Quote(id: "q\(n + 1)", content: f.content, cue: f.cue, source: f.source,
                         speaker: speaker.map { actors.actors[$0].id }, kind: f.kind, paragraph: f.paragraph)
        }
    }

    /// Readings kept whatever the model says: block quotes, too rare in the training data for the
    /// model to judge (continued turns are judged: most quote paragraphs after a speaker's are not
    /// the same speaker's in the training split), and a named source whose cue is followed by a whole
    /// quotation ending the sentence.
    static func isSure(_ f: Attribution, _ ctx: AttributionContext) -> Bool {
        switch f.pattern {
        case .block: return true
        case .contentAfter:
            // Russia called for "…". / The mayor said: "…" — a named source, then a whole quotation
            // that ends the sentence.
            guard f.kind == .direct, f.route == .quote, let src = f.source, let end = f.content.last?.end,
                  let k = ctx.doc.firstToken(atOrAfter: src.start), ctx.isCapitalized(k), !ctx.has(k, .pronoun)
            else { return false }
            return end >= ctx.doc.sentences[f.sentence].span.end - 1
        default: return false
        }
    }

    /// Every reading the rules make, unfiltered, with its model features (for training).
    public func candidates(_ doc: Document, quotes: [QuoteSpan]) -> [AttributionCandidate] {
        let ctx = AttributionContext(doc: doc, quotes: quotes)
        return ctx.readAll().enumerated().map { n, f in
            AttributionCandidate(quote: Quote(id: "q\(n + 1)", content: f.content, cue: f.cue, source: f.source,
                                              kind: f.kind, paragraph: f.paragraph),
                                 features: ctx.features(f), isSure: Self.isSure(f, ctx), reading: "\(f.pattern)/\(f.route)")
        }
    }
}

/// A reading of the rules before the model filters it.
public struct AttributionCandidate: Sendable {
    public var quote: Quote
    public var features: [UInt32]
    /// Kept whatever the model says (see `Attributor.isSure`).
    public var isSure: Bool
    /// The rules' reading that found it (pattern/route), for looking at errors.
    public var reading: String = ""
}

extension AttributionContext {
    /// All attributions of the article in text order: cues sentence by sentence, block quotes,
    /// then the quotes no cue took.
    func readAll() -> [Attribution] {
        var found: [Attribution] = []
        var claimed = [Int32](repeating: -1, count: quotes.count)
        for si in doc.sentences.indices {
            readSentence(si, into: &found, claimed: &claimed)
        }
        attributeBlockQuotes(into: &found, claimed: &claimed)
        assignLeftoverQuotes(into: &found, claimed: claimed)
        found.removeAll { $0.source.map(isJunkSource) ?? false }
        found.sort { $0.start < $1.start }
        return found
    }

    /// A source of one word that cannot name a speaker: a bare determiner ("The"), a question
    /// word, "there", "so": a misreading of the phrase before the cue.
    func isJunkSource(_ span: Span) -> Bool {
        guard let k = doc.firstToken(atOrAfter: span.start), k < tokens.count, tokens[k].span.end >= span.end,
              tokens[k].kind == .word else { return false }
        if has(k, .pronoun) || isWord(k, CueWords.who) || isWord(k, CueWords.which) || isWord(k, CueWords.that) { return false }
        return has(k, .det) || has(k, .comp) || isWord(k, CueWords.there) || isWord(k, CueWords.so) || isWord(k, CueWords.why) || isWord(k, CueWords.here)
    }

    /// Reads every cue of sentence `si`; a quote taken by a cue is marked `claimed`. Two passes:
    /// first the cues whose content is a quotation right next to them (`"…," he said`), which are
    /// the surest, then the others, so a looser reading never takes a quote from a sure one.
    func readSentence(_ si: Int, into out: inout [Attribution], claimed: inout [Int32]) {
        let range = doc.sentences[si].tokenRange
        let a = range.lowerBound, b = range.upperBound
        let first = out.count
        var used: [Int] = []
        var firstPass = first
        for pass in 0..<2 {
            let adjacentOnly = pass == 0   // (a range, not an array literal built per sentence)
            var k = a
            while k < b {
                if quoteOf[k] >= 0 || used.contains(k)
                    || !(has(k, .phraseStart) || has(k, .cueVerb) || isPunct(k, ":") || isWord(k, CueWords.in)) {
                    k += 1; continue
                }
                let offset = tokens[k].span.start
                // (No array is built while the sentence has no attribution yet, the common case; and no
                // slice of `out` is kept either: it would make every append below copy `out`.)
                let earlier = out.count == first ? ArraySlice<Attribution>()
                    : out[first...].filter { ($0.cue?.start ?? 0) < offset }[...]
                var found: Attribution? = nil
                var step = 1
                if has(k, .phraseStart), let p = phrase(at: k, upper: b) {
                    switch p.role {
                    case .source:
                        found = readAccordingTo(k, length: p.length, sentence: si, range: a, b, earlier: earlier,
                                                claimed: claimed)
                        step = p.length
                    case .cue:
                        found = readCue(k, length: p.length, frames: [.speech, .np, .to], form: phraseForm(k), sentence: si,
                                        range: a, b, earlier: earlier, claimed: claimed)
                            ?? readNounCue(k, length: p.length, sentence: si, range: a, b, claimed: claimed)
                        step = p.length
                    case .noun:
                        // (Without a possessive before it, the word may still be a verb: they claim that …)
                        found = readNounCue(k, length: p.length, sentence: si, range: a, b, claimed: claimed)
                        if found != nil { step = p.length }
                    case .after:
                        break
                    }
                }
                if found == nil, step == 1, has(k, .cueVerb) {
                    found = readCue(k, length: 1, frames: info[k].frames, form: info[k].form, sentence: si, range: a, b,
                                    earlier: earlier, claimed: claimed)
                } else if found == nil, isPunct(k, ":") {
                    found = readColon(k, sentence: si, range: a, b, claimed: claimed)
                } else if found == nil, isWord(k, CueWords.in) {
                    found = readSurvey(k, sentence: si, range: a, b, earlier: earlier, claimed: claimed)
                }
                // A nouny form (orders, remarks) before a quote is no sure reading when a verb of the
                // lexicon comes before it (called the use of executive orders "quite dangerous").
                let nouny = isNounyForm(k) && (a..<k).contains { has($0, .cueVerb) && !isNounyForm($0) && info[$0].form != .gerund }
                if let f = found, !adjacentOnly || (isAdjacentQuote(f, cue: k) && !nouny) {
                    for q in f.quotes { claimed[q] = Int32(k) }
                    out.append(f)
                    used.append(k)
                }
                k += step
            }
            if adjacentOnly { firstPass = out.count }
        }
        // A participle read in the first pass (`…, adding: "…"`) took its subject before the
        // second pass read the verbs it may inherit it from: it takes it again from all of them.
        for i in first..<firstPass where out[i].pattern == .inherited {
            let cue = out[i].cueToken
            guard out[firstPass...].contains(where: { $0.cueToken >= 0 && $0.cueToken < cue }) else { continue }
            if let src = inheritedSource(out[first...].filter { $0.cueToken >= 0 && $0.cueToken < cue }[...], sentence: a, upper: cue) {
                out[i].source = src
            }
        }
        out[first...].sort { $0.start < $1.start }
    }

    /// The form of a cue phrase's first word: its cue verb's form, else an -ing word is a gerund
    /// (`…, he said, referring to X`: the phrase inherits the subject like `…, saying …`).
    func phraseForm(_ k: Int) -> VerbForm {
        has(k, .cueVerb) || !isParticiple(k) ? info[k].form : .gerund
    }

    /// A base or -s form of a cue that is often a noun (orders, remarks, read).
    func isNounyForm(_ k: Int) -> Bool {
        info[k].frames.contains(.noun) && (info[k].form == .base || info[k].form == .third)
    }

    /// The attribution's content is a whole quotation ending just before its cue or opening
    /// just after it (with at most the source, a comma or a colon between).
    func isAdjacentQuote(_ f: Attribution, cue k: Int) -> Bool {
        guard f.kind == .direct || f.kind == .block, let first = f.content.first else { return false }
        let cue = tokens[k].span.start
        if first.start > cue { return first.start - (f.cue?.end ?? cue) <= 40 }
        guard let q = f.quotes.first, let end = quotes[q].content.first?.end else { return false }
        return end <= cue
    }
}
