/// A line that is only a social-media handle ("@HarbourWatcher.") signs the comment or post
/// above it, as a name line signs a reader's letter: news pages that gather readers' tweets
/// print each under its writer's handle, and the handle is all the page says of that person.
/// A handle inside running text ("Follow @USATOpinion", "the highlights from @SarahPalinUSA")
/// is no signature and names no one here.
extension MentionFinder {
    /// The mention of the handle when `range` (a sentence's tokens) is a paragraph of its own
    /// holding only "@", the handle's characters (no space inside) and an optional full stop.
    static func handleLine(_ range: Range<Int>, sentence: Sentence, w: ArticleWords) -> Mention? {
        let s = w.s
        let tokens = w.doc.tokens
        guard range.count >= 2, range.count <= 5, s[tokens[range.lowerBound].span.start] == "@",
              tokens[range.lowerBound].span.length == 1 else { return nil }
        let paragraph = w.doc.paragraphs[sentence.paragraph].span
        guard paragraph.start == tokens[range.lowerBound].span.start else { return nil }
        var end = range.upperBound
        if s[tokens[end - 1].span.start] == ".", tokens[end - 1].span.length == 1 { end -= 1 }
        guard end - range.lowerBound >= 2, tokens[range.upperBound - 1].span.end >= paragraph.end - 1 else { return nil }
        for k in (range.lowerBound + 1)..<end {
            guard tokens[k].kind != .punctuation || s[tokens[k].span.start] == "_",
                  tokens[k].span.start == tokens[k - 1].span.end else { return nil }
        }
        let span = Span(tokens[range.lowerBound].span.start, tokens[end - 1].span.end)
        return Mention(span: span, kind: .name, type: .person, name: ScalarText.string(w.doc.text, span), acting: true)
    }
}
