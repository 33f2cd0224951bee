/// "President of CNN Worldwide", "EU Member States": capitalised words right after a body the
/// lexicon knows go on naming that body (a division of it, its members), not a person with no
/// first name. Readers count "CNN Worldwide" as CNN and "EU Member States" as a group; the
/// earlier reading made a person called "Worldwide" or "Member States".
extension ChunkClassifier {
    /// The chunk for `r` when its name part `name` follows an organisation of the lexicons with
    /// nothing between them, and no word of it is a first name, a courtesy title or a surname
    /// the article gives someone ("CNN Zucker" after "Jeff Zucker" is still Zucker).
    func bodyNameTail(_ r: Range<Int>, name: Range<Int>, _ p: Parts) -> NameChunk? {
        guard let a = p.affiliation, a.upperBound == name.lowerBound, let e = p.affiliationEntity, e.kind == .org,
              !name.contains(where: { w.has($0, [.firstName, .courtesy, .title]) || w.surnameSeen.contains(w.key[$0])
                  || w.flags[$0].contains(.allCaps) }) else { return nil }
        if p.titleSeen {
            // The title is held at the body: "President of CNN Worldwide" after a name.
            var c = NameChunk(range: r, name: r, kind: .title)
            c.role = roleText(p.roleTokens, before: r.upperBound)
            c.titleHead = p.titleHead
            c.affiliation = a; c.affiliationEntity = e
            c.gender = p.gender
            return c
        }
        guard a.lowerBound == r.lowerBound else { return nil }
        // A plural after the body names its members as a group ("EU Member States").
        let sp = w.t(name.upperBound - 1).span
        if sp.length > 3, w.s[sp.end - 1] == "s", w.s[sp.end - 2] != "s" {
            return NameChunk(range: r, name: r, kind: .people)
        }
        var c = fromEntity(a, e)
        c.range = r
        return c
    }
}
