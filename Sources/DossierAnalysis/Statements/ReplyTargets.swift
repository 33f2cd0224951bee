/// "Iowa State University's Dianne Bystrom agreed.", "Gaddis disagreed.": agreeing or
/// disagreeing with nothing after the verb answers the last one quoted before, as news writing
/// sets one expert's word after another's. The statement then aims at that speaker; when the
/// cue also introduces the replier's own quote ("Bystrom agreed. “Mainstream Republicans are
/// …”"), a statement aimed at the earlier speaker is added to the quote's.
extension StatementExtractor {
    /// How many paragraphs back the answered quote may start.
    static let replyReach = 2

    func aimReplies(_ out: inout [Statement], quotes: [Quote], doc: Document) {
        let s = doc.text.scalars
        var answered = Set<Int>()
        for i in out.indices where out[i].targetActor == nil || out[i].quote != nil {
            guard out[i].meaning == .agree || out[i].meaning == .disagree, let cue = out[i].cue, cue.end < s.count,
                  ".,:;".unicodeScalars.contains(s[cue.end]), !answered.contains(cue.start) else { continue }
            // Not the reply's own words: the last quote before the cue, of someone else, within reach.
            guard let q = quotes.last(where: { $0.extent.end <= cue.start && $0.speaker != nil && $0.id != out[i].quote }),
                  let speaker = q.speaker, speaker != out[i].actor, out[i].paragraph - q.paragraph <= Self.replyReach else { continue }
            answered.insert(cue.start)
            var reply = out[i]
            reply.quote = nil
            reply.targetActor = speaker
            reply.target = q.source.map { doc.text[$0] }
            reply.targetSpan = q.source
            reply.keywords = []
            reply.frame = nil
            reply.stance = (out[i].meaning == .agree) != out[i].negated ? .pro : .against
            if out[i].quote == nil && out[i].target == nil { out[i] = reply } else { reply.id = "s" + String(out.count + 1); out.append(reply) }
        }
    }
}
