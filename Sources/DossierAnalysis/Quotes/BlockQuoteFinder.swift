/// Recognises block quotes: a paragraph that is a quotation, attributed on the line under it
/// (`- UN Secretary-General Antonio Guterres`, `— Jane Doe, mayor of Springfield`).
///
/// The attribution line is short, starts with a dash followed by a capitalised word and does not
/// end like a sentence (which keeps out credit lines such as "— AP writer X contributed.").
struct BlockQuoteFinder {
    static let maxBylineTokens = 16

    func find(_ doc: Document, ranges: [Range<Int>], into quotes: inout [QuoteSpan]) {
        var byStart: [Int: Int] = [:]        // paragraph start offset → quote index, for quotes filling a paragraph
        for (i, q) in quotes.enumerated() where q.content.count == 1 { byStart[q.content[0].start] = i }
        var added: [QuoteSpan] = []
        for p in 1..<max(1, doc.paragraphs.count) {
            guard let line = byline(doc, ranges[p]), !ranges[p - 1].isEmpty, byline(doc, ranges[p - 1]) == nil,
                  ranges[p - 1].count >= 4 else { continue }
            let para = doc.paragraphs[p - 1].span
            if let i = byStart[para.start], quotes[i].content[0].end >= para.end - 1 {
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
    func byline(_ doc: Document, _ range: Range<Int>) -> Span? {
        guard range.count >= 2, range.count <= Self.maxBylineTokens else { return nil }
        let s = doc.text.scalars
        let first = doc.tokens[range.lowerBound]
        guard first.kind == .punctuation, CharClass.isDash(s[first.span.start]) else { return nil }
        let name = doc.tokens[range.lowerBound + 1]
        guard name.kind == .word, CharClass.isUpper(s[name.span.start]) else { return nil }
        let last = doc.tokens[range.upperBound - 1]
        if last.kind == .punctuation, CharClass.isSentenceEnd(s[last.span.start]) { return nil }
        return Span(name.span.start, last.span.end)
    }
}
