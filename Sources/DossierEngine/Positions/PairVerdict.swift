import DossierAnalysis

/// Whether two actors agree: topic by topic, matching stances agree and opposite ones clash;
/// an actor praising or backing the other agrees with it, one condemning or rejecting the other
/// clashes with it. Across all of these, agree or disagree when consistent, mixed when both
/// occur, unclear when there is nothing on which both take a clear stance. Unclear is preferred
/// to a guess.
public struct PairVerdict: Sendable {
    public enum Relation: String, Sendable { case agree, disagree, mixed, unclear }

    public var a: GlobalActor
    public var b: GlobalActor
    public var relation: Relation
    /// Names of the shared topics with a clear stance on both sides.
    public var topics: [String]
    public var reason: String

    /// One piece of evidence for or against agreement, with its sentence for the reason.
    private struct Point {
        var agrees: Bool
        /// Topic index, or -1 for a statement of one actor about the other.
        var topic: Int
        var text: String
    }

    /// Either side may be a topic: an actor against a topic agrees or disagrees by its stance on
    /// it ("Ben Carson is against the media"); two topics are unclear.
    static func compare(_ a: PositionScope.Side, _ b: PositionScope.Side, in book: PositionBook, topics: [Int])
        -> (relation: Relation, topics: [String], reason: String) {
        switch (a, b) {
        case (.actor(let x), .actor(let y)):
            let v = compare(x, y, in: book, topics: topics)
            return (v.relation, v.topics, v.reason)
        case (.actor(let x), .topic(let t)), (.topic(let t), .actor(let x)):
            let name = book.topics[t].name
            guard let p = book.positionOrSpeaksFor(x, on: t), p.isClear else {
                return (.unclear, [], "\(x.name) takes no clear stance on \(name)")
            }
            return (p.stance == .pro ? .agree : .disagree, [name], "\(x.name) is \(p.stance.rawValue) \(name) \(book.evidence(p))")
        case (.actor(let x), .phrase(let p)), (.phrase(let p), .actor(let x)):
            return compare(x, phrase: p, in: book)
        case (.topic, .topic), (.topic, .phrase), (.phrase, .topic), (.phrase, .phrase):
            return (.unclear, [], "no actor on either side")
        }
    }

    /// An actor against words the text uses for something that is no actor ("the
    /// establishment"): its side-taking statements whose target holds those words.
    private static func compare(_ x: GlobalActor, phrase: String, in book: PositionBook)
        -> (relation: Relation, topics: [String], reason: String) {
        let ids = Set(book.folded(x).map(\.id)), key = PositionScope.phraseKey(phrase)
        // "Dog Andres, a spokesman for House Speaker Paul Ryan" when Ryan is named nowhere else:
        // staff named after whom they serve are on that one's side.
        if x.type == .person, let aff = x.affiliation, !key.isEmpty,
           case let owner = PositionScope.phraseKey(aff), owner == key || owner.hasSuffix(" " + key),
           x.roles.contains(where: ActorLexicon.roleServes) {
            let role = x.roles.first(where: ActorLexicon.roleServes) ?? ""
            return (.agree, [], "\(x.name) (\(role)) works for \(aff)")
        }
        let aimed = book.statements.filter { s in
            ids.contains(s.actor.id) && s.statement.stance != .neutral && takesSides(s.statement.meaning)
                && ((s.statement.target.map { PositionScope.phraseKey($0).contains(key) } ?? false) || opens(phrase: key, at: s))
        }
        let pro = aimed.filter { $0.statement.stance == .pro }, against = aimed.filter { $0.statement.stance == .against }
        guard !aimed.isEmpty, pro.isEmpty || against.isEmpty else {
            let why = aimed.isEmpty ? "takes no clear stance on" : "is both for and against"
            return (aimed.isEmpty ? .unclear : .mixed, [],
                    "\(x.name) \(why) ‘\(phrase)’ (named in the text, no actor of the analysis)")
        }
        let s = aimed[0]
        let verb = pro.isEmpty ? "opposes" : "backs"
        return (pro.isEmpty ? .disagree : .agree, [],
                "\(x.name) \(verb) \(phrase): ‘\(s.excerpt)’ (\(s.article.id) ¶\(s.paragraph))")
    }

    /// Whether the words typed start where the statement's target starts: "criticized Southern
    /// Baptist voters for …" is aimed at "Southern Baptist voters" though the target read is
    /// only the first word of the name before the noun ("Southern"). The text at the target is
    /// compared with the typed words, as long as they are and no further, so linear in them.
    private static func opens(phrase key: String, at s: PositionStatement) -> Bool {
        guard let span = s.statement.targetSpan, !key.isEmpty else { return false }
        let text = s.article.text
        let end = min(text.count, span.start + key.unicodeScalars.count + 4)
        guard end > span.start else { return false }
        return PositionScope.phraseKey(text[Span(span.start, end)]).hasPrefix(key)
    }

    static func compare(_ a: GlobalActor, _ b: GlobalActor, in book: PositionBook, topics: [Int]) -> PairVerdict {
        var points: [Point] = []
        let backedByA = book.backed(by: a).filter { $0.id != b.id }, backedByB = book.backed(by: b).filter { $0.id != a.id }
        let opposedByA = book.opposed(by: a).filter { $0.id != b.id }, opposedByB = book.opposed(by: b).filter { $0.id != a.id }
        // Its own position, that of whom it speaks for, or else that of an actor it backs, or
        // the reverse of that of an actor it attacks.
        func position(_ x: GlobalActor, _ backs: [GlobalActor], on t: Int) -> ActorPosition? {
            if let p = book.positionOrSpeaksFor(x, on: t) { return p }
            for y in backs { if let p = book.positionOrSpeaksFor(y, on: t), p.isClear { return p } }
            for y in (x.id == a.id ? opposedByA : opposedByB) {
                guard var p = book.positionOrSpeaksFor(y, on: t), p.isClear else { continue }
                p.stance = p.stance == .pro ? .against : .pro
                p.score = -p.score
                return p
            }
            return nil
        }
        func label(_ x: GlobalActor, _ p: ActorPosition, _ backs: [GlobalActor]) -> String {
            if p.actor.id == x.id { return x.name }
            if (x.id == a.id ? opposedByA : opposedByB).contains(where: { $0.id == p.actor.id }) { return "\(x.name) (opposing \(p.actor.name))" }
            // "Iceland (backing Norvania)", "Desmond Kerr (for Harbour Residents' Association)".
            return backs.contains { $0.id == p.actor.id } ? "\(x.name) (backing \(p.actor.name))" : "\(x.name) (for \(p.actor.name))"
        }
        for t in topics {
            // A topic that is one of the pair ("Hillary Clinton") is their stance toward each
            // other, which `direct` reads; as a shared topic it would count twice or clash.
            let topicName = book.topics[t].name.lowercased()
            if topicName == a.name.lowercased() || topicName == b.name.lowercased() { continue }
            guard let pa = position(a, backedByA, on: t), let pb = position(b, backedByB, on: t), pa.isClear, pb.isClear,
                  pa.actor.id != pb.actor.id else { continue }
            // Two rivals of a third actor are not on one side for that: rivalry is no stance.
            if rivalryOnly(pa, book) || rivalryOnly(pb, book) { continue }
            let topic = book.topics[t].name
            let nameA = label(a, pa, backedByA), nameB = label(b, pb, backedByB)
            let second = pa.stance == pb.stance ? "so is \(nameB)" : "\(nameB) is \(pb.stance.rawValue) it"
            points.append(Point(agrees: pa.stance == pb.stance, topic: t,
                                text: "\(nameA) is \(pa.stance.rawValue) \(topic) \(book.evidence(pa)); \(second) \(book.evidence(pb))"))
        }
        let directPoints = direct(from: a, to: b, in: book) + direct(from: b, to: a, in: book)
        var outweighed: Point? = nil
        // What one says or does about the other itself outweighs what their stances on shared
        // topics suggest, when it all points one way ("ripped Comey for acting as the judge").
        if !directPoints.isEmpty, directPoints.allSatisfy({ $0.agrees == directPoints[0].agrees }),
           !points.isEmpty, points.contains(where: { $0.agrees != directPoints[0].agrees }) {
            outweighed = points.first { $0.agrees != directPoints[0].agrees }
            points = points.filter { $0.agrees == directPoints[0].agrees }
        }
        points += directPoints
        // One speaks for the other by its role: on its side unless something says otherwise.
        for (x, y) in [(a, b), (b, a)] {
            let speaks = book.speaksFor(x)?.id == y.id || book.belongs(x, to: y)
            // Staff who only work for the other ("former Obama adviser David Axelrod") are on
            // its side unless one attacks the other.
            guard speaks || (book.serves(x, y) && !directPoints.contains { !$0.agrees }) else { continue }
            let role = x.roles.first.map { " (\($0))" } ?? ""
            points.append(Point(agrees: true, topic: -1, text: "\(x.name)\(role) \(speaks ? "speaks" : "works") for \(y.name)"))
        }
        let agree = points.filter(\.agrees), clash = points.filter { !$0.agrees }
        // One side twice as strong as the other carries the verdict; evenly split is mixed.
        let relation: Relation = points.isEmpty ? .unclear
            : (clash.count * 2 <= agree.count ? .agree : (agree.count * 2 <= clash.count ? .disagree : .mixed))
        var reason: String
        switch relation {
        case .unclear:
            reason = "no topic on which both take a clear stance"
        default:
            let main = relation == .disagree ? clash : agree
            let other = relation == .disagree ? agree : clash
            let shown = relation == .mixed ? [agree[0], clash[0]] : [main[0]]
            reason = shown.map(\.text).joined(separator: "; but ")
            let more = main.count - 1
            if more > 0 { reason += " (+\(more) more)" }
            // The weaker side, when it did not carry the verdict, is still named.
            if relation != .mixed, let o = other.first ?? outweighed { reason += "; against that: \(o.text)" }
        }
        var names: [String] = []
        for p in points where p.topic >= 0 && !names.contains(book.topics[p.topic].name) { names.append(book.topics[p.topic].name) }
        return PairVerdict(a: a, b: b, relation: relation, topics: names, reason: reason)
    }

    /// What one actor did or said about the other itself: praising, welcoming or backing it
    /// ("the federation … praised the minister") agrees with it; condemning, criticising,
    /// accusing or rejecting it disagrees. Calls on it, warnings to it and questions to it say
    /// nothing either way.
    private static func direct(from a: GlobalActor, to b: GlobalActor, in book: PositionBook) -> [Point] {
        let speakers = Set(book.folded(a).map(\.id)), targets = Set(book.folded(b).map(\.id))
        var out: [Point] = [], former: [Bool] = []
        for s in book.statements {
            guard let t = s.targetActor, targets.contains(t.id), speakers.contains(s.actor.id),
                  s.statement.stance != .neutral, Self.takesSides(s.statement.meaning) else { continue }
            let verb = s.statement.stance == .pro ? "backs" : "opposes"
            out.append(Point(agrees: s.statement.stance == .pro, topic: -1,
                             text: "\(a.name) \(verb) \(b.name): ‘\(s.excerpt)’ (\(s.article.id) ¶\(s.paragraph))"))
            former.append(givenUp(s))
        }
        // "X had initially welcomed Y's election" and later "X criticised Y": the stance given
        // up since yields to the one taken now; alone, it still tells where X stood.
        let nowAgrees = zip(out, former).contains { $0.agrees && !$1 }, nowClashes = zip(out, former).contains { !$0.agrees && !$1 }
        return zip(out, former).filter { p, f in !f || !(p.agrees ? nowClashes : nowAgrees) }.map(\.0)
    }

    /// Whether the word right before the statement's verb says its stance was given up since
    /// ("had initially welcomed", "who once backed"): one word back, so constant time.
    private static func givenUp(_ s: PositionStatement) -> Bool {
        guard let cue = s.statement.cue else { return false }
        let text = s.article.text.scalars
        var e = min(cue.start, text.count)
        while e > 0, text[e - 1] == " " { e -= 1 }
        var b = e
        while b > 0, e - b < 12, text[b - 1].properties.isAlphabetic { b -= 1 }
        guard b < e, b == 0 || !text[b - 1].properties.isAlphabetic else { return false }
        return TopicWords.marksFormerStance(s.article.text[Span(b, e)])
    }

    private static func rivalryOnly(_ p: ActorPosition, _ book: PositionBook) -> Bool {
        p.statements.allSatisfy { book.statements[$0].statement.meaning == .compete }
    }

    private static func takesSides(_ m: CueMeaning) -> Bool {
        switch m {
        case .praise, .welcome, .support, .agree, .condemn, .criticise, .accuse, .reject, .oppose, .disagree, .compete: return true
        default: return false
        }
    }
}
