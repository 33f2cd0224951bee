/// One attribution found around a cue, before quotes left over are joined and ids are given.
struct Attribution {
    var cue: Span?
    var source: Span?
    var content: [Span]
    var kind: QuoteKind
    /// Indices of the detected quotes it holds.
    var quotes: [Int]
    var paragraph: Int
    var sentence: Int
    /// Which reading found it, and how its content was reached (features of the candidate model).
    var pattern: AttributionPattern = .none
    var route: ContentRoute = .none
    /// The cue's first token, when there is a cue token.
    var cueToken: Int = -1

    var start: Int { content.first?.start ?? 0 }
}

/// The reading of the text that produced an attribution.
enum AttributionPattern: UInt8, CaseIterable, Sendable {
    case none
    /// `"…," X said` / `"…," said X`
    case quoteBefore
    /// `America needs leaders "who …," she said`
    case quoteEndingClause
    /// `Said Comey, "…"`
    case cueFirst
    /// `…, said X.`
    case inverted
    /// `X said (that) …`, `X said: "…"`
    case contentAfter
    /// `…, X said.` and `…, X said, …`
    case contentBefore
    /// `As X reported, …`
    case asReported
    /// a participle or coordinated verb taking its sentence's subject
    case inherited
    /// `According to X, …`
    case accordingFirst
    /// `…, according to X`
    case accordingAfter
    /// `X: …` (headline, dash)
    case colon
    /// a block quote and its byline
    case block
    /// a quote paragraph continuing the previous speaker
    case continuation
    /// `… the stance of many Catholics: "…"`
    case colonIntroduction
    /// `"…," Hollande retaliated` / `"Choke!" blared the Herald`: a verb the lexicon lacks
    case unknownVerb
    /// `When asked whether …`, `Asked about …`: a question put to someone
    case passiveQuestion
    /// `Pence's call for …`, `his criticism of …`: a noun cue owned by its source
    case nounCue
}

/// How the content after a cue was reached.
enum ContentRoute: UInt8, CaseIterable, Sendable {
    case none, quote, nextSentenceQuote, that, addresseeThat, question, infinitive, bare, addressee, colon,
         prepositionalPhrase, weakBare
}
