/// The segmentation of an article: paragraphs, sentences and tokens, all as spans.
public struct Document: Sendable {
    public let text: ArticleText
    public var paragraphs: [Paragraph]
    public var sentences: [Sentence]
    public let tokens: [Token]
    /// Per token, the folded `WordKey` of its text (`WordKey.of`), made once: every stage looks
    /// words up in its lexicons, many times per token.
    public let keys: [UInt64]

    public init(text: ArticleText, paragraphs: [Paragraph] = [], sentences: [Sentence] = [], tokens: [Token] = []) {
        self.text = text
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.tokens = tokens
        keys = tokens.map { WordKey.folded(text.scalars, $0.span.start..<$0.span.end) }
    }

    /// The index of the paragraph holding `offset` (binary search), or nil outside every paragraph.
    public func paragraphIndex(at offset: Int) -> Int? {
        var lo = 0, hi = paragraphs.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let p = paragraphs[mid].span
            if offset < p.start { hi = mid - 1 } else if offset >= p.end { lo = mid + 1 } else { return mid }
        }
        // Offsets in the blank lines between paragraphs belong to the next paragraph.
        return lo < paragraphs.count ? lo : (paragraphs.isEmpty ? nil : paragraphs.count - 1)
    }

    /// The index of the sentence holding `offset` (binary search), or the next one.
    public func sentenceIndex(at offset: Int) -> Int? {
        var lo = 0, hi = sentences.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let s = sentences[mid].span
            if offset < s.start { hi = mid - 1 } else if offset >= s.end { lo = mid + 1 } else { return mid }
        }
        return lo < sentences.count ? lo : (sentences.isEmpty ? nil : sentences.count - 1)
    }
}

public struct Paragraph: Hashable, Sendable {
    /// Zero-based position in the article; shown to users as `index + 1`.
    public var index: Int
    public var span: Span
    public init(index: Int, span: Span) { self.index = index; self.span = span }
}

public struct Sentence: Hashable, Sendable {
    public var span: Span
    public var paragraph: Int
    /// Range of indices into `Document.tokens`.
    public var tokenRange: Range<Int>
    public init(span: Span, paragraph: Int, tokenRange: Range<Int>) {
        self.span = span; self.paragraph = paragraph; self.tokenRange = tokenRange
    }
}

public struct Token: Hashable, Sendable {
    public enum Kind: UInt8, Sendable {
        case word, number, punctuation, quoteMark, symbol
    }
    public var span: Span
    public var kind: Kind
    public init(span: Span, kind: Kind) { self.span = span; self.kind = kind }
}

extension Document {
    /// The tokens inside a span (a quote's content, a cue), nil when none.
    func tokenRange(covering span: Span) -> Range<Int>? {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].span.end <= span.start { lo = mid + 1 } else { hi = mid }
        }
        // The first token starting at or after the span's end (a second binary search: a
        // quote's content may hold hundreds of tokens).
        var hi2 = tokens.count, end = lo
        while end < hi2 {
            let mid = (end + hi2) / 2
            if tokens[mid].span.start < span.end { end = mid + 1 } else { hi2 = mid }
        }
        return end > lo ? lo..<end : nil
    }
}
