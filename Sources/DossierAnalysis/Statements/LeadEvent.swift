/// What an article leads with: the frame of the first thing its first two sentences name
/// ("sued the chemical maker", "approved a second runway"), and the words of those sentences.
/// Later words that name an act without saying which ("the decision", "the case") refer to it,
/// and so does an object the lead names ("rejected the pay demand" after "… demanding a pay
/// rise").
struct LeadEvent {
    /// Index into `StanceLexicon.frames`, -1 when the lead names no frame.
    var frame: Int16 = -1
    /// Keys of the plain words of the lead (no function word, no frame word).
    var words: Set<UInt64> = []

    init() {}

    init(_ doc: Document, lexicon: StanceLexicon) {
        guard !doc.sentences.isEmpty else { return }
        let end = doc.sentences[min(1, doc.sentences.count - 1)].tokenRange.upperBound
        let s = doc.text.scalars
        for k in 0..<end where doc.tokens[k].kind == .word {
            let sp = doc.tokens[k].span
            let key = WordKey.of(s, sp.start, sp.end)
            guard let w = lexicon.words[key] else {
                if sp.length > 2 { words.insert(key) }
                continue
            }
            // Not a frame word before a name: "the ruling Unity Party" names no ruling.
            if frame < 0, w.frame >= 0, w.frame != lexicon.eventFrame, lexicon.frames[Int(w.frame)] != TopicWords.anyFrame,
               !(k + 1 < end && doc.tokens[k + 1].kind == .word && s[doc.tokens[k + 1].span.start].properties.isUppercase) {
                frame = w.frame
            }
        }
    }
}
