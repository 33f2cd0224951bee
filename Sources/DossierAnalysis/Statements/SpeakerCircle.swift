/// Whom a speaker speaks for: the speaker, its organisation, those who belong to it, and the
/// common nouns its own description uses ("the group" for a spokeswoman of a campaign group).
/// A stance reported of anyone else inside a quote ("the council backed it") is not the
/// speaker's own.
extension StatementExtractor {
    /// The speaker and the speaker's own organisation, and those who belong to the speaker, are
    /// not others ("Wojcik said the union would campaign for …"). `names`: each actor's names,
    /// lower-cased once per article (built on first need).
    func ownActors(of speakerID: String?, _ actors: [Actor], names: inout [[LowerName]]?) -> Set<String> {
        guard let speakerID, let si = actors.firstIndex(where: { $0.id == speakerID }) else { return [] }
        var own: Set<String> = [speakerID]
        let speakerName = actors[si].name
        for i in actors.indices where actors[i].affiliation == speakerName { own.insert(actors[i].id) }
        guard let aff = actors[si].affiliation.map({ Array($0.lowercased().utf8) }) else { return own }
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
            for i in actors.indices where actors[i].type == .organization && actors[i].name.first.map({ $0.isLowercase }) == true {
                own.insert(actors[i].id)
            }
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
        guard CharClass.isLower(s[last.start]) else { return false }
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
}

/// A name in lower case (as UTF-8) and its last word after a space (" union"), made once per
/// article: names are compared many times per article, and bytes compare fastest.
struct LowerName {
    var text: [UInt8]
    var lastWord: [UInt8]?

    init(_ name: String) {
        text = Array(name.lowercased().utf8)
        // The last word between spaces, with a space before it.
        var end = text.count
        while end > 0 && text[end - 1] == 32 { end -= 1 }
        var start = end
        while start > 0 && text[start - 1] != 32 { start -= 1 }
        lastWord = end > 0 ? [32] + text[start..<end] : nil
    }

    /// Whether `text` ends with `suffix`, byte for byte.
    static func ends(_ text: [UInt8], with suffix: [UInt8]) -> Bool {
        let n = text.count, m = suffix.count
        guard n >= m else { return false }
        var k = 0
        while k < m { if text[n - m + k] != suffix[k] { return false }; k += 1 }
        return true
    }
}
