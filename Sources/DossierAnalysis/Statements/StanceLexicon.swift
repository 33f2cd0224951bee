/// What a cue means for a statement (`stance_cues.txt`).
struct CueSense: Sendable {
    var meaning: CueMeaning
    /// Stance toward a noun-phrase object: +1, -1, or 0 for a cue that takes none.
    var objectSign: Int8
    /// Multiplies the stance a clause content carries on its own.
    var clauseSign: Int8
    var strength: Double
    /// The verb also reports a position-taking action of its subject.
    var isAction: Bool
    /// As an action, it takes a stance only toward an actor it has for object ("beat Cruz"),
    /// never toward a thing ("lost the primary").
    var actorOnly = false
    /// And only toward a person ("leads Trump by five points"; not "leads House Democrats").
    var personOnly = false

    static let say = CueSense(meaning: .say, objectSign: 0, clauseSign: 1, strength: 0.5, isAction: false)
}

/// Grammar classes of `stance_grammar.txt`.
struct StanceGrammar: OptionSet, Sendable {
    let rawValue: UInt32
    static let det = StanceGrammar(rawValue: 1 << 0)
    static let prep = StanceGrammar(rawValue: 1 << 1)
    static let boundary = StanceGrammar(rawValue: 1 << 2)
    static let gap = StanceGrammar(rawValue: 1 << 3)
    static let function = StanceGrammar(rawValue: 1 << 4)
    static let third = StanceGrammar(rawValue: 1 << 5)
    static let copula = StanceGrammar(rawValue: 1 << 6)
    static let contrast = StanceGrammar(rawValue: 1 << 7)
    static let goesOn = StanceGrammar(rawValue: 1 << 8)
    static let path = StanceGrammar(rawValue: 1 << 9)
    static let predicted = StanceGrammar(rawValue: 1 << 10)
    static let paysFor = StanceGrammar(rawValue: 1 << 11)
    static let away = StanceGrammar(rawValue: 1 << 12)
    static let putsAt = StanceGrammar(rawValue: 1 << 13)
    static let plea = StanceGrammar(rawValue: 1 << 14)
    static let aims = StanceGrammar(rawValue: 1 << 15)
    static let actFrame = StanceGrammar(rawValue: 1 << 16)
    static let keeps = StanceGrammar(rawValue: 1 << 17)
    static let kept = StanceGrammar(rawValue: 1 << 18)
    static let down = StanceGrammar(rawValue: 1 << 19)
    static let scoped = StanceGrammar(rawValue: 1 << 20)
    static let ballot = StanceGrammar(rawValue: 1 << 21)
    static let endsName = StanceGrammar(rawValue: 1 << 22)
    static let holder = StanceGrammar(rawValue: 1 << 23)
    static let subject = StanceGrammar(rawValue: 1 << 24)
}

/// Everything the statement stage knows about one word, from all its lexicons at once, so that
/// a token costs one hash and one probe.
struct StanceWord: Sendable {
    /// Operator sign (+1 for, -1 against), 0 when the word is no operator.
    var op: Int8 = 0
    var negates = false
    var modality: Modality? = nil
    /// Index into `StanceLexicon.frames`, -1 when the word is no frame word.
    var frame: Int16 = -1
    var polarity: Int8 = 0
    /// A judgement ("overdue", "a mistake"): with no frame word in its content, it judges the
    /// article's lead event ("this is a step backwards").
    var evaluates = false
    /// Index into `StanceLexicon.cues`, -1 when the word is no cue.
    var cue: Int16 = -1
    var grammar: StanceGrammar = []
}

/// The stance lexicons (`stance_cues.txt`, `stance_operators.txt`, `topic_frames.txt`,
/// `stance_grammar.txt`), parsed once per process into one key table.
struct StanceLexicon: Sendable {
    let words: KeyTable<StanceWord>
    let frames: [String]
    let cues: [CueSense]
    /// Phrasal verbs ("took on", "stood by"): the verb's key -> the particles that make it a
    /// cue, each with its index into `cues`.
    let phrasal: [UInt64: [(particle: UInt64, cue: Int16)]]
    /// Adverbs without the ending "-ly" that may stand between a subject and its verb
    /// (`stance_grammar.txt`, class adverb): "has long targeted", "has often been critical of".
    let adverbs: KeySet
    /// Words that mark a stance given up since (`stance_grammar.txt`, class former): "had
    /// initially welcomed", "once backed".
    let former: KeySet
    /// Index of the frame "^" (words naming the article's lead event: "the decision"), -1 if none.
    let eventFrame: Int16
    /// Index of the frame "*" (words naming whatever the article is about: "the plan"), -1 if none.
    let anyFrame: Int16

    static let shared = StanceLexicon()

    init() {
        var pairs: [(UInt64, StanceWord)] = []
        var cues: [CueSense] = []
        var phrasal: [UInt64: [(particle: UInt64, cue: Int16)]] = [:]
        for line in Lexicon(bytes: PackageResources.stance_cues_txt).entries {
            let parts = line.split(separator: ";").map { $0.trimmingSpaces }
            guard parts.count >= 5, let meaning = CueMeaning(rawValue: parts[1]) else { continue }
            let sense = CueSense(meaning: meaning, objectSign: Self.sign(parts[2]), clauseSign: Self.sign(parts[3]),
                                 strength: Double(parts[4]) ?? 0.5, isAction: parts.count > 5 && parts[5].hasPrefix("act"),
                                 actorOnly: parts.count > 5 && (parts[5] == "act-actor" || parts[5] == "act-person"),
                                 personOnly: parts.count > 5 && parts[5] == "act-person")
            let index = Int16(cues.count)
            cues.append(sense)
            for form in parts[0].split(separator: " ") {
                let pieces = form.split(separator: "+")
                if pieces.count == 2 {
                    phrasal[WordKey.of(String(pieces[0])), default: []].append((WordKey.of(String(pieces[1])), index))
                } else {
                    pairs.append((WordKey.of(String(form)), StanceWord(cue: index)))
                }
            }
        }
        for line in Lexicon(bytes: PackageResources.stance_operators_txt).entries {
            let parts = line.split(separator: ";").map { $0.trimmingSpaces }
            guard parts.count == 2 else { continue }
            var w = StanceWord()
            if parts[1] == "neg" {
                w.negates = true
            } else if parts[1].hasPrefix("mod ") {
                w.modality = Modality(rawValue: String(parts[1].dropFirst(4)))
            } else if parts[1].hasSuffix(" eval") {
                w.op = Self.sign(String(parts[1].prefix(1)))
                w.evaluates = true
            } else {
                w.op = Self.sign(parts[1])
            }
            for form in parts[0].split(separator: " ") { pairs.append((WordKey.of(String(form)), w)) }
        }
        var frames: [String] = []
        for line in Lexicon(bytes: PackageResources.topic_frames_txt).entries {
            let parts = line.split(separator: ";").map { $0.trimmingSpaces }
            guard parts.count == 3 else { continue }
            let index: Int16
            if let i = frames.firstIndex(of: parts[1]) { index = Int16(i) } else { index = Int16(frames.count); frames.append(parts[1]) }
            for form in parts[0].split(separator: " ") {
                pairs.append((WordKey.of(String(form)), StanceWord(frame: index, polarity: Self.sign(parts[2]))))
            }
        }
        let classes: [String: StanceGrammar] = ["det": .det, "prep": .prep, "boundary": .boundary, "gap": .gap,
                                                "function": .function, "third": .third, "copula": .copula, "contrast": .contrast, "goes-on": .goesOn, "path": .path,
                                                "predicted": .predicted, "pays-for": .paysFor, "away": .away, "puts-at": .putsAt,
                                                "plea": .plea, "aims": .aims, "act-frame": .actFrame, "keeps": .keeps, "kept": .kept, "down": .down, "scoped": .scoped, "ballot": .ballot,
                                                "ends-name": .endsName, "holder": .holder, "subject": .subject]
        var adverbs: [UInt64] = [], former: [UInt64] = []
        for line in Lexicon(bytes: PackageResources.stance_grammar_txt).entries {
            let parts = line.split(separator: ";").map { $0.trimmingSpaces }
            // Kept apart from the word table: other readings take any word with a class for a
            // function word, and "long" or "still" qualify nouns too ("the long lines").
            if parts.count == 2, parts[1] == "adverb" { adverbs.append(WordKey.of(parts[0])); continue }
            if parts.count == 2, parts[1] == "former" { former.append(WordKey.of(parts[0])); continue }
            guard parts.count == 2, let c = classes[parts[1]] else { continue }
            pairs.append((WordKey.of(parts[0]), StanceWord(grammar: c)))
        }
        words = KeyTable(pairs) { a, b in
            var m = a
            if b.op != 0 { m.op = b.op }
            if b.negates { m.negates = true }
            if b.evaluates { m.evaluates = true }
            if let mod = b.modality { m.modality = mod }
            if b.frame >= 0 { m.frame = b.frame; m.polarity = b.polarity }
            if b.cue >= 0 { m.cue = b.cue }
            m.grammar.formUnion(b.grammar)
            return m
        }
        self.frames = frames
        self.cues = cues
        self.phrasal = phrasal
        self.adverbs = KeySet(adverbs)
        self.former = KeySet(former)
        eventFrame = frames.firstIndex(of: TopicWords.eventFrame).map { Int16($0) } ?? -1
        anyFrame = frames.firstIndex(of: TopicWords.anyFrame).map { Int16($0) } ?? -1
    }

    private static func sign(_ s: String) -> Int8 { s == "+" ? 1 : (s == "-" ? -1 : 0) }
}

/// What the engine may ask the stance lexicons when it names topics.
public enum TopicWords {
    /// +1 for a word that names a frame itself ("offensive"), -1 for its reverse ("peace"), 0
    /// for any other word: a topic is best named by the thing itself.
    public static func polarity(_ word: String) -> Int {
        let lexicon = StanceLexicon.shared
        // A verb ("close") or a state ("open") names no topic; the noun does ("the closure").
        guard let w = lexicon.words[WordKey.of(word)], w.frame >= 0, lexicon.frames[Int(w.frame)] != anyFrame,
              w.frame != lexicon.eventFrame, w.grammar.isDisjoint(with: [.actFrame, .kept]) else { return 0 }
        return Int(w.polarity)
    }

    /// The frame of words that name whatever the article is about ("the plan").
    public static let anyFrame = "*"

    /// The frame of words that name an act without saying which ("the decision", "the case"):
    /// the statement stage reads them as the article's lead event.
    public static let eventFrame = "^"


    /// Whether the word right before a stance verb says the stance was given up since ("had
    /// initially welcomed", "once backed"): a stance taken now may outweigh it.
    public static func marksFormerStance(_ word: String) -> Bool {
        StanceLexicon.shared.former.contains(WordKey.of(word))
    }

    /// Words that start a noun phrase ("his", "a"): a topic name starts with "the" instead.
    public static func isDeterminer(_ word: String) -> Bool {
        StanceLexicon.shared.words[WordKey.of(word)]?.grammar.contains(.det) ?? false
    }
}
