/// Finds text in quotation marks: pairs marks of every style, tells apostrophes from closing
/// single quotes, copes with mismatched pairs, joins quotes that run over paragraphs, and
/// recognises block-quote paragraphs.
///
/// Each paragraph is paired on its own, in one pass over its marks, so a missing closing mark
/// can never swallow the rest of the article: an unclosed quote ends with its paragraph, and
/// continues into the next one only when that paragraph opens with a mark (the convention for
/// a quotation running over several paragraphs). Block quotes and pages of signed letters are
/// found after the marks.
public struct QuoteDetector: Sendable {
    public init() {}

    public func detect(_ doc: Document) -> [QuoteSpan] {
        let ranges = doc.paragraphTokenRanges()
        var out: [QuoteSpan] = []
        var continuing: Int? = nil      // index in `out` of a quote left open at its paragraph's end
        for (p, para) in doc.paragraphs.enumerated() {
            let found = pair(doc.text.scalars, doc.tokens, range: ranges[p], paragraph: para.span)
            var next: Int? = nil
            for (n, q) in found.enumerated() {
                if n == 0, let c = continuing, q.span.start == para.span.start {
                    out[c].content.append(q.span)
                    out[c].closed = q.closed
                    if !q.closed { next = c }
                    continue
                }
                out.append(QuoteSpan(content: [q.span], kind: .direct, paragraph: p, closed: q.closed, double: q.double))
                if !q.closed { next = out.count - 1 }
            }
            continuing = next
        }
        BlockQuoteFinder().find(doc, ranges: ranges, into: &out)
        SignedLetterFinder().find(doc, ranges: ranges, into: &out)
        return out
    }

    struct Found { var span: Span; var closed: Bool; var double: Bool }

    /// Pairs the marks of one paragraph. Double marks pair with each other; single marks inside
    /// a double quote are nested quotes and ignored; single marks outside one make a quote only
    /// when an opening mark is closed (by a single or, mismatched, by a double closing mark).
    func pair(_ s: [Unicode.Scalar], _ tokens: [Token], range: Range<Int>, paragraph: Span) -> [Found] {
        var marks: [QuoteMark] = []
        var k = range.lowerBound
        while k < range.upperBound {
            guard tokens[k].kind == .quoteMark else { k += 1; continue }
            let (m, consumed) = QuoteMark.read(s, tokens: tokens, at: k, limit: range.upperBound, paragraph: paragraph)
            marks.append(m)
            k += consumed
        }
        guard !marks.isEmpty else { return [] }
        // laterSingleClose[i]: a single mark after marks[i] can still close a quote.
        var laterSingleClose = [Bool](repeating: false, count: marks.count)
        var laterDoubleClose = [Bool](repeating: false, count: marks.count)
        var seen = false, seenDouble = false
        for i in stride(from: marks.count - 1, through: 0, by: -1) {
            laterSingleClose[i] = seen
            laterDoubleClose[i] = seenDouble
            if !marks[i].double && marks[i].role == .close { seen = true }
            if marks[i].double && marks[i].role != .open { seenDouble = true }
        }
        var out: [Found] = []
        var openDouble: QuoteMark? = nil
        var openSingle: QuoteMark? = nil     // outside a double quote
        for (i, m) in marks.enumerated() {
            if m.double {
                if let o = openDouble {
                    if m.role == .open {
                        // A second opening mark: the first quote lacked its closing mark.
                        out.append(Found(span: Span(o.start, trimmedEnd(s, before: m.start, after: o.end)), closed: false, double: true))
                        openDouble = m
                    } else {
                        out.append(Found(span: Span(o.start, m.end), closed: true, double: true))
                        openDouble = nil
                    }
                } else if m.role == .close, let o = openSingle {
                    // ‘…” : a quote opened with a single mark and closed with a double one.
                    out.append(Found(span: Span(o.start, m.end), closed: true, double: true))
                    openSingle = nil
                } else if m.role != .close {
                    openDouble = m; openSingle = nil
                }
                // A stray closing mark with nothing open is ignored; single marks inside a
                // double quote are nested quotes and stay part of it.
            } else if let o = openDouble {
                // “…’ : a double quote closed with a single mark after the end of a sentence, when
                // no double closing mark follows in the paragraph.
                if m.role == .close, !laterDoubleClose[i], m.start > o.end, CharClass.isSentenceEnd(s[m.start - 1]),
                   m.end >= paragraph.end || CharClass.isSpace(s[m.end]) {
                    out.append(Found(span: Span(o.start, m.end), closed: true, double: true))
                    openDouble = nil
                }
            } else if let o = openSingle {
                if m.role == .close || m.role == .either {
                    // ‘the voters’ choice’: before a lower-case word, with another closing mark
                    // to come, the mark is a plural possessive.
                    if laterSingleClose[i], m.end < paragraph.end, CharClass.isSpace(s[m.end]), m.end + 1 < paragraph.end,
                       CharClass.isLower(s[m.end + 1]) { continue }
                    out.append(Found(span: Span(o.start, m.end), closed: true, double: false))
                    openSingle = nil
                }
            } else if m.role == .open {
                openSingle = m
            }
        }
        if let o = openDouble, o.end < paragraph.end {
            out.append(Found(span: Span(o.start, paragraph.end), closed: false, double: true))
        }
        return out
    }

    private func trimmedEnd(_ s: [Unicode.Scalar], before end: Int, after start: Int) -> Int {
        var e = end
        while e > start, CharClass.isSpace(s[e - 1]) { e -= 1 }
        return e
    }
}
