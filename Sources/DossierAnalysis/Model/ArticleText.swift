/// An article's text as an array of Unicode scalars, so that a `Span` indexes it in O(1).
///
/// Every stage reads the text through this type: offsets are code points, exactly as the
/// export format and the corpus count them, and nothing is normalised or stripped.
public struct ArticleText: Sendable {
    public let string: String
    public let scalars: [Unicode.Scalar]

    public init(_ string: String) {
        self.string = string
        // One decoding pass (Array(_:) counts the scalars first, then copies them).
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(string.utf8.count)
        for u in string.unicodeScalars { scalars.append(u) }
        self.scalars = scalars
    }

    public var count: Int { scalars.count }

    /// The text of a span (clamped to the text).
    public subscript(span: Span) -> String {
        let s = max(0, min(span.start, scalars.count))
        let e = max(s, min(span.end, scalars.count))
        return ScalarText.string(scalars, s..<e)
    }

    /// The text of several spans joined by `separator` (a quote split by its attribution).
    public func joined(_ spans: [Span], separator: String = " … ") -> String {
        spans.map { self[$0] }.joined(separator: separator)
    }
}
