/// "According to the Daily Ledger, Mayor Salceda said the plan was a disaster", "CNN reported
/// Mayor Salceda said …": the outlet only relays what the mayor said. Its reading holds the
/// mayor's whole attribution as its content; the mayor's own reading is the statement, and the
/// outlet takes no position from it. (A speaker's "X said Y told them …" stays the speaker's claim.)
extension StatementExtractor {
    static let relayCues: [UInt64] = ["according", "reported", "reports", "reporting"].map { WordKey.of($0) }

    /// The indices of the quotes whose cue relays (according to, reported) and whose content opens
    /// with another attribution's source and holds its cue. One pass over the quotes (a dictionary
    /// of source starts).
    static func relayingQuotes(_ quotes: [Quote], in doc: Document) -> Set<Int> {
        var bySourceStart: [Int: Int] = [:]
        for (i, q) in quotes.enumerated() {
            if let s = q.source, q.cue != nil, q.speaker != nil { bySourceStart[s.start] = i }
        }
        guard !bySourceStart.isEmpty else { return [] }
        var out: Set<Int> = []
        for (i, q) in quotes.enumerated() {
            guard let first = q.content.first, let j = bySourceStart[first.start], j != i,
                  let outer = q.cue, let k = doc.tokenRange(covering: outer)?.lowerBound,
                  relayCues.contains(SmallWords.key(doc, k)),
                  let cue = quotes[j].cue, first.start <= cue.start, cue.end <= first.end,
                  quotes[j].speaker != q.speaker else { continue }
            out.insert(i)
        }
        return out
    }
}
