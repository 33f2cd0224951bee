/// A stretch of text in quotation marks (or a block quote paragraph), before attribution.
public struct QuoteSpan: Hashable, Sendable {
    /// The quoted text, marks included; several spans when one quote runs over paragraphs
    /// (then each paragraph's part is a span) — the attributor may also join split quotes.
    public var content: [Span]
    public var kind: QuoteKind
    /// Zero-based paragraph where it starts.
    public var paragraph: Int
    /// False when the last part found no closing mark and ran to the end of its paragraph.
    public var closed: Bool
    /// True for double marks (“ ” " '' « »); single-mark quotes are more often scare quotes.
    public var double: Bool
    /// For a block quote: the attribution line under it (`- Name, Title`), without the dash.
    public var byline: Span?

    public init(content: [Span], kind: QuoteKind, paragraph: Int, closed: Bool = true, double: Bool = true,
                byline: Span? = nil) {
        self.content = content; self.kind = kind; self.paragraph = paragraph
        self.closed = closed; self.double = double; self.byline = byline
    }

    public var extent: Span { Span(content.first?.start ?? 0, content.last?.end ?? 0) }
}
