/// An article's text as an array of Unicode scalars, so that a `Span` indexes it in O(1).
///
/// Every stage reads the text through this type: offsets are code points, exactly as the
/// export format and the corpus count them, and nothing is normalised or stripped.
public struct ArticleText: Sendable {
    public let string: String
    public let scalars: [Unicode.Scalar]

    public init(_ string: String) {
        self.string = string
        self.scalars = Self.decode(string)
    }

    /// One decoding pass over the UTF-8 bytes into a buffer as long as the bytes (never fewer
    /// bytes than scalars); a `String` holds valid UTF-8, so each lead byte says the length.
    private static func decode(_ string: String) -> [Unicode.Scalar] {
        var text = string
        return text.withUTF8 { bytes in
            [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { out, count in
                guard var o = out.baseAddress, var p = bytes.baseAddress else { count = 0; return }
                let start = o, end = p + bytes.count
                while p < end { o.initialize(to: UTF8Scalar.next(&p)); o += 1 }
                count = o - start
            }
        }
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
