/// The names a mention carries for the countries and bodies around it: a country by its
/// canonical name, an affiliation as written, the country whose foreign ministry a name is.
extension MentionEmitter {
    static let foreignMinistryNames: Set<String> = ["foreign ministry", "foreign office", "ministry of foreign affairs"]

    /// The country whose foreign ministry the chunk names: by a country or demonym before it
    /// ("Russian Foreign Ministry") or a possessive ("Russia's Foreign Ministry").
    func foreignMinistryCountry(_ c: NameChunk, sc: SentenceChunks) -> String? {
        let own = c.affiliation.map { $0.upperBound..<c.range.upperBound } ?? c.name
        guard !own.isEmpty, own.count <= 4, Self.foreignMinistryNames.contains(w.text(own).lowercased()) else { return nil }
        if let n = countryName(c.affiliationEntity) { return n }
        let a = c.range.lowerBound
        guard a >= 2 + sentence.lowerBound, w.flags[a - 1].contains(.possessive), let pi = sc.ending(at: a - 2) else { return nil }
        return countryName(sc.chunks[pi].entity)
    }

    func countryName(_ e: ActorLexicon.Entity?) -> String? {
        guard let e = e, e.index >= 0, e.kind != .org, e.kind != .place else { return nil }
        return lex.countries[Int(e.index)].name
    }

    /// Demonyms and countries by their canonical name; organisations, capitals and seats as
    /// written ("Kremlin", "UN").
    func affiliationName(_ c: NameChunk) -> String? {
        guard let a = c.affiliation else { return nil }
        if let e = c.affiliationEntity, e.kind == .demonym || e.kind == .country || e.kind == .demonymPlural { return countryName(e) }
        return w.text(a)
    }
}
