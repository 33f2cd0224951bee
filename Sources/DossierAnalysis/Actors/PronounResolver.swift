/// Finds the actor a pronoun refers to by looking back a bounded window of mentions: in the
/// pronoun's own sentence the first compatible mention before it (the subject, as in "Guterres
/// tweeted that he…"), else in each earlier sentence, nearest first, the first compatible
/// mention (the subject of "… ,” he said" is usually the previous sentence's). Mentions inside
/// quotation marks do not count for a pronoun outside them. Known gender beats unknown.
struct PronounResolver {
    struct Ref: Sendable, Hashable {
        var span: Span
        var actor: Int32
        var sentence: Int32
        var quoted: Bool
        var modifier: Bool
        /// From a description ("the press office of …"), not a name.
        var described = false
    }

    /// How many sentences back to look.
    static let window = 4

    /// `refs` sorted by span; `compatible(actor)` says whether an actor can be the referent and
    /// whether its gender is known to match (2) or merely possible (1); 0 rules it out.
    static func antecedent(before offset: Int, sentence: Int, quoted: Bool, refs: [Ref],
                           score compatible: (Int) -> Int) -> Int? {
        var hi = refs.count
        var lo = 0
        while lo < hi { let mid = (lo + hi) / 2; if refs[mid].span.start < offset { lo = mid + 1 } else { hi = mid } }
        var i = lo - 1
        var current = sentence
        var best: (actor: Int, score: Int)?
        var steps = 0
        while i >= 0 && steps < 200 {
            let r = refs[i]
            let s = Int(r.sentence)
            if s != current {
                if let b = best { return b.actor }
                if s < sentence - window { return nil }
                current = s
            }
            steps += 1
            i -= 1
            if r.modifier || r.span.end > offset || (r.quoted && !quoted) { continue }
            let sc = compatible(Int(r.actor))
            // Walking backwards: a later find is further left in the sentence, nearer the subject.
            if sc > 0, sc >= (best?.score ?? 0) { best = (Int(r.actor), sc) }
        }
        return best?.actor
    }
}
