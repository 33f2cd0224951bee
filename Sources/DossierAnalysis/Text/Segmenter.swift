/// The first stage: paragraphs (one per line; blank lines are ignored), sentences and tokens,
/// all as exact scalar offsets into the original text.
///
/// A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes or brackets after it) when
/// the next word starts a new sentence; abbreviations (Mr., Gov., U.S., Jan.), initials and
/// decimals do not end one. A paragraph always ends its last sentence.
public struct Segmenter: Sendable {
    public init() {}

    public func segment(_ text: ArticleText) -> Document {
        let s = text.scalars
        var paragraphs: [Paragraph] = []
        var sentences: [Sentence] = []
        var tokens: [Token] = []
        tokens.reserveCapacity(s.count / 5)
        let tokenizer = Tokenizer()
        var i = 0
        while i < s.count {
            // Skip blank space up to the paragraph's first visible character.
            while i < s.count, CharClass.isSpace(s[i]) || s[i].value == 0xFEFF { i += 1 }
            guard i < s.count else { break }
            var e = i
            while e < s.count, !CharClass.isNewline(s[e]) { e += 1 }
            var end = e
            while end > i, CharClass.isSpace(s[end - 1]) { end -= 1 }
            let pIndex = paragraphs.count
            paragraphs.append(Paragraph(index: pIndex, span: Span(i, end)))
            let first = tokens.count
            tokenizer.tokenize(s, in: i..<end, into: &tokens)
            splitSentences(s, tokens: tokens, range: first..<tokens.count, paragraph: pIndex, into: &sentences)
            i = e
        }
        return Document(text: text, paragraphs: paragraphs, sentences: sentences, tokens: tokens)
    }

    private func splitSentences(_ s: [Unicode.Scalar], tokens: [Token], range: Range<Int>, paragraph: Int,
                                into sentences: inout [Sentence]) {
        guard !range.isEmpty else { return }
        var start = range.lowerBound
        var k = range.lowerBound
        while k < range.upperBound {
            let t = tokens[k]
            var boundary = false
            var last = k
            if t.kind == .punctuation, CharClass.isSentenceEnd(s[t.span.start]) {
                // Closing quotes and brackets stay with the sentence they end.
                while last + 1 < range.upperBound {
                    let n = tokens[last + 1]
                    let u = s[n.span.start]
                    if n.kind == .quoteMark && isClosingQuote(s, n, tokens: tokens, range: range, at: last + 1) {
                        last += 1
                    } else if n.kind == .punctuation && (CharClass.isClosingBracket(u) || CharClass.isSentenceEnd(u)) {
                        last += 1
                    } else { break }
                }
                boundary = last + 1 < range.upperBound && startsSentence(s, tokens, last + 1, range: range)
            } else if t.kind == .word, s[t.span.end - 1] == ".", k + 1 < range.upperBound {
                // An abbreviation that is also the last word ("in the U.S. The …").
                boundary = endsSentenceAfterAbbreviation(s, tokens, k, range: range)
            }
            if boundary {
                sentences.append(Sentence(span: Span(tokens[start].span.start, tokens[last].span.end),
                                          paragraph: paragraph, tokenRange: start..<(last + 1)))
                start = last + 1
                k = last + 1
            } else {
                k += 1
            }
        }
        if start < range.upperBound {
            sentences.append(Sentence(span: Span(tokens[start].span.start, tokens[range.upperBound - 1].span.end),
                                      paragraph: paragraph, tokenRange: start..<range.upperBound))
        }
    }

    /// A quote mark right after sentence-final punctuation closes the quote when a space or the
    /// paragraph end follows it.
    private func isClosingQuote(_ s: [Unicode.Scalar], _ t: Token, tokens: [Token], range: Range<Int>, at k: Int) -> Bool {
        let u = s[t.span.start]
        if u.value == 0x201C || u.value == 0x2018 || u.value == 0xAB || u.value == 0x201E { return false }
        if k + 1 >= range.upperBound { return true }
        let next = tokens[k + 1]
        // The NYT's double mark '' is two tokens: the pair closes when a space or the end follows it.
        if next.kind == .quoteMark, next.span.start == t.span.end, s[next.span.start] == u {
            return k + 2 >= range.upperBound || tokens[k + 2].span.start > next.span.end
        }
        return next.span.start > t.span.end   // followed by space
    }

    /// The token at `k` can begin a sentence: a capitalised word, a number, an opening quote or
    /// bracket, a dash — anything but a lower-case word or continuing punctuation.
    private func startsSentence(_ s: [Unicode.Scalar], _ tokens: [Token], _ k: Int, range: Range<Int>) -> Bool {
        let t = tokens[k]
        let u = s[t.span.start]
        switch t.kind {
        case .word: return !CharClass.isLower(u)
        case .number: return true
        case .quoteMark: return true
        case .punctuation: return u == "(" || u == "[" || CharClass.isDash(u)
        case .symbol: return true
        }
    }

    /// After an abbreviation with a period, a sentence ends only when the next word is clearly
    /// a sentence opener (a capitalised function word or pronoun).
    private func endsSentenceAfterAbbreviation(_ s: [Unicode.Scalar], _ tokens: [Token], _ k: Int, range: Range<Int>) -> Bool {
        let t = tokens[k]
        // Initials ("J. Smith") and titles ("Mr. Smith") never end a sentence.
        let body = t.span.start..<(t.span.end - 1)
        guard s[body].contains(".") || Segmenter.finalAbbreviations.contains(WordKey.folded(s, body)) else { return false }
        let n = tokens[k + 1]
        guard n.kind == .word, CharClass.isUpper(s[n.span.start]) else {
            // "in the U.S. “The …": an opening quote whose first word is capitalised.
            guard n.kind == .quoteMark, s[n.span.start].value == 0x201C, k + 2 < range.upperBound else { return false }
            let w = tokens[k + 2]
            return w.kind != .word || CharClass.isUpper(s[w.span.start])
        }
        return Segmenter.sentenceOpeners.contains(WordKey.exact(s, n.span.start..<n.span.end))
    }

    /// Abbreviations that often end a sentence too ("… of Acme Inc. The company …").
    static let finalAbbreviations: KeySet = KeySet(["inc", "corp", "co", "ltd", "jr", "sr", "etc", "llc", "plc"].map(WordKey.folded))

    /// Exact (case-kept) keys of the capitalised words that open a sentence after an abbreviation.
    static let sentenceOpeners: KeySet = KeySet(sentenceOpenerWords.map(WordKey.exact))

    static let sentenceOpenerWords: [String] = [
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "But", "And",
        "In", "On", "At", "As", "If", "When", "While", "After", "Before", "His", "Her", "Their", "Its", "Our", "There",
        "Some", "Many", "Most", "Other", "Others", "What", "Why", "How", "Who", "Meanwhile", "However", "Still", "Yet",
        "So", "Then", "Now", "Asked", "According",
    ]
}
