/// A capitalised word taken for a person's name after a title word that is only a place, body
/// or event word of the lexicons ("Massachusetts General Hospital": the title "General", then
/// "Hospital"; "the Star Wars movie"). Not a first name nor a surname the article gives
/// someone, it names no person.
extension ChunkClassifier {
    func commonNounsNoPerson(_ r: Range<Int>, name: Range<Int>, titled: Bool) -> NameChunk? {
        let last = name.upperBound - 1
        guard titled, !name.contains(where: { w.has($0, .firstName) }), !w.surnameSeen.contains(w.key[last]) else { return nil }
        if name.count == 1, w.has(last, .cue), !w.has(last, .title) {
            return NameChunk(range: r, name: r, kind: lex.cueKinds[w.key[last]] == "place" ? .place : .other)
        }
        return nil
    }
}
