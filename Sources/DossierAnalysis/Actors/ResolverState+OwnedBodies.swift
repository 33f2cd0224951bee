/// Bodies named after the person they belong to: "the Clinton campaign", "Clinton's presidential
/// campaign", "Clinton camp" and "Campaign for Trump" are keyed by the owner's name word and the
/// body noun, so that names of one body are one actor and "her campaign" (owned by Hillary
/// Clinton) joins it; an owned body the article never names is called after its owner ("Sanders
/// campaign"), as readers name it.
extension ResolverState {
    /// Key of a body by an owner's name word and its body noun ("camp" is a campaign).
    func ownedBodyKey(owner word: UInt64, body noun: String) -> UInt64 {
        ownedBodyKey(owner: word, body: WordKey.folded(noun))
    }

    func ownedBodyKey(owner word: UInt64, body noun: UInt64) -> UInt64 {
        let n = lex.orgNounKinds[noun] == "campaign" ? Self.campaignKey : noun
        return WordKey.mix(word, 0x0B) ^ (n &* 0x9E37_79B9_7F4A_7C15)
    }

    static let campaignKey = WordKey.folded("campaign")

    /// Organisation drafts by every (owner's surname, body noun) pair of their names; where two
    /// named drafts share a pair ("Clinton camp", "Clinton's presidential campaign") the later
    /// joins the earlier. Keeps the map for `namedBody(of:head:)`.
    mutating func mergeOwnedBodies() {
        var byKey: [UInt64: Int] = [:]
        var words: [(key: UInt64, upper: Bool)] = []
        let countries = countryOwnerWords()
        for d in drafts.indices where drafts[d].type == .organization && !drafts[d].mentions.isEmpty {
            for (n, name) in drafts[d].names.enumerated() where Self.spaces(in: name) > 0 && !drafts[d].names[..<n].contains(name) {
                Self.wordKeys(name, into: &words)
                var noun: UInt64?
                var nouns = 0
                for w in words where lex.wordClass(w.key).contains(.orgNoun) { noun = w.key; nouns += 1 }
                guard nouns == 1, let body = noun else { continue }
                // Owners are surnames of people the article names ("Clinton", not "National").
                for w in words where w.upper && w.key != body && (bySurname[w.key] != nil || countries.contains(w.key)) {
                    let k = ownedBodyKey(owner: w.key, body: body)
                    guard let e = byKey[k] else { byKey[k] = d; continue }
                    if e != d && !drafts[d].mentions.isEmpty { join(d, into: e) }
                }
            }
        }
        bodiesByOwner = byKey
    }

    /// The folded key of each word of a name without its possessive ending, and whether it
    /// starts with a capital; one pass, no strings made.
    static func wordKeys(_ name: String, into out: inout [(key: UInt64, upper: Bool)]) {
        out.removeAll(keepingCapacity: true)
        var h = WordKey.seed, upper = false, started = false, possessive = false
        for u in name.unicodeScalars {
            if u == " " {
                if started { out.append((h, upper)) }
                h = WordKey.seed; upper = false; started = false; possessive = false
                continue
            }
            if u == "'" || u == "’" { possessive = true; continue }
            if possessive { continue }
            if !started { upper = CharClass.isUpper(u); started = true }
            h = WordKey.mix(h, WordKey.fold(u))
        }
        if started { out.append((h, upper)) }
    }

    /// The named body of person draft `owner` whose noun is `head`.
    func namedBody(of owner: Int, head: String) -> Int? {
        guard !bodiesByOwner.isEmpty else { return nil }
        let word: UInt64
        if drafts[owner].type == .country, let w = countryOwnerWord(owner) { word = w }
        else if drafts[owner].type == .person || drafts[owner].type == .other, isNamedPerson(owner) { word = surnameKey(of: owner) }
        else { return nil }
        let d = bodiesByOwner[ownedBodyKey(owner: word, body: head)]
        return d.flatMap { drafts[$0].mentions.isEmpty ? nil : $0 }
    }

    /// The name an owned body that speaks for its owner (`MentionFinder.speakingBodies`) goes by
    /// when the article does not name it: its owner's surname and its noun ("Sanders campaign").
    func ownedBodyName(owner: Int, head: String) -> String? {
        guard MentionFinder.speakingBodies.contains(WordKey.folded(head)), drafts[owner].type == .person || drafts[owner].full,
              isNamedPerson(owner) else { return nil }
        let surname = Self.surnameWord(drafts[owner].bestName)
        return surname.isEmpty ? nil : surname + " " + head
    }

    /// Moves every mention of draft `d` to draft `e`.
    mutating func join(_ d: Int, into e: Int) {
        let moved = drafts[d].mentions
        let names = drafts[d].names
        drafts[d].mentions = []
        drafts[d].nameMentions = 0
        drafts[d].names = []
        for i in moved { draftOf[i] = nil; assign(i, to: e) }
        for n in names where !drafts[e].names.contains(n) { drafts[e].names.append(n) }
    }

    /// The last word of a name that is no suffix ("Cruz" in "Rafael Edward Cruz Jr.").
    static func surnameWord(_ name: String) -> String {
        var words = name.spaceSeparatedWords
        while words.count > 1, let l = words.last, PersonName.suffixes.contains(WordKey.folded(String(l))) { words.removeLast() }
        return words.last.map(String.init) ?? ""
    }

}
