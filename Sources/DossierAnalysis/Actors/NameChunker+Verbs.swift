/// "Senator Says Donald Trump Wins", "Senator Mark Ellison Says": in title-case text a verb
/// the lexicon knows in its third-person or past form ("Says", "Wins", "Endorses", "Hid")
/// stands right before a first name or right after a first name and the word that follows it.
/// It is no part of a name: the run is cut there and the verb left out.
extension NameChunker {
    func splittingAtVerbs(_ r: Range<Int>) -> [Range<Int>] {
        guard r.count >= 3 else { return [r] }
        var out: [Range<Int>] = []
        var a = r.lowerBound
        for k in r where isInflectedVerb(k) {
            let beforeName = k + 1 < r.upperBound && w.has(k + 1, .firstName)
            let afterName = k - 2 >= a && w.has(k - 2, .firstName) && !w.has(k - 1, .firstName)
            guard beforeName || afterName else { continue }
            if k > a { out.append(a..<k) }
            a = k + 1
        }
        if a < r.upperBound { out.append(a..<r.upperBound) }
        return out
    }

    /// A verb in its third-person or past form that no name list knows.
    func isInflectedVerb(_ k: Int) -> Bool {
        w.has(k, .verb) && w.has(k, [.third, .past]) && !w.has(k, [.firstName, .cue, .title, .courtesy]) && lex.entities[w.key[k]] == nil
    }
}
