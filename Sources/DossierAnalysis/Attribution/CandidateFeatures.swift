/// The features the candidate model weighs: which reading found the attribution, its cue
/// word and form, the words around the cue, the shape of the source and the size of the
/// content. Each feature is a template number and a value hashed into one 32-bit key, with no
/// string built, so scoring costs a few nanoseconds per feature.
extension AttributionContext {
    enum Template: UInt64 {
        case bias = 1, pattern, kind, route, lemma, lemmaPattern, lemmaForm, lemmaRoute, form, previous, next,
             beforePrevious, sourceShape, sourceEndShape, sourceLength, sourceHead, contentLength, quoteCount,
             headline, titleCase, negated, capitalisedCue, patternKind, patternRoute, cuePosition, contentFirst,
             lemmaKind, sourceFirst, verbLemma, verbLemmaRoute, endsSentence, frames, patternSource, formPattern,
             firstInParagraph, framesRoute, lemmaSourceShape, routeLength, patternLength, lemmaContentFirst,
             kindEndsSentence, sourceHeadPattern
    }

    @inline(__always) func feature(_ t: Template, _ value: UInt64) -> UInt32 {
        let h = WordKey.combine(t.rawValue &* 0x9E3779B97F4A7C15, value)
        return UInt32(truncatingIfNeeded: h ^ (h >> 32))
    }

    func features(_ f: Attribution) -> [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(32)
        let pattern = UInt64(f.pattern.rawValue), route = UInt64(f.route.rawValue)
        let kind: UInt64 = f.kind == .direct ? 1 : (f.kind == .mixed ? 2 : (f.kind == .block ? 3 : 4))
        out.append(feature(.bias, 0))
        out.append(feature(.pattern, pattern))
        out.append(feature(.kind, kind))
        out.append(feature(.route, route))
        out.append(feature(.patternKind, pattern << 8 | kind))
        out.append(feature(.patternRoute, pattern << 8 | route))
        let c = f.cueToken
        var lemma: UInt64 = 0
        if c >= 0 && c < tokens.count {
            let w = info[c]
            lemma = w.classes.contains(.cueVerb) ? UInt64(w.lemma) + 1 : key(c)
            // The verb of a phrase cue (called for → call) shares what is learnt about the verb.
            if w.classes.contains(.cueVerb) {
                out.append(feature(.verbLemma, UInt64(w.lemma) + 1))
                out.append(feature(.verbLemmaRoute, WordKey.combine(UInt64(w.lemma) + 1, route)))
            }
            if let cue = f.cue, cue.end > tokens[c].span.end { lemma = WordKey.combine(lemma, UInt64(cue.length)) }
            let form = UInt64(w.form.rawValue)
            let frames = UInt64(w.frames.rawValue & 0x87)   // speech, cognition, stance, noun
            out.append(feature(.frames, frames))
            out.append(feature(.framesRoute, frames << 8 | route))
            out.append(feature(.formPattern, form << 8 | pattern))
            out.append(feature(.lemma, lemma))
            out.append(feature(.lemmaPattern, WordKey.combine(lemma, pattern)))
            out.append(feature(.lemmaForm, WordKey.combine(lemma, form)))
            out.append(feature(.lemmaRoute, WordKey.combine(lemma, route)))
            out.append(feature(.lemmaKind, WordKey.combine(lemma, kind)))
            out.append(feature(.form, form))
            out.append(feature(.previous, c > 0 ? key(c - 1) : 0))
            out.append(feature(.beforePrevious, c > 1 ? key(c - 2) : 0))
            var e = c + 1
            if let cue = f.cue { while e < tokens.count, tokens[e].span.start < cue.end { e += 1 } }
            out.append(feature(.next, e < tokens.count ? key(e) : 0))
            let sentence = doc.sentences[f.sentence].tokenRange
            out.append(feature(.cuePosition, UInt64(max(0, min(c - sentence.lowerBound, 12)))))
            var negated = false
            for m in max(sentence.lowerBound, c - 3)..<max(c, sentence.lowerBound) where has(m, .neg) { negated = true }
            out.append(feature(.negated, negated ? 1 : 0))
            out.append(feature(.capitalisedCue, isCapitalized(c) ? 1 : 0))
            out.append(feature(.titleCase, isTitleCase(sentenceOf: c) ? 1 : 0))
        } else {
            out.append(feature(.lemma, 0))
        }
        if let src = f.source, let first = doc.firstToken(atOrAfter: src.start), first < tokens.count {
            var last = first
            while last + 1 < tokens.count, tokens[last + 1].span.start < src.end { last += 1 }
            out.append(feature(.lemmaSourceShape, WordKey.combine(lemma, shape(first) << 4 | shape(last))))
            out.append(feature(.sourceHeadPattern, WordKey.combine(key(last), pattern)))
            out.append(feature(.sourceShape, shape(first)))
            out.append(feature(.patternSource, pattern << 8 | shape(last) << 4 | UInt64(min(last - first + 1, 4))))
            out.append(feature(.sourceEndShape, shape(last)))
            out.append(feature(.sourceLength, UInt64(min(last - first + 1, 8))))
            out.append(feature(.sourceHead, key(last)))
            out.append(feature(.sourceFirst, key(first)))
        } else {
            out.append(feature(.sourceShape, 99))
        }
        var words = 0, firstContent: UInt64 = 0
        for part in f.content {
            guard var k = doc.firstToken(atOrAfter: part.start) else { continue }
            if firstContent == 0, k < tokens.count { firstContent = key(k) }
            while k < tokens.count, tokens[k].span.start < part.end {
                if tokens[k].kind == .word || tokens[k].kind == .number { words += 1 }
                k += 1
            }
        }
        out.append(feature(.contentLength, Self.bucket(words)))
        out.append(feature(.routeLength, route << 8 | Self.bucket(words)))
        out.append(feature(.patternLength, pattern << 8 | Self.bucket(words)))
        out.append(feature(.lemmaContentFirst, WordKey.combine(lemma, firstContent)))
        out.append(feature(.quoteCount, UInt64(min(f.quotes.count, 3))))
        out.append(feature(.contentFirst, firstContent))
        out.append(feature(.headline, f.paragraph == 0 ? 1 : 0))
        let firstSentence = f.sentence == 0 || doc.sentences[f.sentence - 1].paragraph != doc.sentences[f.sentence].paragraph
        out.append(feature(.firstInParagraph, firstSentence ? 1 : 0))
        if let end = f.content.last?.end {
            let ends: UInt64 = end >= doc.sentences[f.sentence].span.end - 1 ? 1 : 0
            out.append(feature(.endsSentence, ends))
            out.append(feature(.kindEndsSentence, kind << 4 | ends))
        }
        return out
    }

    /// The case-folded key of a word token, or a key for its kind.
    func key(_ k: Int) -> UInt64 {
        let t = tokens[k]
        switch t.kind {
        case .word: return keys[k]
        case .punctuation, .symbol: return 0x100 | UInt64(s[t.span.start].value & 0xFF_FFFF) << 9
        case .quoteMark: return 2
        case .number: return 3
        }
    }

    func shape(_ k: Int) -> UInt64 {
        if has(k, .pronoun) { return 1 }
        if isWord(k, CueWords.who) || isWord(k, CueWords.which) { return 2 }
        if has(k, .det) { return 3 }
        if isCapitalized(k) { return 4 }
        if tokens[k].kind == .number { return 5 }
        return 6
    }

    static func bucket(_ n: Int) -> UInt64 {
        switch n {
        case ..<3: return UInt64(n)
        case 3..<5: return 3
        case 5..<8: return 4
        case 8..<13: return 5
        case 13..<21: return 6
        case 21..<41: return 7
        default: return 8
        }
    }
}
