import DossierAnalysis

/// Encodes an article's `Analysis` (without its text, stored beside it) as a compact blob, so
/// reopening a session restores every answer without analysing again.
enum AnalysisCodec {
    /// Bumped whenever the layout changes; a blob of another layout is re-analysed, not read.
    static let layout = 2

    static func encode(_ a: Analysis) -> [UInt8] {
        var w = ByteWriter()
        w.uint(layout)
        let d = a.document
        w.uint(d.paragraphs.count)
        for p in d.paragraphs { span(&w, p.span) }
        w.uint(d.sentences.count)
        for s in d.sentences {
            span(&w, s.span); w.uint(s.paragraph); w.uint(s.tokenRange.lowerBound); w.uint(s.tokenRange.count)
        }
        w.uint(d.tokens.count)
        var last = 0
        for t in d.tokens {   // delta-coded: tokens are sorted
            w.uint(t.span.start - last); w.uint(t.span.length); w.uint(Int(t.kind.rawValue))
            last = t.span.start
        }
        actors(&w, a.actors)
        actors(&w, a.places)
        w.uint(a.quotes.count)
        for q in a.quotes {
            w.string(q.id); spans(&w, q.content); optionalSpan(&w, q.cue); optionalSpan(&w, q.source)
            w.optionalString(q.speaker); w.string(q.kind.rawValue); w.uint(q.paragraph)
        }
        w.uint(a.statements.count)
        for s in a.statements {
            w.string(s.id); w.string(s.actor); w.optionalString(s.quote); w.string(s.meaning.rawValue)
            optionalSpan(&w, s.cue); w.bool(s.negated); w.string(s.modality.rawValue); w.optionalString(s.target)
            optionalSpan(&w, s.targetSpan); w.optionalString(s.targetActor); w.string(s.stance.rawValue)
            w.double(s.strength); w.optionalString(s.frame); w.strings(s.keywords); w.strings(s.entities)
            w.uint(s.paragraph); span(&w, s.evidence)
        }
        return w.bytes
    }

    static func decode(_ bytes: [UInt8], text: ArticleText) throws -> Analysis {
        var r = ByteReader(bytes)
        guard try r.uint() == layout else { throw ByteReader.DecodeError() }
        let n = text.count
        var paragraphs: [Paragraph] = []
        for i in 0..<(try r.count(max: n + 1)) { paragraphs.append(Paragraph(index: i, span: try span(&r, n))) }
        var sentences: [Sentence] = []
        for _ in 0..<(try r.count(max: n + 1)) {
            let sp = try span(&r, n)
            let p = try r.count(max: paragraphs.count)
            let lo = try r.count(), len = try r.count()
            sentences.append(Sentence(span: sp, paragraph: p, tokenRange: lo..<(lo + len)))
        }
        var tokens: [Token] = []
        let tokenCount = try r.count(max: n + 1)
        tokens.reserveCapacity(tokenCount)
        var last = 0
        for _ in 0..<tokenCount {
            let start = last + (try r.count(max: n)), len = try r.count(max: n)
            guard start + len <= n, let kind = Token.Kind(rawValue: UInt8(truncatingIfNeeded: try r.uint())) else {
                throw ByteReader.DecodeError()
            }
            tokens.append(Token(span: Span(start, start + len), kind: kind))
            last = start
        }
        let document = Document(text: text, paragraphs: paragraphs, sentences: sentences, tokens: tokens)
        let actorList = try actors(&r, n), places = try actors(&r, n)
        var quotes: [Quote] = []
        for _ in 0..<(try r.count(max: n + 1)) {
            let id = try r.string(), content = try spans(&r, n), cue = try optionalSpan(&r, n), source = try optionalSpan(&r, n)
            let speaker = try r.optionalString()
            guard let kind = QuoteKind(rawValue: try r.string()) else { throw ByteReader.DecodeError() }
            quotes.append(Quote(id: id, content: content, cue: cue, source: source, speaker: speaker, kind: kind,
                                paragraph: try r.count()))
        }
        var statements: [Statement] = []
        for _ in 0..<(try r.count(max: n + 1)) {
            let id = try r.string(), actor = try r.string(), quote = try r.optionalString()
            guard let meaning = CueMeaning(rawValue: try r.string()) else { throw ByteReader.DecodeError() }
            let cue = try optionalSpan(&r, n), negated = try r.bool()
            guard let modality = Modality(rawValue: try r.string()) else { throw ByteReader.DecodeError() }
            let target = try r.optionalString(), targetSpan = try optionalSpan(&r, n), targetActor = try r.optionalString()
            guard let stance = Stance(rawValue: try r.string()) else { throw ByteReader.DecodeError() }
            let strength = try r.double(), frame = try r.optionalString(), keywords = try r.strings()
            let entities = try r.strings(), paragraph = try r.count(), evidence = try span(&r, n)
            statements.append(Statement(id: id, actor: actor, quote: quote, meaning: meaning, cue: cue, negated: negated,
                                        modality: modality, target: target, targetSpan: targetSpan, targetActor: targetActor,
                                        stance: stance, strength: strength, frame: frame, keywords: keywords,
                                        entities: entities, paragraph: paragraph,
                                        evidence: evidence))
        }
        guard r.atEnd else { throw ByteReader.DecodeError() }
        return Analysis(document: document, actors: actorList, places: places, quotes: quotes, statements: statements)
    }

    private static func span(_ w: inout ByteWriter, _ s: Span) { w.uint(s.start); w.uint(s.length) }
    private static func spans(_ w: inout ByteWriter, _ list: [Span]) { w.uint(list.count); for s in list { span(&w, s) } }
    private static func optionalSpan(_ w: inout ByteWriter, _ s: Span?) { w.bool(s != nil); if let s { span(&w, s) } }

    private static func actors(_ w: inout ByteWriter, _ list: [Actor]) {
        w.uint(list.count)
        for a in list {
            w.string(a.id); w.string(a.name); w.string(a.type.rawValue); w.strings(a.roles)
            w.optionalString(a.affiliation); w.strings(a.aliases); spans(&w, a.mentions)
        }
    }

    private static func span(_ r: inout ByteReader, _ n: Int) throws -> Span {
        let s = try r.count(max: n), len = try r.count(max: n)
        guard s + len <= n else { throw ByteReader.DecodeError() }
        return Span(s, s + len)
    }

    private static func spans(_ r: inout ByteReader, _ n: Int) throws -> [Span] {
        var out: [Span] = []
        for _ in 0..<(try r.count(max: n + 1)) { out.append(try span(&r, n)) }
        return out
    }

    private static func optionalSpan(_ r: inout ByteReader, _ n: Int) throws -> Span? {
        try r.bool() ? try span(&r, n) : nil
    }

    private static func actors(_ r: inout ByteReader, _ n: Int) throws -> [Actor] {
        var out: [Actor] = []
        for _ in 0..<(try r.count(max: n + 1)) {
            let id = try r.string(), name = try r.string()
            guard let type = ActorType(rawValue: try r.string()) else { throw ByteReader.DecodeError() }
            let roles = try r.strings(), affiliation = try r.optionalString(), aliases = try r.strings()
            out.append(Actor(id: id, name: name, type: type, roles: roles, affiliation: affiliation, aliases: aliases,
                             mentions: try spans(&r, n)))
        }
        return out
    }
}
