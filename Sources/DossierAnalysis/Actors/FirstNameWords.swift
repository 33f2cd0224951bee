/// First names that are also common words (first_name_words.txt): "Soon after, the picture …"
/// opens with an adverb, not a woman named Soon. Alone at a sentence's start, with no capital
/// for the word elsewhere in the article, the word is taken for the common one.
enum FirstNameWords {
    static let keys: KeySet = {
        var s = KeySet(capacity: 64)
        for line in Lexicon(bytes: PackageResources.first_name_words_txt).entries { s.insert(WordKey.folded(line)) }
        return s
    }()

    /// Token `k` of `w` is such a word, alone in its capitalised run `r`, opening a sentence.
    static func isCommonWord(_ k: Int, run r: Range<Int>, in w: ArticleWords) -> Bool {
        r.count == 1 && w.flags[k].contains(.initial) && keys.contains(w.key[k]) && !w.capSeen.contains(w.key[k])
    }
}

extension FirstNameWords {
    /// The same test on a quote's source: token `t` of `doc` is such a word, its sentence's
    /// first, and the article writes it with a capital nowhere else but at a sentence's start.
    static func opensSentence(_ t: Token, in doc: Document) -> Bool {
        let s = doc.text.scalars
        let k = WordKey.folded(s, t.span.start..<t.span.end)
        guard keys.contains(k), let si = doc.sentenceIndex(at: t.span.start),
              doc.tokens[doc.sentences[si].tokenRange.lowerBound].span == t.span else { return false }
        for sentence in doc.sentences {
            for i in sentence.tokenRange.dropFirst() {
                let sp = doc.tokens[i].span
                if doc.tokens[i].kind == .word, CharClass.isUpper(s[sp.start]), WordKey.folded(s, sp.start..<sp.end) == k { return false }
            }
        }
        return true
    }
}
