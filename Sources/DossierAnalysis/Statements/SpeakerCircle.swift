/// Whom a speaker speaks for: the speaker, its organisation, those who belong to it, and the
/// common nouns its own description uses ("the group" for a spokeswoman of a campaign group).
/// A stance reported of anyone else inside a quote ("the council backed it") is not the
/// speaker's own.
extension StatementExtractor {
    /// The speaker and the speaker's own organisation, and those who belong to the speaker, are
    /// not others ("Wojcik said the union would campaign for …"). `names`: each actor's names,
    /// lower-cased once per article (built on first need).
    func ownActors(of speakerID: String?, _ actors: [Actor], names: inout [[LowerName]]?) -> Set<String> {
        guard let speakerID, let speaker = actors.first(where: { $0.id == speakerID }) else { return [] }
        var own: Set<String> = [speaker.id]
        for i in actors.indices where actors[i].affiliation == speaker.name { own.insert(actors[i].id) }
        guard let aff = speaker.affiliation?.lowercased() else { return own }
        if names == nil { names = actors.map { a in ([a.name] + a.aliases).map(LowerName.init) } }
        let before = own.count
        for (i, list) in names!.enumerated() where list.contains(where: { name in
            // "Harbour and Transport Workers' Union" and "the union".
            LowerName.ends(aff, with: name.text) || LowerName.ends(name.text, with: aff)
                || (name.lastWord.map { LowerName.ends(aff, with: $0) } ?? false)
        }) { own.insert(actors[i].id) }
        // "Delcor spokesman Ben Aldous … said the company would fight the lawsuit": when the
        // speaker's organisation is no actor of its own, an organisation named only by a common
        // noun is it.
        if own.count == before {
            for a in actors where a.type == .organization && a.name.first.map({ $0.isLowercase }) == true { own.insert(a.id) }
        }
        return own
    }

    /// Words around the speaker's first mentions, in their sentences: the description that says
    /// whom the speaker speaks for ("Priya Raman, a spokeswoman for the campaign group …").
    func introduction(of speaker: String, _ actors: [Actor], in doc: Document) -> Set<UInt64> {
        guard let a = actors.first(where: { $0.id == speaker }) else { return [] }
        var out = Set<UInt64>()
        for m in a.mentions.prefix(3) {
            guard let r = doc.tokenRange(covering: m), let si = doc.sentenceIndex(at: m.start) else { continue }
            let sentence = doc.sentences[si].tokenRange
            for k in max(sentence.lowerBound, r.lowerBound - 6)..<min(sentence.upperBound, r.upperBound + 12)
            where doc.tokens[k].kind == .word {
                out.insert(doc.keys[k])
            }
        }
        return out
    }

    /// A mention by a common noun ("the group", "the union") whose noun the speaker's own
    /// description holds: the speaker's own organisation, whatever the actor stage tied it to.
    func isDescribed(_ mention: Span, by intro: Set<UInt64>, in doc: Document) -> Bool {
        guard let r = doc.tokenRange(covering: mention) else { return false }
        let last = doc.tokens[r.upperBound - 1].span
        let s = doc.text.scalars
        guard s[last.start].properties.isLowercase else { return false }
        return intro.contains(WordKey.of(s, last.start, last.end))
    }

    /// Mentions of actors other than the speaker inside the quote, sorted.
    func mentionsOfOthers(in q: Quote, _ mentions: [(span: Span, actor: String)]) -> [(span: Span, actor: String)] {
        let extent = q.extent
        var lo = MentionSearch.firstStarting(atOrAfter: extent.start, mentions)
        var out: [(span: Span, actor: String)] = []
        while lo < mentions.count, mentions[lo].span.start < extent.end {
            if mentions[lo].actor != q.speaker { out.append(mentions[lo]) }
            lo += 1
        }
        return out
    }

    /// Whether the words right after the cue are what it is about ("condemned the offensive",
    /// "called for an inquiry") rather than whom it is addressed to ("warned the council",
    /// "called on the parties to …").
}

/// A name in lower case and its last word after a space (" union"), made once per article.
struct LowerName {
    var text: String
    var lastWord: String?

    init(_ name: String) {
        text = name.lowercased()
        lastWord = text.spaceSeparatedWords.last.map { " " + $0 }
    }

    /// `hasSuffix` by bytes (names are compared many times per article; `hasSuffix` walks
    /// characters).
    static func ends(_ text: String, with suffix: String) -> Bool {
        let a = text.utf8, b = suffix.utf8
        return a.count >= b.count && a.suffix(b.count).elementsEqual(b)
    }
}
