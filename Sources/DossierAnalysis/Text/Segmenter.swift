/// Splits a text into paragraphs (blank lines or single line breaks), sentences and tokens.
public struct Segmenter: Sendable {
    public init() {}

    public func segment(_ text: ArticleText) -> Document {
        var paragraphs: [Paragraph] = []
        let s = text.scalars
        var i = 0
        while i < s.count {
            while i < s.count, s[i].properties.isWhitespace { i += 1 }
            guard i < s.count else { break }
            var e = i
            while e < s.count, s[e] != "\n" { e += 1 }
            var end = e
            while end > i, s[end - 1].properties.isWhitespace { end -= 1 }
            paragraphs.append(Paragraph(index: paragraphs.count, span: Span(i, end)))
            i = e
        }
        return Document(text: text, paragraphs: paragraphs)
    }
}
