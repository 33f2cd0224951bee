/// Finds text in quotation marks: pairs marks of every style, tells apostrophes from closing
/// single quotes, copes with mismatched pairs, joins quotes that run over paragraphs, and
/// recognises block-quote paragraphs.
public struct QuoteDetector: Sendable {
    public init() {}

    public func detect(_ doc: Document) -> [QuoteSpan] {
        []   // written in issue 3
    }
}
