/// "Clinton won Tuesday. She swept Sanders in five states": a reported action's subject is as
/// often a pronoun as a name. The statement stage reads actions after actor mentions only, and
/// pronouns are no mentions (they would swell every actor's count), so they are resolved here,
/// the way a quote's "he said" is.
extension ActorTable {
    /// "He", "she" and "they" outside the quotations `zones` (sorted), each with the actor it
    /// stands for, sorted by span.
    func subjectPronouns(in doc: Document, outside zones: [Span]) -> [(span: Span, actor: String)] {
        var out: [(span: Span, actor: String)] = []
        var lookup: SpeakerLookup? = nil
        var z = 0
        for k in doc.tokens.indices where doc.tokens[k].kind == .word && Self.subjectKeys.contains(doc.keys[k]) {
            let span = doc.tokens[k].span
            while z < zones.count, zones[z].end <= span.start { z += 1 }
            if z < zones.count, zones[z].start <= span.start { continue }
            if lookup == nil { lookup = SpeakerLookup(table: self, doc: doc) }
            if let a = lookup!.actor(for: span) { out.append((span, actors[a].id)) }
        }
        return out
    }

    static let subjectKeys: KeySet = KeySet(["he", "she", "they"].map(WordKey.folded))
}
