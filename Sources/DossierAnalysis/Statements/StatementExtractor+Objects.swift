/// Actors an action takes for object that the stance reading of its content does not reach:
/// the subject of a passive ("Trump was attacked by Clinton") and the names listed after
/// "including" or "such as" ("lashed out at Republican critics, including Donald Trump").
extension StatementExtractor {
    func objectStatements(_ action: ReportedAction, sense: CueSense, start: Int8, doc: Document, phrases: TargetPhrase,
                          mentions: [(span: Span, actor: String)]) -> [Statement] {
        var sense = sense
        sense.objectSign = start
        let objects = action.passiveObject.map { [$0] } ?? included(after: action.verb, in: action.content, mentions, not: action.actor, doc)
        return objects.map { object in
            statement(id: "", actor: action.actor, quote: nil, sense: sense, cue: doc.tokens[action.verb].span,
                      cueNegated: action.negated, reading: StanceReading(objectToken: object), at: action.verb,
                      paragraph: doc.sentences[action.sentence].paragraph, phrases: phrases, mentions: mentions)
        }
    }

    /// For a quote whose cue takes an object ("criticized Republican leaders, including Donald
    /// Trump"), its statements toward the names listed after "including".
    func includedStatements(_ q: Quote, _ range: Range<Int>, sense: CueSense, cueNegated: Bool, doc: Document,
                            phrases: TargetPhrase, mentions: [(span: Span, actor: String)]) -> [Statement] {
        guard let speaker = q.speaker, range.lowerBound > 0 else { return [] }
        return included(after: range.lowerBound - 1, in: range, mentions, not: speaker, doc).map { object in
            statement(id: "", actor: speaker, quote: q.id, sense: sense, cue: q.cue, cueNegated: cueNegated,
                      reading: StanceReading(objectToken: object), at: object, paragraph: q.paragraph, phrases: phrases, mentions: mentions)
        }
    }

    /// The first tokens of the names listed after ", including" (or ", such as") within eight
    /// tokens of the verb, before any clause word: "criticized Republican leaders, including
    /// Donald Trump and Ted Cruz".
    private func included(after verb: Int, in content: Range<Int>, _ mentions: [(span: Span, actor: String)],
                          not actor: String, _ doc: Document) -> [Int] {
        var j = verb + 1
        while j + 2 < content.upperBound, j <= verb + 8 {
            if doc.isComma(j), Self.including.contains(doc.keys[j + 1]) || doc.keys[j + 1] == Self.such && j + 3 < content.upperBound
                && SmallWords.key(doc, j + 2) == SmallWords.as_ {
                var k = j + (doc.keys[j + 1] == Self.such ? 3 : 2)
                var out: [Int] = []
                while k < content.upperBound, case let i = MentionSearch.firstStarting(atOrAfter: doc.tokens[k].span.start, mentions),
                      i < mentions.count, mentions[i].span.start == doc.tokens[k].span.start,
                      let r = doc.tokenRange(covering: mentions[i].span) {
                    if mentions[i].actor != actor { out.append(k) }
                    k = r.upperBound
                    guard k + 1 < content.upperBound, doc.isComma(k) || SmallWords.key(doc, k) == SmallWords.and else { break }
                    k += 1
                    if SmallWords.key(doc, k) == SmallWords.and { k += 1 }
                }
                return out
            }
            if let w = word(doc, j), w.cue >= 0 || w.grammar.contains(.boundary) { return [] }
            j += 1
        }
        return []
    }

    static let including: KeySet = KeySet(["including", "notably", "especially"].map { WordKey.of($0) })
    static let such = WordKey.of("such")
}
