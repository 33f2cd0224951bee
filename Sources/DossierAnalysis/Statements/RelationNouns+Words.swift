/// Words that qualify a relation noun: "former" ends a tie, a verb of serving before "as"
/// makes one, "super" before "PAC" names a money group and a founding noun may be a body's.
extension RelationNouns {
    /// "former" or "ex" among the three words before `k`.
    func formerly(before k: Int, from start: Int) -> Bool {
        var i = k - 1
        while i >= max(start, k - 3) {
            let key = SmallWords.key(doc, i)
            if key == Self.former || key == Self.ex { return true }
            i -= 1
        }
        return false
    }

    /// Verbs of holding a post, before "as" ("served as", "acted as").
    static let servingVerbs: KeySet = KeySet(["serve", "serves", "served", "serving", "act", "acts", "acted", "acting", "work", "works", "worked", "working"].map { WordKey.of($0) })

    static let former = WordKey.of("former")
    static let super_ = WordKey.of("super")
    static let founding: KeySet = KeySet(["founder", "founders", "co-founder", "co-founders", "cofounder", "cofounders"].map { WordKey.of($0) })
    static func isPAC(_ w: String) -> Bool { w == "PAC" || w == "PACs" }
    static let ex = WordKey.of("ex")
}
