/// A stretch of text in quotation marks (or a block quote paragraph), before attribution.
public struct QuoteSpan: Hashable, Sendable {
    /// The quoted text, marks included; several spans when one quote runs over paragraphs
    /// (then each paragraph's part is a span) — the attributor may also join split quotes.
    public var content: [Span]
    public var kind: QuoteKind
    /// Zero-based paragraph where it starts.
    public var paragraph: Int

    public init(content: [Span], kind: QuoteKind, paragraph: Int) {
        self.content = content; self.kind = kind; self.paragraph = paragraph
    }

    public var extent: Span { Span(content.first?.start ?? 0, content.last?.end ?? 0) }
}
