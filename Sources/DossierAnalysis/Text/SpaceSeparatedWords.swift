extension StringProtocol where SubSequence == Substring {
    /// The words between spaces, as `split(separator: " ")` gives them, found by bytes:
    /// splitting by `Character` walks grapheme clusters and costs several times more, and names
    /// are split into words many times per article.
    var spaceSeparatedWords: [Substring] {
        var out: [Substring] = []
        let u = utf8
        var start = u.startIndex
        var i = start
        while i != u.endIndex {
            if u[i] == 32 {
                if i != start { out.append(self[start..<i]) }
                start = u.index(after: i)
            }
            i = u.index(after: i)
        }
        if start != u.endIndex { out.append(self[start..<u.endIndex]) }
        return out
    }
}
