extension Document {
    /// For each paragraph, the range of its tokens (empty for a paragraph without tokens).
    func paragraphTokenRanges() -> [Range<Int>] {
        var out = [Range<Int>](repeating: 0..<0, count: paragraphs.count)
        for s in sentences {
            let r = out[s.paragraph]
            out[s.paragraph] = r.isEmpty ? s.tokenRange : r.lowerBound..<s.tokenRange.upperBound
        }
        return out
    }
}
