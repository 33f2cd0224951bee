import DossierAnalysis

/// A statement as the position commands see it: its article, its actor after the analyst's
/// corrections (a quote moved with 'attribute' moves its statement; a dismissed quote's
/// statement is gone), and the shortest evidence to show.
public struct PositionStatement: Sendable {
    public var article: Article
    public var statement: Statement
    public var actor: GlobalActor
    /// Session-wide id of the quote it comes from (`ARTICLE:qN`), nil for a reported action.
    public var quoteID: String?
    /// A few words of the evidence around the target, as written.
    public var excerpt: String
    /// Global actor the target names, when it names one.
    public var targetActor: GlobalActor?

    /// One-based paragraph.
    public var paragraph: Int { statement.paragraph + 1 }
    /// Signed weight: strength for, minus strength against, 0 neutral.
    public var weight: Double { Double(statement.stance.sign) * statement.strength }

    /// Every statement of the articles, with the corrections applied.
    static func all(in articles: [Article], directory: ActorDirectory) -> [PositionStatement] {
        var out: [PositionStatement] = []
        for a in articles {
            var quotes: [String: Quote] = [:]
            for q in a.analysis.quotes { quotes[q.id] = q }
            for s in a.analysis.statements {
                let actor: GlobalActor?
                var excerptSpans: [Span]
                if let qid = s.quote, let q = quotes[qid] {
                    if directory.isDismissed(q, in: a.id) { continue }
                    actor = directory.speaker(of: q, in: a.id)
                    excerptSpans = q.content
                } else {
                    actor = directory.actor(article: a.id, local: s.actor)
                    excerptSpans = [Span(s.cue?.start ?? s.evidence.start, s.targetSpan.map { max($0.end, s.cue?.end ?? 0) } ?? s.evidence.end)]
                }
                guard let actor else { continue }
                if excerptSpans.isEmpty { excerptSpans = [s.evidence] }
                let target = s.targetActor.flatMap { directory.actor(article: a.id, local: $0) }
                var excerpt = Excerpt.around(s.targetSpan, in: excerptSpans, text: a.text)
                // Reported speech read with its verb: ‘thanked the union for its support’, not
                // ‘the union for its support’.
                if let qid = s.quote, let q = quotes[qid], s.meaning != .say, let cue = q.cue, let first = q.content.first,
                   cue.end <= first.start, first.start - cue.end <= 1, !excerpt.hasPrefix("…") {
                    excerpt = Excerpt.clean(a.text[cue]) + " " + excerpt
                }
                out.append(PositionStatement(article: a, statement: s, actor: actor, quoteID: s.quote.map { "\(a.id):\($0)" },
                                             excerpt: excerpt, targetActor: target))
            }
        }
        return out
    }
}

/// Short evidence: the quoted words around the target, cut at word boundaries.
enum Excerpt {
    static let limit = 90

    static func around(_ focus: Span?, in spans: [Span], text: ArticleText) -> String {
        let part = focus.flatMap { f in spans.first { $0.overlaps(f) } } ?? spans[0]
        var words = clean(text[part]).split(separator: " ").map(String.init)
        guard words.joined(separator: " ").count > limit else { return words.joined(separator: " ") }
        // Centre on the target's first word.
        var centre = 0
        if let f = focus, f.start > part.start {
            centre = clean(text[Span(part.start, min(f.start, part.end))]).split(separator: " ").count
        }
        var lo = max(0, centre - 5), hi = lo
        var length = 0
        while hi < words.count, length + words[hi].count + 1 <= limit { length += words[hi].count + 1; hi += 1 }
        if hi == words.count { while lo > 0, length + words[lo - 1].count + 1 <= limit { lo -= 1; length += words[lo].count + 1 } }
        let head = lo > 0 ? "…" : "", tail = hi < words.count ? "…" : ""
        words = Array(words[lo..<max(hi, lo + 1)])
        return head + words.joined(separator: " ") + tail
    }

    static func clean(_ s: String) -> String {
        var t = s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        let marks: Set<Character> = ["\"", "“", "”", "‘", "’", "'", "«", "»"]
        while let f = t.first, marks.contains(f) { t.removeFirst() }
        while let l = t.last, marks.contains(l) || l == "," { t.removeLast() }
        return t
    }
}
