/// "said Allan Voss, a professor of history at Carrow University who has predicted …": a
/// quote's source that is a description right after a person's name and a comma stands in
/// apposition to the name; it is that person speaking, not someone new.
extension ActorTable {
    /// The id of the person actor whose name ends just before ", " and `source`, when `source`
    /// opens with an article ("a", "an", "the"); nil otherwise.
    func personBeforeApposition(_ source: Span, in doc: Document) -> String? {
        let s = doc.text.scalars
        guard source.start >= 3, s[source.start - 1] == " ", s[source.start - 2] == "," else { return nil }
        var e = source.start
        while e < source.end && s[e] != " " { e += 1 }
        guard Self.articleKeys.contains(WordKey.folded(s, source.start..<e)) else { return nil }
        let end = source.start - 2
        var lo = 0, hi = refs.count
        while lo < hi { let mid = (lo + hi) / 2; if refs[mid].span.start < end { lo = mid + 1 } else { hi = mid } }
        var k = lo - 1
        while k >= 0 && lo - k <= 4 {
            let r = refs[k]
            k -= 1
            guard r.span.end == end else { continue }
            let a = Int(r.actor)
            guard !r.described, !r.modifier, !r.quoted, a < actors.count, actors[a].type == .person else { return nil }
            return actors[a].id
        }
        return nil
    }

    static let articleKeys: KeySet = KeySet(["a", "an", "the"].map(WordKey.folded))
}
