/// Recognises block quotes: a paragraph that is a quotation, attributed on the line under it
/// (`- UN Secretary-General Antonio Guterres`, `— Jane Doe, mayor of Springfield`).
///
/// The attribution line is short, starts with a dash followed by a capitalised word and does not
/// end like a sentence (which keeps out credit lines such as "— AP writer X contributed."),
/// unless the paragraph above is a quotation in marks from end to end and the line names no
/// credit: "-Michelle Marks, Philadelphia." under a quoted paragraph signs it.
struct BlockQuoteFinder {
    static let maxBylineTokens = 16

    func find(_ doc: Document, ranges: [Range<Int>], into quotes: inout [QuoteSpan]) {
        var byStart: [Int: Int] = [:]        // paragraph start offset → quote index, for quotes filling a paragraph
        for (i, q) in quotes.enumerated() where q.content.count == 1 { byStart[q.content[0].start] = i }
        var added: [QuoteSpan] = []
        for p in 1..<max(1, doc.paragraphs.count) {
            guard !ranges[p - 1].isEmpty, byline(doc, ranges[p - 1]) == nil, ranges[p - 1].count >= 4 else { continue }
            let para = doc.paragraphs[p - 1].span
            let quoted = byStart[para.start].map { quotes[$0].content[0].end >= para.end - 1 } ?? false
            guard let line = byline(doc, ranges[p], closedBySentenceEnd: quoted) else { continue }
            if quoted, let i = byStart[para.start] {
                quotes[i].kind = .block
                quotes[i].byline = line
            } else if !quotes.contains(where: { $0.content.contains { $0.overlaps(para) } && $0.content.count > 1 }) {
                added.append(QuoteSpan(content: [para], kind: .block, paragraph: p - 1, byline: line))
            }
        }
        if !added.isEmpty {
            quotes.append(contentsOf: added)
            quotes.sort { $0.extent.start < $1.extent.start }
        }
    }

    /// The words of an attribution line after its dash, or nil when the paragraph is not one.
    func byline(_ doc: Document, _ range: Range<Int>, closedBySentenceEnd: Bool = false) -> Span? {
        guard range.count >= 2, range.count <= Self.maxBylineTokens else { return nil }
        let s = doc.text.scalars
        let first = doc.tokens[range.lowerBound]
        guard first.kind == .punctuation, CharClass.isDash(s[first.span.start]) else { return nil }
        let name = doc.tokens[range.lowerBound + 1]
        guard name.kind == .word, CharClass.isUpper(s[name.span.start]) else { return nil }
        var last = doc.tokens[range.upperBound - 1]
        if last.kind == .punctuation, CharClass.isSentenceEnd(s[last.span.start]) {
            guard closedBySentenceEnd, range.count >= 3, !namesCredit(doc, range) else { return nil }
            last = doc.tokens[range.upperBound - 2]
        }
        return Span(name.span.start, last.span.end)
    }

    /// A credit line ("— AP writer X contributed.", "- Reporting by X.") rather than a signature.
    private func namesCredit(_ doc: Document, _ range: Range<Int>) -> Bool {
        range.contains { k in
            let t = doc.tokens[k]
            guard t.kind == .word else { return false }
            let w = doc.text[t.span].lowercased()
            return w.hasPrefix("contribut") || w.hasPrefix("report") || w == "writer" || w == "editing"
        }
    }
}
