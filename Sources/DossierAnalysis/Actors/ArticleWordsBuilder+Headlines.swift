/// Headlines, subheads and shouted lines: capitals there say nothing about names.
extension ArticleWordsBuilder {
    static let titleCaseSmall: KeySet = KeySet(["and", "but", "for", "nor", "yet", "via", "vs.", "per", "into", "onto", "from",
                                                  "with", "than", "over", "upon"].map(WordKey.folded))

    /// A sentence written all in capitals ("FULL TEXT.", "UPDATE:", "DOZENS WOUNDED") is a
    /// label or a shouted headline: like a headline, its capitals say nothing about names.
    mutating func markShouting() {
        for sentence in doc.sentences {
            var words = 0, shouting = 0
            for k in sentence.tokenRange where flags[k].contains(.word) {
                words += 1
                if flags[k].contains(.allCaps) || doc.tokens[k].span.length == 1 && flags[k].contains(.cap) { shouting += 1 } else { break }
            }
            if words > 0, shouting == words {
                for k in sentence.tokenRange { flags[k].insert(.headline) }
                continue
            }
            // "DEBBIE WASSERMAN SCHULTZ RESIGNS", a subhead run into its paragraph: capitals
            // holding a verb are a shouted headline, not a name.
            var k = sentence.tokenRange.lowerBound
            while k < sentence.tokenRange.upperBound {
                guard flags[k].contains(.allCaps) else { k += 1; continue }
                var e = k, verb = false
                while e < sentence.tokenRange.upperBound, flags[e].contains(.allCaps) {
                    if !cls[e].isDisjoint(with: .verb) { verb = true }
                    e += 1
                }
                if e - k >= 2 && verb { for j in k..<e { flags[j].insert(.headline) } }
                k = e
            }
        }
    }

    /// A title-case paragraph that is the article's first or has no final punctuation is a
    /// headline (or a subhead): its capitals say nothing about names.
    mutating func markHeadlines() {
        var k = 0
        for (pi, p) in doc.paragraphs.enumerated() {
            var capWords = 0, lowerContent = 0
            let start = k
            while k < count, doc.tokens[k].span.start < p.span.end {
                // One lower-case content word settles it: the rest of the paragraph is skipped.
                if lowerContent == 0, flags[k].contains(.word) {
                    if flags[k].contains(.cap) { capWords += 1 }
                    else if flags[k].contains(.lower) && doc.tokens[k].span.length > 2
                                && cls[k].isDisjoint(with: [.det, .prep, .connector, .particle, .loc, .agent]) && !Self.titleCaseSmall.contains(key[k]) {
                        lowerContent += 1
                    }
                }
                k += 1
            }
            let last = doc.text.scalars[max(p.span.start, p.span.end - 1)]
            let ended = CharClass.isSentenceEnd(last) || last == "”" || last == "\"" || last == ")"
            // Title case leaves only small function words in lower case.
            if (pi == 0 || !ended) && capWords >= 2 && lowerContent == 0 {
                for i in start..<k { flags[i].insert(.headline) }
            }
        }
    }
}
