/// The name chunks of one sentence with lookups by first and last token, so the role and
/// phrase readers can step over a whole name while walking the words around it.
struct SentenceChunks {
    var chunks: [NameChunk]
    let start: Int
    private var first: [Int32]
    private var last: [Int32]
    /// Tokens already read as part of a role ("spokesman" in "Kremlin spokesman Dmitry Peskov").
    var usedTokens: [Bool]

    init(_ chunks: [NameChunk], range: Range<Int>) {
        self.chunks = chunks
        start = range.lowerBound
        first = [Int32](repeating: -1, count: range.count)
        last = [Int32](repeating: -1, count: range.count)
        usedTokens = [Bool](repeating: false, count: range.count)
        for (i, c) in chunks.enumerated() {
            first[c.range.lowerBound - start] = Int32(i)
            last[c.range.upperBound - 1 - start] = Int32(i)
        }
    }

    /// Whether token `k` is inside some chunk (chunks are in order and do not overlap).
    func inChunk(_ k: Int) -> Bool {
        var lo = 0, hi = chunks.count
        while lo < hi { let mid = (lo + hi) / 2; if chunks[mid].range.upperBound <= k { lo = mid + 1 } else { hi = mid } }
        return lo < chunks.count && chunks[lo].range.contains(k)
    }

    /// Index of the chunk whose last token is `k`.
    func ending(at k: Int) -> Int? {
        guard k >= start, k - start < last.count else { return nil }
        let i = last[k - start]
        return i < 0 ? nil : Int(i)
    }

    /// Index of the chunk whose first token is `k`.
    func starting(at k: Int) -> Int? {
        guard k >= start, k - start < first.count else { return nil }
        let i = first[k - start]
        return i < 0 ? nil : Int(i)
    }

    func used(_ k: Int) -> Bool { k >= start && k - start < usedTokens.count && usedTokens[k - start] }
    mutating func use(_ k: Int) { if k >= start && k - start < usedTokens.count { usedTokens[k - start] = true } }
}
