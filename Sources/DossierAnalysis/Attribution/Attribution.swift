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

    var start: Int { content.first?.start ?? 0 }
}
