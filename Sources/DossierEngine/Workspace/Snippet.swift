import DossierAnalysis

/// A few words around a span, cut at word boundaries and never across its paragraph, with the
/// span itself in brackets: `…Mayor [Helen Okafor] said after the vote…`.
enum Snippet {
    static func around(_ raw: Span, in analysis: Analysis, radius: Int) -> String {
        let text = analysis.text
        let s = text.scalars
        let start0 = min(max(0, raw.start), s.count)
        let span = Span(start0, min(max(start0, raw.end), s.count))   // never trust offsets blindly
        var bounds = Span(0, text.count)
        if let p = analysis.document.paragraphIndex(at: span.start) {
            let para = analysis.document.paragraphs[p].span
            if para.contains(span.start) { bounds = para }
        }
        var start = max(bounds.start, span.start - radius)
        var end = min(bounds.end, span.end + radius)
        if start > bounds.start {   // do not start in the middle of a word
            while start < span.start, !s[start - 1].properties.isWhitespace { start += 1 }
        }
        if end < bounds.end {
            while end > span.end, !s[end].properties.isWhitespace { end -= 1 }
        }
        func clean(_ t: String) -> String {
            t.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        }
        let before = clean(text[Span(start, span.start)])
        let after = clean(text[Span(span.end, end)])
        let lead = start > bounds.start ? "…" : ""
        let tail = end < bounds.end ? "…" : ""
        let gapBefore = span.start > start && s[span.start - 1].properties.isWhitespace ? " " : ""
        let gapAfter = end > span.end && s[span.end].properties.isWhitespace ? " " : ""
        return lead + before + gapBefore + "[" + clean(text[span]) + "]" + gapAfter + after + tail
    }
}
