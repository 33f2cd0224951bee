/// "has long targeted the Clintons", "the culture of corruption around the Gaddises": a surname in
/// the plural after "the" names a family, every member of which the article names as a person.
/// The actor stage leaves it unresolved (it is no one person); the statement stage reads it as a
/// mention of the member named most, and a stance aimed at it is aimed at each member.
struct FamilyNames {
    let doc: Document

    struct Family {
        var span: Span
        /// The member named most: the mention's actor.
        var actor: String
        /// The other members, who get copies of the stances aimed at the family.
        var others: [String]
    }

    /// Every "the" + capitalised plural whose singular ("Gaddis" for "Gaddises", "Clinton" for
    /// "Clintons") is the last word of the name of a person of the article, where no mention
    /// already stands; in the text's order. One pass over the tokens.
    func find(actors: [Actor], mentions: [(span: Span, actor: String)]) -> [Family] {
        // Keyed by the folded surname, so the scan below builds no string per token.
        var bySurname: [UInt64: [(id: String, count: Int)]] = [:]
        for a in actors where a.type == .person {
            guard let key = Self.surnameKey(a.name) else { continue }
            bySurname[key, default: []].append((a.id, a.mentions.count))
        }
        guard !bySurname.isEmpty else { return [] }
        let s = doc.text.scalars
        var out: [Family] = []
        var k = 0
        while k + 1 < doc.tokens.count {
            defer { k += 1 }
            guard SmallWords.key(doc, k) == SmallWords.the else { continue }
            let t = doc.tokens[k + 1]
            guard t.kind == .word, t.span.length > 3, CharClass.isUpper(s[t.span.start]), s[t.span.end - 1] == "s" else { continue }
            var members = bySurname[WordKey.folded(s, t.span.start..<(t.span.end - 1))]
            if members == nil, s[t.span.end - 2] == "e" { members = bySurname[WordKey.folded(s, t.span.start..<(t.span.end - 2))] }
            guard let found = members, !overlaps(t.span, mentions) else { continue }
            let ranked = found.sorted { $0.count > $1.count || ($0.count == $1.count && $0.id < $1.id) }
            out.append(Family(span: t.span, actor: ranked[0].id, others: ranked.dropFirst().map(\.id)))
        }
        return out
    }

    /// The folded key of a name's last word when it has more than one letter.
    static func surnameKey(_ name: String) -> UInt64? {
        var length = 0
        for u in name.unicodeScalars { length = u == " " ? 0 : length + 1 }
        guard length > 1 else { return nil }
        return WordKey.foldedLastWord(name)
    }

    /// A mention overlaps the span (binary search in the sorted mentions).
    private func overlaps(_ span: Span, _ mentions: [(span: Span, actor: String)]) -> Bool {
        let lo = MentionSearch.firstStarting(atOrAfter: span.end, mentions)
        var i = lo - 1
        while i >= 0, i >= lo - 3 {
            if mentions[i].span.overlaps(span) { return true }
            i -= 1
        }
        return false
    }

    /// Copies, for the other members, of each statement aimed at a family's mention.
    static func shareTargets(_ out: inout [Statement], _ families: [Family]) {
        let withOthers = families.filter { !$0.others.isEmpty }
        guard !withOthers.isEmpty else { return }
        let count = out.count
        for i in 0..<count {
            guard let target = out[i].targetSpan, let actor = out[i].targetActor else { continue }
            // The first family starting inside the target (binary search).
            var lo = 0, hi = withOthers.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if withOthers[mid].span.start < target.start { lo = mid + 1 } else { hi = mid }
            }
            guard lo < withOthers.count, withOthers[lo].span.end <= target.end, withOthers[lo].actor == actor else { continue }
            for other in withOthers[lo].others where other != out[i].actor {
                var copy = out[i]
                copy.targetActor = other
                copy.id = "s" + String(out.count + 1)
                out.append(copy)
            }
        }
    }
}
