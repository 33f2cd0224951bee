/// Bodies named after the person they belong to: "the Clinton campaign", "Clinton's presidential
/// campaign", "Clinton camp" and "Campaign for Trump" are keyed by the owner's name word and the
/// body noun, so that names of one body are one actor and "her campaign" (owned by Hillary
/// Clinton) joins it; an owned body the article never names is called after its owner ("Sanders
/// campaign"), as readers name it.
extension ResolverState {
    /// Key of a body by an owner's name word and its body noun ("camp" is a campaign).
    func ownedBodyKey(owner word: UInt64, body noun: String) -> UInt64 {
        let n = lex.orgNounKinds[WordKey.folded(noun)] == "campaign" ? "campaign" : noun
        return WordKey.mix(word, 0x0B) ^ (WordKey.folded(n) &* 0x9E37_79B9_7F4A_7C15)
    }

    /// Organisation drafts by every (owner's surname, body noun) pair of their names; where two
    /// named drafts share a pair ("Clinton camp", "Clinton's presidential campaign") the later
    /// joins the earlier. Keeps the map for `namedBody(of:head:)`.
    mutating func mergeOwnedBodies() {
        var byKey: [UInt64: Int] = [:]
        for d in drafts.indices where drafts[d].type == .organization && !drafts[d].mentions.isEmpty {
            for name in Set(drafts[d].names) where Self.spaces(in: name) > 0 {
                let words = name.split(separator: " ").map { Self.strippingPossessive(String($0)) }
                let nouns = words.filter { !$0.isEmpty && lex.wordClass(WordKey.folded($0)).contains(.orgNoun) }
                // Owners are surnames of people the article names ("Clinton", not "National").
                let owners = words.filter { w in
                    guard let f = w.unicodeScalars.first, CharClass.isUpper(f) else { return false }
                    return bySurname[WordKey.folded(w)] != nil
                }
                guard nouns.count == 1, !owners.isEmpty else { continue }
                for o in owners {
                    let k = ownedBodyKey(owner: WordKey.folded(o), body: nouns[0].lowercased())
                    guard let e = byKey[k] else { byKey[k] = d; continue }
                    if e != d && !drafts[d].mentions.isEmpty { join(d, into: e) }
                }
            }
        }
        bodiesByOwner = byKey
    }

    /// The named body of person draft `owner` whose noun is `head`.
    func namedBody(of owner: Int, head: String) -> Int? {
        guard !bodiesByOwner.isEmpty, drafts[owner].type == .person || drafts[owner].type == .other, isNamedPerson(owner) else { return nil }
        let d = bodiesByOwner[ownedBodyKey(owner: Self.surnameKey(drafts[owner].bestName), body: head)]
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
    private mutating func join(_ d: Int, into e: Int) {
        let moved = drafts[d].mentions
        let names = drafts[d].names
        drafts[d].mentions = []
        drafts[d].names = []
        for i in moved { draftOf[i] = nil; assign(i, to: e) }
        for n in names where !drafts[e].names.contains(n) { drafts[e].names.append(n) }
    }

    /// The last word of a name that is no suffix ("Cruz" in "Rafael Edward Cruz Jr.").
    static func surnameWord(_ name: String) -> String {
        var words = name.split(separator: " ")
        while words.count > 1, let l = words.last, PersonName.suffixes.contains(WordKey.folded(String(l))) { words.removeLast() }
        return words.last.map(String.init) ?? ""
    }

    static func strippingPossessive(_ w: String) -> String {
        for end in ["'s", "’s", "'", "’"] where w.hasSuffix(end) { return String(w.dropLast(end.count)) }
        return w
    }
}
