/// The author of an opinion piece, named in the line that closes it ("Norman Solomon, a Bernie
/// Sanders delegate from California, is coordinator of the Bernie Delegates Network.", "James
/// Bovard is the author of Public Policy Hooligan."). An op-ed argues in its own voice, with no
/// cue: "Trump is a clear and present danger" is its author's stance, and readers take the
/// author for an actor with positions. Found only in the last paragraphs, in a sentence that
/// opens with a person's name, goes on (past an apposition) with "is" or "was", and names what
/// a writer is ("author", "columnist", "professor", "member of … Board of Contributors").
struct OpinionAuthor {
    let doc: Document

    /// How many paragraphs from the end the closing line may be.
    static let lastParagraphs = 3

    /// The author's actor id and the index of the paragraph of the closing line.
    func find(mentions: [(span: Span, actor: String)], people: Set<String>) -> (actor: String, paragraph: Int)? {
        guard doc.paragraphs.count >= 4 else { return nil }
        var firstSentence: [Int: Int] = [:]
        for (i, s) in doc.sentences.enumerated().reversed() { firstSentence[s.paragraph] = i }
        for p in stride(from: doc.paragraphs.count - 1, through: max(1, doc.paragraphs.count - Self.lastParagraphs), by: -1) {
            guard let si = firstSentence[p] else { continue }
            let sentence = doc.sentences[si]
            let start = sentence.tokenRange.lowerBound
            // The name opens the sentence, after a courtesy title at most ("Mr. Phillips is …").
            guard let m = mentions.first(where: { $0.span.start >= sentence.span.start && $0.span.start < sentence.span.end }),
                  people.contains(m.actor), let name = doc.tokenRange(covering: m.span), name.lowerBound <= start + 1,
                  let verb = copula(after: name.upperBound, in: sentence.tokenRange),
                  sentence.tokenRange.contains(where: { $0 > verb && Self.writerWords.contains(SmallWords.key(doc, $0)) })
            else { continue }
            return (m.actor, p)
        }
        return nil
    }

    /// "is" or "was" right after the name, or after an apposition closed by a comma.
    private func copula(after k: Int, in sentence: Range<Int>) -> Int? {
        guard k < sentence.upperBound else { return nil }
        if Self.copulas.contains(SmallWords.key(doc, k)) { return k }
        guard doc.isComma(k) else { return nil }
        // The mention may hold the apposition already ("Glenn Harlan Reynolds, a … professor").
        if k + 1 < sentence.upperBound, Self.copulas.contains(SmallWords.key(doc, k + 1)) { return k + 1 }
        var j = k + 1
        while j < min(sentence.upperBound, k + 24), !doc.isComma(j) { j += 1 }
        return j + 1 < sentence.upperBound && Self.copulas.contains(SmallWords.key(doc, j + 1)) ? j + 1 : nil
    }

    static let copulas: KeySet = KeySet(["is", "was"].map { WordKey.of($0) })

    /// What the closing line says its person is, as a writer or someone with standing to argue.
    static let writerWords: KeySet = KeySet([
        "author", "co-author", "editor", "columnist", "writer", "contributor", "contributors", "professor", "lecturer",
        "fellow", "director", "president", "founder", "co-founder", "host", "co-host", "historian", "economist",
        "coordinator", "chairman", "chair", "executive", "analyst", "journalist", "correspondent", "scholar", "researcher",
        "governor", "senator", "congressman", "congresswoman", "mayor", "attorney", "lawyer",
    ].map { WordKey.of($0) })
}
