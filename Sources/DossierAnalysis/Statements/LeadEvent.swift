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
    /// Stem keys of the lead's lower-case verb forms in "-ing", "-ed" ("capping": "cap"): a later
    /// noun of the same stem ("the cap", "price caps") names the lead act. Other words of the
    /// lead name who acts and where ("the army", "the board"), not the act.
    var stems: Set<UInt64> = []

    init() {}

    /// `mentions`: the sorted spans of actor mentions; their words name who acts, not the act.
    init(_ doc: Document, lexicon: StanceLexicon, mentions: [Span] = []) {
        guard !doc.sentences.isEmpty else { return }
        var m = 0
        let end = doc.sentences[min(1, doc.sentences.count - 1)].tokenRange.upperBound
        let s = doc.text.scalars
        for k in 0..<end where doc.tokens[k].kind == .word {
            let sp = doc.tokens[k].span
            let key = doc.keys[k]
            guard let w = lexicon.words[key] else {
                if sp.length > 2 { words.insert(key) }
                while m < mentions.count, mentions[m].end <= sp.start { m += 1 }
                let inMention = m < mentions.count && mentions[m].start < sp.end
                if sp.length > 4, !inMention, CharClass.isLower(s[sp.start]), Self.isVerbForm(s, sp) {
                    stems.insert(Self.stemKey(s, sp.start, sp.end))
                }
                continue
            }
            // A closing verb leads only as a verb ("would close the hospital", not "a close race").
            if w.grammar.contains(.kept) || (w.grammar.contains(.actFrame) && !StanceReader(doc: doc, lexicon: lexicon).isAfterAuxiliary(k)) { continue }
            // Not a frame word before a name: "the ruling Unity Party" names no ruling (but a verb
            // does: "would close Elm County Hospital").
            if frame < 0, w.frame >= 0, w.frame != lexicon.eventFrame, lexicon.frames[Int(w.frame)] != TopicWords.anyFrame,
               w.grammar.contains(.actFrame) || !(k + 1 < end && doc.tokens[k + 1].kind == .word && CharClass.isUpper(s[doc.tokens[k + 1].span.start])) {
                frame = w.frame
            }
        }
    }

    static func isVerbForm(_ s: [Unicode.Scalar], _ sp: Span) -> Bool {
        (s[sp.end - 3] == "i" && s[sp.end - 2] == "n" && s[sp.end - 1] == "g") || (s[sp.end - 2] == "e" && s[sp.end - 1] == "d")
    }

    /// The key of a word without its inflection: "-ing", "-ed", "-s", a doubled final
    /// consonant and a final "e" ("capping", "capped", "caps": "cap"; "rising", "rise": "ris").
    static func stemKey(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> UInt64 {
        func at(_ i: Int) -> Unicode.Scalar {
            let u = s[i]
            if u.value < 128 { return CharClass.isUpper(u) ? Unicode.Scalar(UInt8(u.value + 32)) : u }
            return CharClass.Slow.lowercaseFirst(u)
        }
        var e = end
        if e - start > 2, s[e - 2] == "'" || s[e - 2] == "’", at(e - 1) == "s" { e -= 2 }
        if e - start > 5, at(e - 3) == "i", at(e - 2) == "n", at(e - 1) == "g" {
            e -= 3
            if at(e - 1) == at(e - 2) { e -= 1 }
        } else if e - start > 4, at(e - 2) == "e", at(e - 1) == "d" {
            e -= 2
            if at(e - 1) == at(e - 2) { e -= 1 }
        } else if e - start > 3, at(e - 1) == "s", at(e - 2) != "s" {
            e -= 1
        }
        if e - start > 3, at(e - 1) == "e" { e -= 1 }
        return WordKey.of(s, start, e)
    }
}
