/// "He mocked Mr. Gaddis's record after Mrs. Gaddis accused him of bigotry": in reported
/// speech, "him" stands for the "he" the sentence opens with, not for the man named last when
/// that man is named only as an owner ("Mr. Gaddis's record"). The subject a sentence opens
/// with is the most salient person of its gender in it; a possessive modifier is not.
extension QuotedPronouns {
    /// The actor of the subject pronoun (`subjects`, sorted) that opens the sentence of the
    /// pronoun at `offset`, when its gender is `gender`, it is not the speaker, and every other
    /// person named between it and the pronoun is the speaker or named as an owner only.
    func opener(of offset: Int, gender: Gender, speaker: String, subjects: [(span: Span, actor: String)],
                _ mentions: [(span: Span, actor: String)]) -> String? {
        guard gender != .unknown, !subjects.isEmpty, let si = doc.sentenceIndex(at: offset) else { return nil }
        let sentence = doc.sentences[si]
        let i = MentionSearch.firstStarting(atOrAfter: sentence.span.start, subjects)
        guard i < subjects.count, subjects[i].span.start < offset, subjects[i].actor != speaker,
              let k = doc.tokenRange(covering: subjects[i].span)?.lowerBound, Self.pronouns[doc.keys[k]] == gender,
              opens(k, sentence.tokenRange) else { return nil }
        let opener = subjects[i]
        var j = MentionSearch.firstStarting(atOrAfter: opener.span.end, mentions)
        var owners = 0
        while j < mentions.count, mentions[j].span.start < offset {
            let m = mentions[j]
            j += 1
            guard m.actor != speaker, m.actor != opener.actor, let g = people[m.actor] else { continue }
            guard g == gender || g == .unknown else { continue }
            guard let r = doc.tokenRange(covering: m.span), r.upperBound < doc.tokens.count, doc.isPossessive(r.upperBound) else { return nil }
            owners += 1
        }
        // Only a possessive name stands between: the case the nearest-name rule gets wrong.
        return owners > 0 ? opener.actor : nil
    }

    /// Token `k` is the sentence's first word, or comes after an opener only ("But he …").
    private func opens(_ k: Int, _ sentence: Range<Int>) -> Bool {
        var j = sentence.lowerBound
        while j < k, doc.tokens[j].kind != .word || SubjectStance.openers.contains(doc.keys[j]) { j += 1 }
        return j == k
    }
}
