/// A user-facing error: one line saying what went wrong and a hint saying what to do.
///
/// Errors are values carried back to the front end, which decides how to show them
/// (`FILE:LINE: error:` in scripts, a red line at a terminal). Nothing in the engine exits.
public struct DossierError: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String
    public var hint: String?

    public init(_ message: String, hint: String? = nil) {
        self.message = message
        self.hint = hint
    }

    public var description: String { hint.map { "\(message) (\($0))" } ?? message }

    static func usage(_ spec: CommandSpec, _ message: String) -> DossierError {
        DossierError(message, hint: "usage: \(spec.synopsis); see 'help \(spec.name)'")
    }
}

/// Closest candidates to a mistyped word, for "did you mean" hints (edit distance ≤ 2 or prefix).
public func suggestions(for word: String, among candidates: [String], limit: Int = 3) -> [String] {
    let w = word.lowercased()
    var scored: [(Int, String)] = []
    for c in candidates {
        let lc = c.lowercased()
        // A prefix counts only when it says something: "q" would be a prefix of every typo of "quotes".
        if (lc.hasPrefix(w) && w.count >= 2) || (w.hasPrefix(lc) && lc.count >= 3) {
            scored.append((0, c))
        } else {
            let d = editDistance(w, lc, cap: 3)
            if d <= 2 { scored.append((d, c)) }
        }
    }
    scored.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
    var seen = Set<String>()
    return scored.map(\.1).filter { seen.insert($0).inserted }.prefix(limit).map { $0 }
}

/// Levenshtein distance, giving up (returning `cap`) once every cell of a row exceeds it.
func editDistance(_ a: String, _ b: String, cap: Int) -> Int {
    let a = Array(a), b = Array(b)
    if abs(a.count - b.count) >= cap { return cap }
    var prev = Array(0...b.count)
    var cur = [Int](repeating: 0, count: b.count + 1)
    for i in 1...max(a.count, 1) where !a.isEmpty {
        cur[0] = i
        var rowMin = cur[0]
        for j in stride(from: 1, through: b.count, by: 1) {
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            rowMin = min(rowMin, cur[j])
        }
        if rowMin >= cap { return cap }
        swap(&prev, &cur)
    }
    return a.isEmpty ? b.count : min(prev[b.count], cap)
}
