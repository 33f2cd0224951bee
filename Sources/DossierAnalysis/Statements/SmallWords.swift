/// Keys of the few small words the statement stage tests by identity ("and", "as", "than",
/// "for", "of"), hashed once, so that a test costs one hash of the token and no `String`.
enum SmallWords {
    static let and = WordKey.of("and")
    static let as_ = WordKey.of("as")
    static let than = WordKey.of("than")
    static let for_ = WordKey.of("for")
    static let of = WordKey.of("of")
    static let over = WordKey.of("over")
    static let to = WordKey.of("to")
    static let against = WordKey.of("against")
    static let with = WordKey.of("with")
    /// Particles between a verb and the side it takes ("spoke out against", "squared off against").
    static let particles: KeySet = [WordKey.of("out"), WordKey.of("off"), WordKey.of("up")]
    static let up = WordKey.of("up")
    /// Forms of "be" before a past participle: a passive.
    static let beForms: KeySet = KeySet(["is", "are", "was", "were", "be", "been", "being"].map { WordKey.of($0) })
    static let by = WordKey.of("by")
    static let from = WordKey.of("from")
    static let the = WordKey.of("the")
    static let a = WordKey.of("a")
    static let that = WordKey.of("that")
    /// Reflexive pronouns between a verb and "from" ("distanced himself from Clinton").
    static let reflexives: KeySet = KeySet(["himself", "herself", "itself", "themselves", "themself"].map { WordKey.of($0) })
    /// Verbs of keeping apart, a stance only with a reflexive object ("distanced himself from
    /// Clinton"; "distanced Trump from his plan" moves someone else).
    static let keptApart: KeySet = KeySet(["distance", "distances", "distanced", "distancing", "disassociate", "disassociates",
                                           "disassociated", "disassociating", "dissociate", "dissociates", "dissociated",
                                           "dissociating"].map { WordKey.of($0) })

    /// Verbs that take a side only through a preposition ("campaigned for Gaddis", "with
    /// Lowe", "on the tax"): "campaigned hard in Arizona", "campaigned in Rubio's backyard"
    /// and "campaigning the final week" name no object.
    static let intransitive: KeySet = KeySet(["campaign", "campaigns", "campaigned", "campaigning"].map { WordKey.of($0) })
    /// Prepositions that give such a verb its object ("campaigned with Lowe").
    static let intransitiveObject: KeySet = KeySet(["with", "on", "alongside", "beside"].map { WordKey.of($0) })

    /// The folded key of token `k` when it is a word, 0 otherwise.
    @inline(__always) static func key(_ doc: Document, _ k: Int) -> UInt64 {
        doc.tokens[k].kind == .word ? doc.keys[k] : 0
    }
}

extension Document {
    /// Token `k` is a comma.
    @inline(__always) func isComma(_ k: Int) -> Bool {
        tokens[k].kind == .punctuation && text.scalars[tokens[k].span.start] == ","
    }

    /// Token `k` is a possessive ending, "'s" or "’s", its own token after a name.
    @inline(__always) func isPossessive(_ k: Int) -> Bool {
        tokens[k].kind == .word && tokens[k].span.length == 2 && CharClass.isApostrophe(text.scalars[tokens[k].span.start])
    }
}
