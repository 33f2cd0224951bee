/// One actor while mentions are being merged: the mentions so far and what they say about it.
struct ActorDraft {
    var type: ActorType
    /// Merge key it was created under (`ResolverState.key`: kind and folded name).
    var key: UInt64
    var mentions: [Int] = []
    /// How many of `mentions` are names (kind `.name`): kept as mentions come and go, so that
    /// "is this a named person" is one read, not a scan of every mention.
    var nameMentions = 0
    var names: [String] = []
    var roles: [String] = []
    var affiliation: String?
    var gender: Mention.Gender = .unknown
    var acting = false
    var titled = false
    var locative = false
    /// Some mention that is no modifier or pronoun is not located ("in the White House").
    var unplaced = false
    /// Some mention that is no modifier or pronoun is not the object of a preposition.
    var ungoverned = false
    /// Created from a full name (two words or more).
    var full = false
    /// Folded surname of the full name it was created from.
    var surname: UInt64?
    var orgKind: String?
    var head: String?
    var memberCount = 0
    /// A lexicon's canonical name, which wins over the names used.
    var canonical: String?
    /// Some mention shows an actor by its words alone (not `Mention.weak`).
    var strong = false
    /// Votes of "it"/"its" after it: an organisation, not a person.
    var neuterVotes = 0
    /// Named only by a first name the lexicon knows ("Miriam"): a person.
    var firstNameOnly = false
    /// Some mention is a person's name by its words (a first name or an initial), or a party
    /// tag follows it: evidence of a person beyond two capitalised words.
    var personShown = false
    var first = Int.max
    var lastSentence = -1
    var count = 0
    var profile = ActorProfile()

    init(type: ActorType, key: UInt64) { self.type = type; self.key = key }

    mutating func add(_ i: Int, of ms: [Mention], sentence: Int) {
        // (Fields read in place: a copy of the mention per call cost more than the rest.)
        mentions.append(i)
        if ms[i].kind == .name { nameMentions += 1 }
        first = min(first, ms[i].span.start)
        lastSentence = max(lastSentence, sentence)
        count += 1
        if ms[i].modifier {
            if ms[i].kind != .pronoun && ms[i].kind != .description { names.append(ms[i].name) }
            return
        }
        if !ms[i].weak { strong = true }
        if ms[i].type == .person && ms[i].kind == .name && !ms[i].weak && ResolverState.hasSpace(ms[i].name) { personShown = true }
        if ms[i].acting { acting = true }
        if ms[i].locative { locative = true } else if ms[i].kind != .pronoun { unplaced = true }
        if !ms[i].governed && ms[i].kind != .pronoun { ungoverned = true }
        if ms[i].kind != .pronoun && ms[i].kind != .description && names.last != ms[i].name { names.append(ms[i].name) }
        if let r = ms[i].role, ms[i].kind != .description {
            if !roles.contains(r) { roles.append(r) }
            titled = true
        }
        if affiliation == nil { affiliation = ms[i].affiliation }
        if gender == .unknown, ms[i].gender == .male || ms[i].gender == .female { gender = ms[i].gender }
    }

    /// The fullest name: one with a capital before all lower-case ones ("Sanders campaign", not
    /// "presidential campaign"), then the one with most words, then the longest.
    var bestName: String {
        if let c = canonical { return c }
        var best = names.first ?? ""
        var bestCap = false, bestWords = 0, bestLength = 0
        for n in names {
            var words = 1, length = 0, cap = false
            for b in n.utf8 { length += 1; if b == 32 { words += 1 } else if b >= 65 && b <= 90 { cap = true } }
            if (cap && !bestCap) || (cap == bestCap && (words > bestWords || (words == bestWords && length > bestLength))) {
                best = n; bestCap = cap; bestWords = words; bestLength = length
            }
        }
        return best
    }
}
