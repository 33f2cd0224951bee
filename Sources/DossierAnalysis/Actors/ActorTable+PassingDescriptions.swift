/// Dropping the people and bodies that a description names once in passing.
extension ActorTable {
    /// Removes the persons and organisations known only by one description ("a sales manager",
    /// "a deadlocked court", "her government business") that speak no quote, make no statement
    /// and are the target of none. Readers list an unnamed participant when it says or does
    /// something the article reports ("a federal judge ruled …"); named once in passing it is
    /// background. Groups stay ("nonwhite voters" are often what an article is about), and so do
    /// bodies that carry an owner's name ("Clinton campaign" for "her campaign").
    ///
    /// Returns the new id of every kept actor whose id changed (ids stay `a1`, `a2`, … in order),
    /// for the caller to rename its quotes and statements. Most articles have no candidate, so
    /// the quotes and statements are only read when one is found, once each (linear however
    /// many candidates there are).
    public mutating func dropPassingDescriptions(quotes: [Quote], statements: [Statement]) -> [String: String] {
        var candidateOf: [String: Int] = [:]
        for i in actors.indices where (actors[i].type == .person || actors[i].type == .organization)
            && actors[i].mentions.count == 1 && Self.isDescriptionName(actors[i].name) {
            candidateOf[actors[i].id] = i
        }
        guard !candidateOf.isEmpty else { return [:] }
        var keep = [Bool](repeating: true, count: actors.count)
        for i in candidateOf.values { keep[i] = false }
        func use(_ id: String?) { if let id, let i = candidateOf[id] { keep[i] = true } }
        for q in quotes.indices { use(quotes[q].speaker) }
        for s in statements.indices { use(statements[s].actor); use(statements[s].targetActor) }
        guard keep.contains(false) else { return [:] }
        keepOnly(keep)
        // Ids stay `a1`, `a2`, … in order.
        var renamed: [String: String] = [:]
        for i in actors.indices {
            let id = "a\(i + 1)"
            if actors[i].id != id { renamed[actors[i].id] = id; actors[i].id = id }
        }
        return renamed
    }

    /// The name is a description: it opens with a lower-case letter (no proper name and no
    /// owner's name was found for the actor).
    static func isDescriptionName(_ name: String) -> Bool {
        guard let f = name.unicodeScalars.first else { return false }
        return f.value >= 0x61 && f.value <= 0x7A
    }
}
