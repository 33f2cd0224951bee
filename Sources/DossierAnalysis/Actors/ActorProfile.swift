/// What descriptions and pronouns can match in an actor: its gender, whether it is plural, the
/// head words of its roles ("spokesman", "senator" for "Sen.") and every word of its roles,
/// affiliation and names ("kremlin", "un", "united", "nations"), kept as `WordKey` hashes.
struct ActorProfile: Sendable {
    var type: ActorType = .other
    var gender: Mention.Gender = .unknown
    var roleHeads: Set<String> = []
    var words = KeySet(capacity: 16)
    /// Holds a head-of-something role (president, chief, secretary-general).
    var leader = false
    /// Kind of organisation ("news", "company", "campaign"…) for "the newspaper", "the company".
    var orgKind: String?
    /// Head noun of a group or description ("governments", "forces").
    var head: String?
    var memberCount = 0
    /// Some name or affiliation is a place or country the lexicons know ("Vermont" in "Vermont
    /// Sen. Bernie Sanders"): a description's place word must then be among its words.
    var placeKnown = false
    /// Known only by a common noun alone ("members", "the panel", "someone"), never by a name:
    /// an actor only if it speaks.
    var generic = false

    static let leaderWords: Set<String> = ["chief", "head", "leader", "boss", "chairman", "chairwoman", "chair", "president",
                                           "secretary-general", "director", "director-general", "premier", "chancellor",
                                           "ceo", "commander", "king", "queen", "emir", "sultan", "pope", "governor", "mayor",
                                           "founder", "owner", "minister-president"]

    /// Adds a role: its last title word (after abbreviation expansion: "Sen." → "senator") is a
    /// head, every word is a word.
    mutating func add(role: String, lexicon: ActorLexicon) {
        let parts = role.lowercased().spaceSeparatedWords.map { p in
            for prefix in ["then-", "ex-"] where p.hasPrefix(prefix) && p.count > prefix.count { return String(p.dropFirst(prefix.count)) }
            return String(p)
        }
        guard let last = parts.last else { return }
        let titleWord = parts.last { lexicon.wordClass(WordKey.folded($0)).contains(.title) } ?? last
        let head = lexicon.titles[WordKey.folded(titleWord)]?.role ?? titleWord
        roleHeads.insert(head)
        if Self.leaderWords.contains(head) { leader = true }
        if parts.count >= 2, parts[parts.count - 2] == "prime" { leader = true }
        for p in parts { words.insert(WordKey.folded(lexicon.titles[WordKey.folded(p)]?.role ?? p)) }
    }

    /// Adds a name's words, and the other names the lexicons know for it ("UN" ↔ "United Nations").
    mutating func add(name: String, lexicon: ActorLexicon) {
        addWords(name)
        guard let e = lexicon.entities[WordKey.folded(name)] ?? lexicon.abbreviations[WordKey.exact(name)] else { return }
        switch e.kind {
        case .org:
            let o = lexicon.organizations[Int(e.index)]
            addWords(o.name)
            for a in o.aliases { addWords(a) }
        case .country, .demonym, .demonymPlural, .capital, .seat:
            placeKnown = true
            if e.index >= 0 { addWords(lexicon.countries[Int(e.index)].name) }
        case .place:
            placeKnown = true
        }
    }

    /// Every word (split at spaces and hyphens) and the whole name, folded.
    private mutating func addWords(_ name: String) {
        words.insert(WordKey.folded(name))
        var h = WordKey.seed
        var any = false
        for u in name.unicodeScalars {
            if u == " " || u == "-" {
                if any { words.insert(h) }
                h = WordKey.seed; any = false
            } else {
                h = WordKey.mix(h, WordKey.fold(u)); any = true
            }
        }
        if any { words.insert(h); words.insert(Self.lastWordKey(h)) }
    }

    /// The key under which a name's last word is kept too: the noun that says what the body is
    /// ("committee" in "National Republican Senatorial Committee"), so that "the committee"
    /// finds it whatever kind the lexicon gives it.
    static func lastWordKey(_ word: UInt64) -> UInt64 { WordKey.mix(word, 0x1F) }
}
