import Foundation

/// Parses the data files into the tables of `ActorLexicon`.
struct ActorLexiconBuilder {
    typealias Entity = ActorLexicon.Entity
    typealias Country = ActorLexicon.Country
    typealias Organization = ActorLexicon.Organization
    typealias Title = ActorLexicon.Title
    typealias Pronoun = ActorLexicon.Pronoun
    private(set) var classes = KeyMap<WordClass>(capacity: 8192)
    private(set) var entities = KeyMap<Entity>(capacity: 2048)
    /// All-capital abbreviations, matched with case ("US", "U.N.", "AFP").
    private(set) var abbreviations = KeyMap<Entity>(capacity: 512)
    private(set) var maxEntityWords = 1
    /// Folded keys of the first words of every multi-word name ("new", "new york"), so a
    /// phrase lookup stops as soon as no name can start that way.
    private(set) var entityPrefixes = KeySet(capacity: 2048)
    private(set) var countries: [Country] = []
    private(set) var organizations: [Organization] = []
    private(set) var titles = KeyMap<Title>(capacity: 128)
    private(set) var pronouns = KeyMap<Pronoun>(capacity: 64)
    private(set) var cueKinds = KeyMap<String>(capacity: 512)
    private(set) var orgNounKinds = KeyMap<String>(capacity: 128)
    private(set) var kindNouns = KeySet(capacity: 16)
    private(set) var memberBodies = KeySet(capacity: 16)
    private(set) var tieNouns = KeySet(capacity: 8)
    private(set) var heldNouns = KeySet(capacity: 8)
    private(set) var entourageNouns = KeySet(capacity: 8)
    private(set) var hearers = KeySet(capacity: 4)
    private(set) var hearersBy = KeySet(capacity: 16)
    private(set) var runWords = KeySet(capacity: 16)
    private(set) var aliasPhrases = KeySet(capacity: 16)
    private(set) var aliasNouns = KeySet(capacity: 8)
    private(set) var plainPeople = KeySet(capacity: 4)
    private(set) var identityAdjectives = KeySet(capacity: 32)
    private(set) var harmParticiples = KeySet(capacity: 64)
    private(set) var speakingRoles = KeySet(capacity: 32)
    private(set) var contestRoles = KeySet(capacity: 8)
    private(set) var staffRoles = KeySet(capacity: 16)
    private(set) var voiceRoles = KeySet(capacity: 8)
    private(set) var bodyVoices = KeySet(capacity: 8)
    private(set) var formalFirstNames = KeyMap<UInt64>(capacity: 256)

    init() {
        for (word, tags) in Self.fields(PackageResources.name_stopwords_txt) {
            add(word, tags.first == "mo" ? [.stop, .month] : tags.first == "dy" ? [.stop, .day] : .stop)
        }
        for (word, tags) in Self.fields(PackageResources.person_nouns_txt) {
            var c: WordClass = .personNoun
            let t = Set(tags.first?.split(separator: ",").map(String.init) ?? [])
            if t.contains("t") { c.insert(.title) }
            if t.contains("l") { c.insert(.leader) }
            if t.contains("m") { c.insert(.male) }
            if t.contains("f") { c.insert(.female) }
            if t.contains("e") { c.insert(.epithet) }
            if t.contains("o") { c.formUnion([.epithet, .office]) }
            if t.contains("k") { c.insert(.kin) }
            if t.contains("s") { speakingRoles.insert(WordKey.folded(word)) }
            if t.contains("r") { contestRoles.insert(WordKey.folded(word)) }
            if t.contains("w") { staffRoles.insert(WordKey.folded(word)) }
            if t.contains("v") { voiceRoles.insert(WordKey.folded(word)) }
            add(word, c)
        }
        for (word, tags) in Self.fields(PackageResources.group_nouns_txt) {
            let tag: WordClass = switch tags.first { case "c": .collective; case "s": .stanceGroup; case "p": .placeSet; default: [] }
            if tags.first == "b" { bodyVoices.insert(WordKey.folded(word)) }
            if tags.first == "n" { plainPeople.insert(WordKey.folded(word)) }
            add(word, tag.union(.groupNoun))
        }
        for (word, tags) in Self.fields(PackageResources.role_modifiers_txt) {
            add(word, tags.first == "d" ? [.roleModifier, .dropModifier] : .roleModifier)
        }
        for (word, _) in Self.fields(PackageResources.place_nouns_txt) { add(word, .placeNoun) }
        for (word, tags) in Self.fields(PackageResources.org_nouns_txt) {
            add(word, .orgNoun)
            orgNounKinds[WordKey.folded(word)] = tags.first ?? "any"
            if tags.dropFirst().contains("k") { kindNouns.insert(WordKey.folded(word)) }
            if tags.dropFirst().contains("p") { memberBodies.insert(WordKey.folded(word)) }
            if tags.dropFirst().contains("t") { tieNouns.insert(WordKey.folded(word)) }
            if tags.dropFirst().contains("h") { heldNouns.insert(WordKey.folded(word)) }
            if tags.dropFirst().contains("e") { entourageNouns.insert(WordKey.folded(word)) }
        }
        for (word, tags) in Self.fields(PackageResources.actor_verbs_txt) {
            let t = Array(tags.first ?? "")
            var c: WordClass = []
            switch t.first { case "s": c = .speech; case "a": c = .action; default: c = .aux }
            if t.count > 1 {
                switch t[1] { case "p": c.insert(.past); case "3": c.insert(.third); case "b": c.insert(.base); default: c.insert(.ing) }
            }
            add(word, c)
        }
        for (word, _) in Self.fields(PackageResources.act_nouns_txt) { add(word, .actNoun) }
        for (word, tags) in Self.fields(PackageResources.contest_words_txt) {
            add(word, tags.first == "v" ? .prizeVerb : tags.first == "c" ? .prizeNoun : tags.first == "m" ? .bodyPeople : .contest)
        }
        // "went", "hid", "took": past forms the verb list does not spell out ("-ed" is guessed).
        for (word, _) in Self.fields(PackageResources.irregular_past_txt) { add(word, [.action, .past]) }
        let grammar: [String: WordClass] = ["det": .det, "poss": .poss, "quant": .quant, "prep": .prep, "loc": .loc,
                                            "part": .particle, "conn": .connector, "adv": .adverb, "agent": .agent,
                                            "share": .share, "degree": .degree]
        for (word, tags) in Self.fields(PackageResources.actor_grammar_txt) {
            // Words before an outlet spoken to are kept apart: their class stays what it was.
            if tags.first == "hear" { hearers.insert(WordKey.folded(word)); continue }
            if tags.first == "hearby" { hearersBy.insert(WordKey.folded(word)); continue }
            if tags.first == "run" { runWords.insert(WordKey.folded(word)); continue }
            add(word, grammar[tags.first ?? ""] ?? [])
        }
        for (phrase, tags) in Self.fields(PackageResources.alias_phrases_txt) {
            if tags.first == "n" { aliasNouns.insert(WordKey.folded(phrase)) } else { aliasPhrases.insert(WordKey.folded(phrase)) }
        }
        for (word, tags) in Self.fields(PackageResources.pronouns_txt) {
            let g = Mention.Gender(tag: tags.first ?? "-")
            let form: Pronoun.Form
            switch tags.count > 1 ? tags[1] : "s" {
            case "o": form = .object
            case "p": form = .possessive
            case "r": form = .reflexive
            case "w": form = .relative
            default: form = .subject
            }
            pronouns[WordKey.folded(word)] = Pronoun(gender: g, form: form)
            add(word, .pronoun)
        }
        for (word, tags) in Self.fields(PackageResources.title_abbreviations_txt) {
            let role = tags.first.flatMap { $0.isEmpty ? nil : $0 }
            titles[WordKey.folded(word)] = Title(role: role, gender: Mention.Gender(tag: tags.count > 1 ? tags[1] : "-"))
            add(word, [.courtesy, .title])
        }
        for (word, tags) in Self.fields(PackageResources.first_names_txt) {
            // "u": a name given to both, which says nothing of the pronoun.
            add(word, tags.first == "f" ? [.firstName, .female] : tags.first == "u" ? .firstName : [.firstName, .male])
        }
        for (formal, variants) in Self.fields(PackageResources.first_name_variants_txt) {
            for v in variants { formalFirstNames[WordKey.folded(v)] = WordKey.folded(formal) }
        }
        for (word, tags) in Self.fields(PackageResources.name_cues_txt) {
            cueKinds[WordKey.folded(word)] = tags.first ?? "org"
            add(word, .cue)
        }
        for (word, _) in Self.fields(PackageResources.identity_adjectives_txt) { identityAdjectives.insert(WordKey.folded(word)) }
        for (word, _) in Self.fields(PackageResources.harm_participles_txt) { harmParticiples.insert(WordKey.folded(word)) }
        loadCountries()
        loadPlaces()
        loadOrganizations()
    }


    private mutating func add(_ word: String, _ c: WordClass) {
        let k = WordKey.folded(word)
        classes[k] = (classes[k] ?? []).union(c)
    }

    private mutating func loadCountries() {
        for (name, f) in Self.fields(PackageResources.countries_txt) {
            let i = Int32(countries.count)
            let capital = f.count > 2 && !f[2].isEmpty ? f[2].split(separator: ",").first.map(String.init) : nil
            countries.append(Country(name: name, capital: capital))
            register(name, Entity(kind: .country, index: i))
            for a in Self.list(f, 0) { register(a, Entity(kind: .country, index: i)) }
            for d in Self.list(f, 1) {
                register(d, Entity(kind: .demonym, index: i))
                if let p = Self.plural(ofDemonym: d) { register(p, Entity(kind: .demonymPlural, index: i)) }
            }
            for c in Self.list(f, 2) { register(c, Entity(kind: .capital, index: i)) }
            for s in Self.list(f, 3) { register(s, Entity(kind: .seat, index: i)) }
        }
    }

    private mutating func loadPlaces() {
        for (name, _) in Self.fields(PackageResources.place_names_txt) where entities[WordKey.folded(Self.strippingThe(name))] == nil {
            register(name, Entity(kind: .place, index: -1))
        }
    }

    private mutating func loadOrganizations() {
        for (name, f) in Self.fields(PackageResources.organizations_txt) {
            let i = Int32(organizations.count)
            let aliases = Self.list(f, 0)
            organizations.append(Organization(name: Self.strippingThe(name), kind: f.count > 1 ? f[1] : "org", aliases: aliases))
            register(name, Entity(kind: .org, index: i))
            for a in aliases { register(a, Entity(kind: .org, index: i)) }
        }
    }

    /// Abbreviations in capitals go to the case-sensitive table; everything else is folded.
    /// A leading "the" is dropped: the finder never puts it in a name.
    private mutating func register(_ raw: String, _ e: Entity) {
        let name = Self.strippingThe(raw)
        guard !name.isEmpty else { return }
        if Self.isAbbreviation(name) {
            if abbreviations[WordKey.exact(name)] == nil { abbreviations[WordKey.exact(name)] = e }
        } else if entities[WordKey.folded(name)] == nil {
            entities[WordKey.folded(name)] = e
            var prefix = ""
            let words = name.spaceSeparatedWords
            for w in words.dropLast() {
                prefix += prefix.isEmpty ? String(w) : " " + w
                entityPrefixes.insert(WordKey.folded(prefix))
            }
        }
        maxEntityWords = max(maxEntityWords, Self.wordCount(name))
    }

    static func isAbbreviation(_ s: String) -> Bool {
        var letters = 0
        for u in s.unicodeScalars {
            if CharClass.isLower(u) { return false }
            if CharClass.isLetter(u) { letters += 1 } else if u != "." && u != "&" && u != "-" && !CharClass.isDigit(u) { return false }
        }
        return letters >= 1 && letters <= 6
    }

    /// Words as the tokenizer will see them: a possessive 's is its own token.
    static func wordCount(_ s: String) -> Int {
        s.spaceSeparatedWords.reduce(0) { $0 + ($1.hasSuffix("'s") || $1.hasSuffix("’s") ? 2 : 1) }
    }

    static func strippingThe(_ s: String) -> String {
        s.hasPrefix("the ") || s.hasPrefix("The ") ? String(s.dropFirst(4)) : s
    }

    static func plural(ofDemonym d: String) -> String? {
        if d.hasSuffix("ese") || d.hasSuffix("sh") || d.hasSuffix("ch") || d.hasSuffix("ss") || d.hasSuffix("x")
            || d.hasSuffix("i") && d.count < 4 { return nil }
        return d + "s"
    }

    /// Parses a data file into (first field, other fields) per line; fields are split on '|'.
    static func fields(_ bytes: [UInt8]) -> [(String, [String])] {
        Lexicon(bytes: bytes).entries.map { line in
            let parts = line.split(separator: "|", omittingEmptySubsequences: false)
                .map { $0.trimmedSpaces }
            return (parts[0], Array(parts.dropFirst()))
        }
    }

    static func list(_ f: [String], _ i: Int) -> [String] {
        guard i < f.count else { return [] }
        return f[i].split(separator: ",").map { $0.trimmedSpaces }.filter { !$0.isEmpty }
    }
}
