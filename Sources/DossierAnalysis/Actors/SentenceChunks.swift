/// The name chunks of one sentence with lookups by first and last token, so the role and
/// phrase readers can step over a whole name while walking the words around it.
struct SentenceChunks {
    var chunks: [NameChunk]
    private(set) var start: Int
    private var end: Int
    /// Per token of the article (only the current sentence's entries are set): the chunk that
    /// starts there, the chunk that ends there. One table per article, reset sentence by
    /// sentence, rather than new tables for every sentence.
    private var first: [Int32]
    private var last: [Int32]
    /// Tokens already read as part of a role ("spokesman" in "Kremlin spokesman Dmitry Peskov").
    private var usedTokens: [Bool]

    /// Tables for an article of `tokenCount` tokens, holding no sentence yet.
    init(tokenCount: Int) {
        chunks = []
        start = 0
        end = 0
        first = [Int32](repeating: -1, count: tokenCount)
        last = [Int32](repeating: -1, count: tokenCount)
        usedTokens = [Bool](repeating: false, count: tokenCount)
    }

    /// The chunks of one sentence (a single sentence's tables, as the tests build them).
    init(_ chunks: [NameChunk], range: Range<Int>) {
        self.init(tokenCount: range.upperBound)
        reset(chunks, range: range)
    }

    /// Moves the tables to the next sentence.
    mutating func reset(_ chunks: [NameChunk], range: Range<Int>) {
        for k in start..<end { first[k] = -1; last[k] = -1; usedTokens[k] = false }
        self.chunks = chunks
        start = range.lowerBound
        end = range.upperBound
        for (i, c) in chunks.enumerated() {
            first[c.range.lowerBound] = Int32(i)
            last[c.range.upperBound - 1] = Int32(i)
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
        guard k >= start, k < end else { return nil }
        let i = last[k]
        return i < 0 ? nil : Int(i)
    }

    /// Index of the chunk whose first token is `k`.
    func starting(at k: Int) -> Int? {
        guard k >= start, k < end else { return nil }
        let i = first[k]
        return i < 0 ? nil : Int(i)
    }

    func used(_ k: Int) -> Bool { k >= start && k < end && usedTokens[k] }
    mutating func use(_ k: Int) { if k >= start && k < end { usedTokens[k] = true } }
}
