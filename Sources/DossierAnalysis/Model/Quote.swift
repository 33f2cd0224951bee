/// How a quotation was expressed in the text.
public enum QuoteKind: String, Codable, Sendable {
    /// Words in quotation marks.
    case direct
    /// Reported speech holding a quoted fragment (`X said the plan was "a disaster"`).
    case mixed
    /// Reported speech without marks (`X said the plan would fail`).
    case indirect
    /// A paragraph that is a quotation, attributed on its own line (`- Name, Title`).
    case block
}

/// One thing an actor said (or wrote, or is reported to think), with where the text says so.
public struct Quote: Hashable, Codable, Sendable {
    /// Article-local id, `q1`, `q2`, … in text order.
    public var id: String
    /// What was said: one span, or several when the attribution splits it (with marks if any).
    public var content: [Span]
    /// The speech verb or phrase ("said", "told reporters", "according to").
    public var cue: Span?
    /// The words naming the speaker at this quote (a name, a title, a pronoun).
    public var source: Span?
    /// Id of the actor the source resolves to.
    public var speaker: String?
    public var kind: QuoteKind
    /// Zero-based paragraph where the content starts.
    public var paragraph: Int

    public init(id: String, content: [Span], cue: Span? = nil, source: Span? = nil, speaker: String? = nil,
                kind: QuoteKind, paragraph: Int) {
        self.id = id; self.content = content; self.cue = cue; self.source = source
        self.speaker = speaker; self.kind = kind; self.paragraph = paragraph
    }

    /// True when the quote holds quotation marks, wholly or partly (the export's `direct`).
    public var direct: Bool { kind != .indirect }

    /// From the start of the first content span to the end of the last.
    public var extent: Span { Span(content.first?.start ?? 0, content.last?.end ?? 0) }
}
