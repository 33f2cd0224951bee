/// Turns the resolver's drafts into the article's actors and places: decides each draft's final
/// type (a country that never acts is a place; a lone capitalised word is a person only when
/// something says so), names it, numbers actors in order of first appearance, and builds the
/// index `ActorTable.speaker(for:in:)` searches.
///
/// A class, not a struct: the predicates passed as closures below capture it, and a struct would
/// copy the whole resolver state (dozens of arrays) into each of them.
final class ActorAssembler {
    let state: ResolverState

    init(state: ResolverState) { self.state = state }

    func table() -> ActorTable {
        let drafts = state.drafts
        let ms = state.ms
        var actorDrafts: [(Int, ActorType)] = []
        var placeDrafts: [Int] = []
        let personStarts = personNameStarts()
        let families = familyKeys()
        var peopleStarts: [Int]?
        let principals = principalsOfVoices()
        for d in drafts.indices {
            let dr = drafts[d]
            guard dr.mentions.contains(where: { !ms[$0].modifier }) || principals.contains(d) else { continue }
            let described = dr.mentions.contains { ms[$0].kind == .description }
            let named = dr.mentions.contains { ms[$0].kind != .description && ms[$0].kind != .pronoun }
            // Described only inside quotation marks ("Customers want …" in a quote): someone the
            // speaker talks about, not an actor of the article.
            if !named && !dr.mentions.contains(where: { !ms[$0].quoted && ms[$0].kind != .pronoun }) { continue }
            // A name its words alone do not show as an actor needs the article to back it.
            let backed = dr.strong || dr.titled || dr.acting || dr.gender == .male || dr.gender == .female
            // "Glass-Steagall", "Dodd-Frank": capitalised parts joined by hyphens that no first
            // name or title ever comes with are what two people's names were given to (a law, a
            // pact); a person with such a surname is named in full.
            if dr.type == .person || dr.type == .other, !dr.titled, !dr.names.isEmpty, dr.names.allSatisfy(isHyphenedNames) { continue }
            // "had PTSD (post-traumatic stress disorder)": every mention of it is the common noun.
            if dr.mentions.contains(where: { ms[$0].spelledOutCommon }) { continue }
            if namesFamily(dr, families) { continue }   // "the Clintons"
            // "on CNN’s “State of the Union,”", "a “Party of Trump” campaign", George “Jay”
            // Keyworth: a name that is all there is between quotation marks is the title of a
            // show or a work, a slogan or a nickname; no one named only so speaks or acts.
            if !dr.titled, dr.mentions.contains(where: { ms[$0].kind != .pronoun }),
               dr.mentions.allSatisfy({ ms[$0].kind == .pronoun || inQuotationMarks(ms[$0].span) }) { continue }
            // "a wise Latina", "Six in 10 Republican said": a word of party, creed or origin
            // alone describes someone; it names no actor.
            if !dr.titled, !dr.names.isEmpty, dr.names.allSatisfy({ state.lex.identityAdjectives.contains(WordKey.folded($0)) }) { continue }
            if dr.type == .group, namesPeopleInGeneral(dr) { continue }
            // "Underdog sees prospect …" opening a headline: see `ActorTable.opensHeadline`.
            if dr.type == .other, !dr.titled, !dr.firstNameOnly, dr.mentions.allSatisfy({ headlineWord(ms[$0]) }) { continue }
            switch dr.type {
            case .person:
                if backed { actorDrafts.append((d, .person)) }
            case .other:
                // "the Brexit vote", "Thursday's Brexit referendum", "the Brexit campaign": a word
                // that mostly qualifies nouns names a thing, even once it is a subject.
                var qualifying = 0
                for i in dr.mentions where ms[i].qualifiesThing { qualifying += 1 }
                let thing = qualifying > 0 && qualifying * 2 >= dr.mentions.count
                if dr.neuterVotes > 0 && dr.gender == .unknown && !dr.titled && dr.acting { actorDrafts.append((d, .organization)) }
                // "a machine shop in Marion": a lone word that is also a first name, only where
                // things happen, is a place.
                else if dr.firstNameOnly && dr.locative && !dr.titled && !dr.acting { placeDrafts.append(d) }
                else if dr.titled || dr.acting && !thing || dr.gender == .male || dr.gender == .female || dr.firstNameOnly { actorDrafts.append((d, .person)) }
                else if dr.locative { placeDrafts.append(d) }
            case .organization:
                // "(Meridian Wire)" after a dateline, "Twitter: @Milbank": a credit, not an actor.
                let credit = !dr.acting && dr.mentions.allSatisfy { inParentheses(ms[$0].span) || labelsHandle(ms[$0].span) }
                // "in the White House", "on Twitter": only where things happen.
                if !dr.acting && !dr.unplaced { placeDrafts.append(d) }
                // "TWITTER." as a paragraph of its own: a shouted label over what readers wrote
                // there, not the body acting; "on Twitter" elsewhere is only where things happen.
                else if !dr.acting && !dr.titled && dr.mentions.allSatisfy({ ms[$0].locative || ms[$0].kind == .pronoun || shoutedLabel(ms[$0].span) }) { continue }
                // "members of Congress", "nominated to the U.S. District Court": only ever part of
                // another phrase, it neither acts nor speaks.
                else if !dr.acting && !dr.ungoverned && !dr.titled { continue }
                // "Iowa State University's Dianne Bystrom agreed": only where a person works.
                else if !dr.acting && !dr.titled && dr.mentions.allSatisfy({ introducesPerson(ms[$0], names: personStarts) }) { continue }
                // "Trump and his team are …": the owner's entourage, beside the owner.
                else if !dr.titled && dr.nameMentions == 0 && onlyBesideOwner(d) { continue }
                // "Sessions told CNN", "in an interview with Univision", "reached by Politico": a
                // news outlet only spoken to carries what others say; it neither speaks nor acts
                // ("according to CNN", "reported by CNN" are its own reports; "reached by CNN" is
                // read as its act, yet only says whom CNN asked).
                else if !dr.titled && dr.orgKind == "news", dr.mentions.allSatisfy({ ms[$0].locative || ms[$0].kind == .pronoun || spokenTo(ms[$0].span) }) { continue }
                else if dr.orgKind != "event" && backed && !credit { actorDrafts.append((d, .organization)) }
            case .country:
                if dr.acting { actorDrafts.append((d, .country)) } else { placeDrafts.append(d) }
            case .group:
                // "the two nations", "our two countries" ("the countries should"): the places
                // just named, counted again, not people acting ("25 other states sued" are new ones, and act).
                let countedPlaces = dr.head.map { state.lex.wordClass(WordKey.folded($0)).contains(.placeSet) } == true
                    && dr.mentions.contains { ms[$0].count != nil }
                    && dr.mentions.allSatisfy { ms[$0].kind == .pronoun || opensWithDeterminer(ms[$0].span) }
                if (dr.acting || described && dr.ungoverned) && !countedPlaces
                    && !countsNamedPeople(dr, namedBefore: { pos in
                        if peopleStarts == nil { peopleStarts = namedPeopleStarts() }
                        return peopleStarts!.prefix { $0 < pos }.count
                    }) { actorDrafts.append((d, .group)) }
            case .place:
                // A place that acts and is never where something happens ("Vigo County has
                // voted for the winner since 1956"): its people or its government.
                if dr.mentions.contains(where: { ms[$0].acting && !ms[$0].locative }) { actorDrafts.append((d, .organization)) } else { placeDrafts.append(d) }
            }
        }
        actorDrafts.sort { drafts[$0.0].first < drafts[$1.0].first }
        var twinOf = ownedTwins(actorDrafts)
        let voiceOf = bodyVoiceTwins(actorDrafts)
        if !voiceOf.isEmpty {
            for (d, b) in voiceOf where twinOf[d] == nil { twinOf[d] = twinOf[b] ?? b }
            for (d, first) in twinOf { if let f = twinOf[first] { twinOf[d] = f } }   // a voice's own twins follow it
        }
        var twins: [Int: [Int]] = [:]
        for (d, first) in twinOf.sorted(by: { $0.key < $1.key }) { twins[first, default: []].append(d) }   // text order, not hash order
        actorDrafts.removeAll { twinOf[$0.0] != nil }
        placeDrafts.sort { drafts[$0].first < drafts[$1].first }
        var actors: [Actor] = []
        var profiles: [ActorProfile] = []
        var indexOfDraft = [Int](repeating: -1, count: drafts.count)   // -1: no actor
        for (n, (d, type)) in actorDrafts.enumerated() {
            indexOfDraft[d] = n
            for twin in twins[d] ?? [] { indexOfDraft[twin] = n }
            actors.append(actor(d, id: "a\(n + 1)", type: type, twins: twins[d] ?? []))
            let dr = drafts[d]
            var profile = ActorProfile(type: type, gender: dr.gender, orgKind: dr.orgKind, head: dr.head, memberCount: dr.memberCount)
            // Armed groups ("his troops launched …") are actors by what they do, and a body that
            // speaks for its owner ("his campaign", "her office") is the owner's when it acts or
            // speaks; only mentioned by its noun ("other parts of his office"), it is a common noun.
            let owned = dr.acting && state.ownerOf[d] != nil && dr.head.map { MentionFinder.speakingBodies.contains(WordKey.folded($0)) } == true
            // A counted crowd that acts ("about 200 protesters marched") is no mere word.
            let countedCrowd = dr.mentions.contains { ms[$0].count != nil && ms[$0].acting && ms[$0].kind == .description }
            // "the crowd booed": the people at hand, not a kind of people.
            let collective = dr.head.map { state.lex.wordClass(WordKey.folded($0)).contains(.collective) } ?? false
            // "pleas from conservatives", "critics say": a group named by its stance that acts.
            let stanceGroup = dr.acting && dr.head.map { state.lex.wordClass(WordKey.folded($0)).contains(.stanceGroup) } ?? false
            let describedOnly = !dr.mentions.contains { ms[$0].kind != .description && ms[$0].kind != .pronoun }
            // "Clinton's first Senate campaign": a run, however many words name it; speaking, it
            // stays (see `dropSilentGenericActors`).
            profile.generic = isOwnedRun(d) || dr.memberCount == 0 && !dr.titled && !owned && !countedCrowd && !collective && !stanceGroup
                && dr.head.map { ResolverState.headClass($0) != "forces" } ?? true
                && describedOnly
                && !dr.names.contains { ResolverState.hasSpace($0) }
            profiles.append(profile)
        }
        let places = placeDrafts.enumerated().map { n, d in actor(d, id: "p\(n + 1)", type: .place) }
        var refs: [PronounResolver.Ref] = []
        for i in ms.indices {
            guard let d = state.draftOf[i], case let a = indexOfDraft[d], a >= 0 else { continue }
            refs.append(PronounResolver.Ref(span: ms[i].span, actor: Int32(a), sentence: Int32(state.sentenceOf[i]),
                                            quoted: ms[i].quoted, modifier: ms[i].modifier, described: ms[i].kind == .description))
        }
        refs.sort { $0.span < $1.span }
        let owners = actorDrafts.map { d, _ in state.ownerOf[d].flatMap { indexOfDraft[$0] >= 0 ? indexOfDraft[$0] : nil } }
        return ActorTable(actors: actors, places: places, refs: refs, profiles: profiles, owners: owners)
    }

    /// One capitalised word no lexicon knows, opening the headline or its subhead.
    func headlineWord(_ m: Mention) -> Bool {
        m.kind == .name && !ResolverState.hasSpace(m.name) && state.lex.wordClass(WordKey.folded(m.name)).isEmpty
            && ActorTable.opensHeadline(m.span, state.doc)
    }

    /// The last word of `name` is two or more capitalised parts joined by hyphens, and no word
    /// before it is a first name.
    func isHyphenedNames(_ name: String) -> Bool { Self.isHyphenedNames(name, state.lex) }

    static func isHyphenedNames(_ name: String, _ lex: ActorLexicon) -> Bool {
        guard name.utf8.contains(0x2D) else { return false }   // no hyphen: the common case, at once
        let words = name.spaceSeparatedWords
        guard let word = words.last else { return false }
        let parts = word.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 2, parts.allSatisfy({ p in p.count >= 2 && p.first!.isUppercase && p.dropFirst().allSatisfy(\.isLowercase) }) else { return false }
        return !words.dropLast().contains { lex.wordClass(WordKey.folded(String($0))).contains(.firstName) }
    }

    /// The span opens with "the", "these", "those" or a possessive ("our two countries").
    func opensWithDeterminer(_ span: Span) -> Bool {
        let s = state.doc.text.scalars
        var e = span.start
        while e < span.end && s[e] != " " { e += 1 }
        let k = WordKey.folded(s, span.start..<e)
        return k == ActorWordKeys.theKey || Self.demonstratives.contains(k) || state.lex.wordClass(k).contains(.poss)
    }

    static let demonstratives: KeySet = [WordKey.folded("these"), WordKey.folded("those")]

    /// A colon and a handle follow the span ("Twitter: @Milbank").
    private func labelsHandle(_ span: Span) -> Bool {
        let s = state.doc.text.scalars
        return span.end + 2 < s.count && s[span.end] == ":" && s[span.end + 1] == " " && s[span.end + 2] == "@"
    }

    /// The span is all there is between a pair of parentheses.
    private func inParentheses(_ span: Span) -> Bool {
        let s = state.doc.text.scalars
        return span.start > 0 && span.end < s.count && s[span.start - 1] == "(" && s[span.end] == ")"
    }

    /// A word before the span (past "the") shows it spoken to: "told", "to" (not "according
    /// to"), or "by" or "with" after "interviewed", "reached", "an interview" (tags hear and
    /// hearby); "with CNN calling the race" is CNN acting.
    private func spokenTo(_ span: Span) -> Bool {
        var w = previousWord(before: span.start)
        if let r = w, WordKey.folded(state.doc.text.scalars, r) == Self.theKey { w = previousWord(before: r.lowerBound) }
        guard let r = w else { return false }
        let s = state.doc.text.scalars
        let k = WordKey.folded(s, r)
        if k == Self.byKey || k == Self.withKey { return previousWord(before: r.lowerBound).map { state.lex.hearersBy.contains(WordKey.folded(s, $0)) } ?? false }
        guard state.lex.hearers.contains(k) else { return false }
        return k != Self.toKey || previousWord(before: r.lowerBound).map { WordKey.folded(s, $0) != Self.accordingKey } ?? true
    }

    /// The letters of the word ending right before `i` (past spaces), if any.
    private func previousWord(before i: Int) -> Range<Int>? {
        let s = state.doc.text.scalars
        var e = i
        while e > 0, s[e - 1] == " " { e -= 1 }
        var a = e
        while a > 0, CharClass.isLetter(s[a - 1]) { a -= 1 }
        return a < e ? a..<e : nil
    }

    static let theKey = WordKey.folded("the")
    static let byKey = WordKey.folded("by")
    static let withKey = WordKey.folded("with")
    static let toKey = WordKey.folded("to")
    static let accordingKey = WordKey.folded("according")

    /// The span is a paragraph of its own, in capitals, with at most a full stop after it.
    private func shoutedLabel(_ span: Span) -> Bool {
        let s = state.doc.text.scalars
        guard span.start == 0 || s[span.start - 1] == "\n" else { return false }
        var e = span.end
        if e < s.count, s[e] == "." { e += 1 }
        guard e == s.count || s[e] == "\n" || s[e] == "\r" else { return false }
        return (span.start..<span.end).allSatisfy { !CharClass.isLower(s[$0]) }
    }

    /// The span is all there is between a pair of double quotation marks (a comma or a full
    /// stop may close it inside the marks).
    private func inQuotationMarks(_ span: Span) -> Bool {
        let s = state.doc.text.scalars
        guard span.start > 0, s[span.start - 1] == "\u{201C}" || s[span.start - 1] == "\"" else { return false }
        var e = span.end
        if e < s.count, s[e] == "," || s[e] == "." { e += 1 }
        return e < s.count && (s[e] == "\u{201D}" || s[e] == "\"")
    }

    /// Determiners an alias may start with at a sentence start, written in lower case.
    static let capitalDeterminers = ["The ", "A ", "An ", "His ", "Her ", "Their ", "Its "]

    private func actor(_ d: Int, id: String, type: ActorType, twins: [Int] = []) -> Actor {
        let dr = state.drafts[d]
        let mentions = twins.isEmpty ? dr.mentions : dr.mentions + twins.flatMap { state.drafts[$0].mentions }
        let text = state.doc.text
        let name = dr.bestName
        var aliases: [String] = []
        var seen: Set<String> = [name]
        var seenSpans = KeySet(capacity: mentions.count)
        var spans: [Span] = []
        for i in mentions {
            let span = state.ms[i].span
            spans.append(span)
            let h = WordKey.exact(text.scalars, span.start..<span.end)
            if seenSpans.contains(h) { continue }
            seenSpans.insert(h)
            var alias = ScalarText.string(text, span)
            if let f = alias.utf8.first, f == 0x54 || f == 0x41 || f == 0x48 || f == 0x49 {   // T A H I
                for det in Self.capitalDeterminers where alias.hasPrefix(det) {
                    alias = det.lowercased() + alias.dropFirst(det.count)
                }
            }
            if !seen.contains(alias) { seen.insert(alias); aliases.append(alias) }
            if let titled = titledAlias(state.ms[i]), !seen.contains(titled) { seen.insert(titled); aliases.append(titled) }
        }
        spans.sort()
        var unique: [Span] = []
        for s in spans where unique.last != s { unique.append(s) }
        let affiliation = state.ownerOf[d].map { state.drafts[$0].bestName }.flatMap { $0.isEmpty ? nil : $0 } ?? dr.affiliation
        return Actor(id: id, name: name, type: type, roles: dr.roles, affiliation: affiliation, aliases: aliases, mentions: unique)
    }
}
