/// "Jason Voss requested an inquiry … the Utah Republican asks for …": news writing refers back
/// to a lawmaker it has named by "the", their state and their party's member noun. As a quote's
/// source such a phrase is the person the article is following there, not a new actor.
extension ActorTable {
    /// The id of the person a source like "the Utah Republican" or "the Ohio Democrat" refers
    /// to: among the persons named outside quotes in its sentence and the two before, the one
    /// the article mentions most, unless the article ties them to the other party. Nil when the
    /// source is no such phrase or no one fits.
    func partyMemberEpithet(_ source: Span, in doc: Document) -> String? {
        let s = doc.text.scalars
        // "the", one or two capitalised words, and the member noun.
        var words: [Range<Int>] = []
        var a = source.start
        for i in source.start...source.end where i == source.end || s[i] == " " {
            if i > a { words.append(a..<i) }
            a = i + 1
        }
        guard words.count >= 3, words.count <= 4, WordKey.folded(s, words[0]) == ActorWordKeys.theKey,
              let party = Self.partyMembers[WordKey.folded(s, words[words.count - 1])],
              words.dropFirst().allSatisfy({ CharClass.isUpper(s[$0.lowerBound]) }),
              let sentence = doc.sentenceIndex(at: source.start) else { return nil }
        var lo = 0, hi = refs.count
        while lo < hi { let mid = (lo + hi) / 2; if refs[mid].span.start < source.start { lo = mid + 1 } else { hi = mid } }
        var best: Int?
        var k = lo - 1
        while k >= 0 && lo - k <= 80 {
            let r = refs[k]
            k -= 1
            if Int(r.sentence) < sentence - 2 { break }
            let d = Int(r.actor)
            guard !r.quoted, d < actors.count, actors[d].type == .person, !ofOtherParty(actors[d], party) else { continue }
            if best == nil || actors[d].mentions.count > actors[best!].mentions.count { best = d }
        }
        return best.map { actors[$0].id }
    }

    /// The actor's roles or affiliation name the party other than `party`.
    private func ofOtherParty(_ a: Actor, _ party: Int) -> Bool {
        let words = (a.roles + [a.affiliation ?? ""]).joined(separator: " ").lowercased()
        let other = party == 0 ? ["republican", "gop"] : ["democrat"]
        return other.contains { words.contains($0) }
    }

    /// Nouns for a member of a party and the party (0 Democratic, 1 Republican).
    static let partyMembers: [UInt64: Int] = [WordKey.folded("democrat"): 0, WordKey.folded("republican"): 1]
}
