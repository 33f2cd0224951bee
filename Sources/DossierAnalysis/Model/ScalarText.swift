/// Builds a `String` from a range of the article's scalars in one allocation (none for short
/// strings), writing UTF-8 straight into the string's storage: names, aliases and roles are cut
/// out of the text many times per article.
enum ScalarText {
    static func string(_ s: [Unicode.Scalar], _ range: Range<Int>) -> String {
        let lo = max(0, min(range.lowerBound, s.count)), hi = max(lo, min(range.upperBound, s.count))
        guard hi > lo else { return "" }
        return String(unsafeUninitializedCapacity: (hi - lo) * 4) { buffer in
            var n = 0
            for i in lo..<hi {
                let v = s[i].value
                if v < 0x80 {
                    buffer[n] = UInt8(v); n += 1
                } else if v < 0x800 {
                    buffer[n] = UInt8(0xC0 | (v >> 6)); buffer[n + 1] = UInt8(0x80 | (v & 0x3F)); n += 2
                } else if v < 0x10000 {
                    buffer[n] = UInt8(0xE0 | (v >> 12)); buffer[n + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    buffer[n + 2] = UInt8(0x80 | (v & 0x3F)); n += 3
                } else {
                    buffer[n] = UInt8(0xF0 | (v >> 18)); buffer[n + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                    buffer[n + 2] = UInt8(0x80 | ((v >> 6) & 0x3F)); buffer[n + 3] = UInt8(0x80 | (v & 0x3F)); n += 4
                }
            }
            return n
        }
    }

    static func string(_ text: ArticleText, _ span: Span) -> String { string(text.scalars, span.start..<span.end) }
}
