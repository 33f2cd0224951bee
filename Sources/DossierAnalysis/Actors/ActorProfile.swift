/// What descriptions and pronouns can match in an actor: its gender, whether it is plural, the
/// head words of its roles ("spokesman", "senator" for "Sen.") and every word of its roles,
/// affiliation and names ("kremlin", "un", "united", "nations").
struct ActorProfile: Sendable, Hashable {
    var type: ActorType = .other
    var gender: Mention.Gender = .unknown
    var roleHeads: Set<String> = []
    var words: Set<String> = []
    /// Holds a head-of-something role (president, chief, secretary-general).
    var leader = false
    /// Kind of organisation ("news", "company", "campaign"…) for "the newspaper", "the company".
    var orgKind: String?
    /// Head noun of a group or description ("governments", "forces").
    var head: String?
    var memberCount = 0

    static let leaderWords: Set<String> = ["chief", "head", "leader", "boss", "chairman", "chairwoman", "chair", "president",
                                           "secretary-general", "director", "director-general", "premier", "chancellor",
                                           "ceo", "commander", "king", "queen", "emir", "sultan", "pope", "governor", "mayor",
                                           "prime minister", "minister-president", "founder", "owner"]

    /// Adds a role: its last word (after abbreviation expansion) is a head, every word is a word.
    mutating func add(role: String, lexicon: ActorLexicon) {
        let parts = role.lowercased().split(whereSeparator: { $0 == " " }).map(String.init)
        guard let last = parts.last else { return }
        let titleWord = parts.last { lexicon.wordClass(WordKey.folded($0)).contains(.title) } ?? last
        let head = lexicon.titles[WordKey.folded(titleWord)]?.role ?? titleWord
        roleHeads.insert(head)
        if Self.leaderWords.contains(head) { leader = true }
        if parts.count >= 2, parts[parts.count - 2] == "prime" { leader = true }
        for p in parts { words.insert(lexicon.titles[WordKey.folded(p)]?.role ?? p) }
    }

    /// Adds a name's words, and the other names the lexicons know for it ("UN" ↔ "United Nations").
    mutating func add(name: String, lexicon: ActorLexicon) {
        for p in name.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }) { words.insert(String(p)) }
        words.insert(name.lowercased())
        if let e = lexicon.entities[WordKey.folded(name)] ?? lexicon.abbreviations[WordKey.exact(name)] {
            let names: [String]
            switch e.kind {
            case .org: names = [lexicon.organizations[Int(e.index)].name] + lexicon.organizations[Int(e.index)].aliases
            case .country, .demonym, .demonymPlural, .capital, .seat:
                names = e.index >= 0 ? [lexicon.countries[Int(e.index)].name] : []
            case .place: names = []
            }
            for n in names {
                words.insert(n.lowercased())
                for p in n.lowercased().split(whereSeparator: { $0 == " " }) { words.insert(String(p)) }
            }
        }
    }
}
