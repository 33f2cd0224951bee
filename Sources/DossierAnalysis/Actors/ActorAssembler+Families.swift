/// "The Clintons", "the Bushes": the plural of the surname of someone the article names in
/// full is that person's family, the people already listed under their own names; it is no
/// actor of its own (the labels treat such families as optional at most).
extension ActorAssembler {
    /// Folded keys of the plurals ("-s", "-es") of the surnames of the people named in full.
    func familyKeys() -> KeySet {
        var keys = KeySet(capacity: 32)
        for dr in state.drafts where dr.type == .person && dr.full {
            guard let s = dr.surname else { continue }
            let plural = WordKey.mix(s, UInt32(("s" as Unicode.Scalar).value))
            keys.insert(plural)
            keys.insert(WordKey.mix(WordKey.mix(s, UInt32(("e" as Unicode.Scalar).value)), UInt32(("s" as Unicode.Scalar).value)))
        }
        return keys
    }

    /// Every name of the draft is one word, the plural of such a surname, with no title.
    func namesFamily(_ dr: ActorDraft, _ keys: KeySet) -> Bool {
        !dr.titled && !dr.names.isEmpty && dr.names.allSatisfy { !ResolverState.hasSpace($0) && keys.contains(WordKey.folded($0)) }
    }
}
